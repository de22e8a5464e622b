/**
 * The bundled examples are realistic study reports; their scores and findings are stated exactly, so a
 * change to the checklist or the engine that moves them is seen and reviewed.
 */
import { describe, expect, it } from 'vitest';
import { example } from './helpers.js';

function summary(name: string) {
  const { report } = example(name);
  return {
    valid: report.valid,
    minimalSetComplete: report.minimalSetComplete,
    overall: report.score.overall,
    counts: report.counts,
    findings: report.findings.map((finding) => `${finding.status} ${finding.level} ${finding.itemId} ${finding.pointer}`),
  };
}

describe('examples', () => {
  it('a complete in-vivo EV study scores 100 with the minimal set complete', () => {
    expect(summary('complete-in-vivo-ev.yaml')).toEqual({
      valid: true,
      minimalSetComplete: true,
      overall: 100,
      counts: { essentialMissing: 0, recommendedMissing: 0, incomplete: 0, invalid: 0, notApplicable: 1 },
      findings: ['not-applicable recommended storage.excipient /storage/excipient'],
    });
  });

  it('a typical under-reported concentrated-CM study misses twelve essential items, three confirmed absent', () => {
    const result = summary('under-reported-concentrated-cm.yaml');
    expect(result.valid).toBe(true);
    expect(result.minimalSetComplete).toBe(false);
    expect(result.overall).toBe(58.8);
    expect(result.counts).toEqual({ essentialMissing: 12, recommendedMissing: 18, incomplete: 0, invalid: 0, notApplicable: 0 });
    expect(result.findings.filter((line) => line.includes(' essential '))).toEqual([
      'not-reported essential cellSource.ethics /cellSource/ethics',
      'missing essential isolationExpansion.passage /isolationExpansion/passage',
      'not-reported essential isolationExpansion.mycoplasma /isolationExpansion/mycoplasma',
      'missing essential production.conditioningMedium /production/conditioningMedium',
      'missing essential production.viabilityAtCollection /production/viabilityAtCollection',
      'missing essential storage.temperature /storage/temperature',
      'not-reported essential storage.duration /storage/duration',
      'missing essential storage.freezeThaw /storage/freezeThaw',
      'missing essential characterization.totalProtein /characterization/totalProtein',
      'missing essential outcomes.primaryOutcome /outcomes/primaryOutcome',
      'missing essential outcomes.randomisation /outcomes/randomisation',
      'missing essential outcomes.exclusions /outcomes/exclusions',
    ]);
  });

  it('the clinical knee-OA study completes the minimal set and lacks two recommended items', () => {
    expect(summary('clinical-knee-oa.yaml')).toEqual({
      valid: true,
      minimalSetComplete: true,
      overall: 98.3,
      counts: { essentialMissing: 0, recommendedMissing: 2, incomplete: 0, invalid: 0, notApplicable: 1 },
      findings: [
        'missing recommended cellSource.nomenclature /cellSource/nomenclature',
        'not-applicable essential storage.freezeThaw /storage/freezeThaw',
        'missing recommended outcomes.emotionalDimension /outcomes/emotionalDimension',
      ],
    });
  });

  it('the in-vitro study is checked per preparation', () => {
    expect(summary('in-vitro-microglia.yaml')).toEqual({
      valid: true,
      minimalSetComplete: true,
      overall: 94.9,
      counts: { essentialMissing: 0, recommendedMissing: 5, incomplete: 0, invalid: 0, notApplicable: 2 },
      findings: [
        'missing recommended cellSource.nomenclature /cellSource/nomenclature',
        'not-applicable recommended storage.excipient /storage/preparations/0/excipient',
        'missing recommended storage.stability /storage/preparations/1/stability',
        'missing recommended qualityControl.sterility /qualityControl/sterility',
        'missing recommended qualityControl.batches /qualityControl/batches',
        'missing recommended characterization.evTrackId /characterization/preparations/1/evTrackId',
        'not-applicable recommended outcomes.emotionalDimension /outcomes/emotionalDimension',
      ],
    });
  });

  it('the multi-arm study names the one arm that lacks its volume', () => {
    const { report } = example('multi-arm-three-doses.yaml');
    expect(report.minimalSetComplete).toBe(false);
    expect(report.score.overall).toBe(98.2);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ itemId: 'doseAdministration.volume', status: 'missing', level: 'essential', pointer: '/doseAdministration/arms/2/volume' });
    expect(finding!.message).toContain('arm 3');
    expect(finding!.location?.line).toBeGreaterThan(1);
  });
});
