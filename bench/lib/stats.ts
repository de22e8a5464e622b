/** Small statistics for benchmark rounds: medians, quartiles and the noise measured across rounds. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/**
 * Run-to-run noise of a ratio measured in several rounds: half the interquartile range, relative to the
 * median. A target counts as missed only when the median is beyond target × (1 + noise).
 */
export function relativeNoise(values: readonly number[]): number {
  const middle = median(values);
  return middle === 0 ? 0 : (quantile(values, 0.75) - quantile(values, 0.25)) / 2 / Math.abs(middle);
}

export interface Estimate {
  median: number;
  /** Relative: 0.05 is ±5 %. */
  noise: number;
  rounds: number;
}

export function estimate(values: readonly number[]): Estimate {
  return { median: median(values), noise: relativeNoise(values), rounds: values.length };
}

export const geometricMean = (values: readonly number[]): number => Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);

/** A target a ratio must stay at or under (`at-most`) or reach (`at-least`). */
export interface Target {
  kind: 'at-most' | 'at-least';
  limit: number;
}

/** met: within the target; within-noise: outside it by less than the measured noise; missed: beyond both. */
export function verdict(value: Estimate, target: Target): 'met' | 'within-noise' | 'missed' {
  if (target.kind === 'at-most') {
    if (value.median <= target.limit) return 'met';
    return value.median <= target.limit * (1 + value.noise) ? 'within-noise' : 'missed';
  }
  if (value.median >= target.limit) return 'met';
  return value.median >= target.limit * (1 - value.noise) ? 'within-noise' : 'missed';
}
