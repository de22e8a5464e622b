/** Scores as shown: one decimal, a bar of blocks, and a band for colour. */

/** A score rounded to one decimal (the report keeps it exact), e.g. `62.5`, `100.0`. */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1);
}

/** A section's satisfied and applicable weight, named as what they are: points (essential items weigh 2, recommended 1). */
export function formatPoints({ satisfied, applicable }: { satisfied: number; applicable: number }): string {
  const points = (value: number): string => String(Math.round(value * 10) / 10);
  return `${points(satisfied)} of ${points(applicable)} points`;
}

function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, score));
}

/** A bar of `width` cells, filled in proportion to the score: `██████░░░░` for 62.5. */
export function scoreBar(score: number, width = 10): string {
  const filled = Math.round((clampScore(score) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** Coarse quality of a score, for colour: good ≥ 80, fair ≥ 50, poor below. */
export type ScoreBand = 'good' | 'fair' | 'poor';

export function scoreBand(score: number): ScoreBand {
  const s = clampScore(score);
  if (s >= 80) return 'good';
  if (s >= 50) return 'fair';
  return 'poor';
}

/**
 * Six colour steps for heatmaps and bars (ColorBrewer RdBu, readable for colour-blind readers), each
 * with the text colour that keeps a contrast ratio above 4.5:1 on it.
 */
export const SCORE_STEPS = [
  { min: 100, fill: '#2166ac', text: '#ffffff', label: '100' },
  { min: 80, fill: '#67a9cf', text: '#000000', label: '80–99.9' },
  { min: 60, fill: '#d1e5f0', text: '#000000', label: '60–79.9' },
  { min: 40, fill: '#fddbc7', text: '#000000', label: '40–59.9' },
  { min: 20, fill: '#ef8a62', text: '#000000', label: '20–39.9' },
  { min: 0, fill: '#b2182b', text: '#ffffff', label: '0–19.9' },
] as const;

export type ScoreStep = (typeof SCORE_STEPS)[number];

/** The colour step of a score (compared after rounding, so a shown 100.0 is always the top step). */
export function scoreStep(score: number): ScoreStep {
  const shown = Math.round(clampScore(score) * 10) / 10;
  return SCORE_STEPS.find((step) => shown >= step.min) ?? SCORE_STEPS[SCORE_STEPS.length - 1]!;
}
