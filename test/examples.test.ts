/**
 * The bundled examples are realistic study reports; their scores and findings are stated exactly, so a
 * change to the checklist or the engine that moves them is seen and reviewed. Their checklist 1.0 forms
 * (test/fixtures/documents-1.0) keep the scores they always had; examples/ holds them as 1.1 documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/io/parse.js';
import { validate } from '../src/validator.js';
import { example, ROOT } from './helpers.js';

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

describe('examples (checklist 1.0 forms, scores unchanged)', () => {
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

/** The same five studies as checklist 1.1 documents (examples/), where partial values are incomplete. */
function summary11(name: string) {
  const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
  const parsed = parseReportText(text, { filename: `examples/${name}` });
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  const report = validate(parsed.document, { file: `examples/${name}` });
  return {
    version: report.checklist.version,
    valid: report.valid,
    minimalSetComplete: report.minimalSetComplete,
    overall: report.score.overall,
    counts: report.counts,
    findings: report.findings.map(
      (finding) => `${finding.status} ${finding.level} ${finding.itemId} ${finding.pointer}${finding.missingDetails ? ` [${finding.missingDetails.join('; ')}]` : ''}`,
    ),
  };
}

describe('examples (checklist 1.1)', () => {
  it('the complete in-vivo EV study still scores 100 in 1.1, with the same one declared exclusion', () => {
    expect(summary11('complete-in-vivo-ev.yaml')).toEqual({
      version: '1.1',
      valid: true,
      minimalSetComplete: true,
      overall: 100,
      counts: { essentialMissing: 0, recommendedMissing: 0, incomplete: 0, invalid: 0, notApplicable: 1 },
      findings: [
        'not-applicable recommended storage.excipient /storage/excipient',
      ],
    });
  });

  it('the clinical knee-OA study completes the minimal set and lacks two recommended items', () => {
    expect(summary11('clinical-knee-oa.yaml')).toEqual({
      version: '1.1',
      valid: true,
      minimalSetComplete: true,
      overall: 98.5,
      counts: { essentialMissing: 0, recommendedMissing: 2, incomplete: 0, invalid: 0, notApplicable: 0 },
      findings: [
        'missing recommended cellSource.nomenclature /cellSource/nomenclature',
        'missing recommended outcomes.emotionalDimension /outcomes/emotionalDimension',
      ],
    });
  });

  it('the in-vitro study is checked per preparation; storage exclusions it declared in 1.0 now follow from its data', () => {
    expect(summary11('in-vitro-microglia.yaml')).toEqual({
      version: '1.1',
      valid: true,
      minimalSetComplete: true,
      overall: 95.1,
      counts: { essentialMissing: 0, recommendedMissing: 5, incomplete: 0, invalid: 0, notApplicable: 0 },
      findings: [
        'missing recommended cellSource.nomenclature /cellSource/nomenclature',
        'missing recommended storage.stability /storage/preparations/1/stability',
        'missing recommended qualityControl.sterility /qualityControl/sterility',
        'missing recommended qualityControl.batches /qualityControl/batches',
        'missing recommended characterization.evTrackId /characterization/preparations/1/evTrackId',
      ],
    });
  });

  it('the multi-arm study still names the one arm that lacks its volume', () => {
    expect(summary11('multi-arm-three-doses.yaml')).toEqual({
      version: '1.1',
      valid: true,
      minimalSetComplete: false,
      overall: 98.3,
      counts: { essentialMissing: 1, recommendedMissing: 0, incomplete: 0, invalid: 0, notApplicable: 0 },
      findings: [
        'missing essential doseAdministration.volume /doseAdministration/arms/2/volume',
      ],
    });
  });

  it('the under-reported concentrated-CM study: partial values are incomplete and name what they lack', () => {
    expect(summary11('under-reported-concentrated-cm.yaml')).toEqual({
      version: '1.1',
      valid: true,
      minimalSetComplete: false,
      overall: 54,
      counts: { essentialMissing: 10, recommendedMissing: 18, incomplete: 9, invalid: 0, notApplicable: 0 },
      findings: [
        'missing recommended cellSource.donors /cellSource/donors',
        'incomplete recommended cellSource.provider /cellSource/provider [the catalogue number]',
        'missing recommended cellSource.nomenclature /cellSource/nomenclature',
        'not-reported essential cellSource.ethics /cellSource/ethics',
        'incomplete essential isolationExpansion.identity /isolationExpansion/identity [plastic adherence; the percentage of positive cells for each marker; the negative-marker panel; the percentage of cells for each negative marker; the tri-lineage differentiation; the method of each differentiation assay]',
        'incomplete essential isolationExpansion.passage /isolationExpansion/passage [the passage number]',
        'incomplete essential isolationExpansion.density /isolationExpansion/density [the seeding density]',
        'missing recommended isolationExpansion.cultureFormat /isolationExpansion/cultureFormat',
        'missing recommended isolationExpansion.oxygen /isolationExpansion/oxygen',
        'not-reported essential isolationExpansion.mycoplasma /isolationExpansion/mycoplasma',
        'missing recommended production.origin /production/origin',
        'incomplete essential production.conditioningMedium /production/conditioningMedium [whether it was serum-free]',
        'incomplete essential production.cellsAtCollection /production/cellsAtCollection [the conditioned volume]',
        'missing essential production.viabilityAtCollection /production/viabilityAtCollection',
        'missing recommended production.preConcentrationHandling /production/preConcentrationHandling',
        'missing essential storage.temperature /storage/temperature',
        'not-reported essential storage.duration /storage/duration',
        'missing essential storage.freezeThaw /storage/freezeThaw',
        'missing recommended storage.excipient /storage/excipient',
        'missing recommended storage.container /storage/container',
        'missing recommended storage.stability /storage/stability',
        'missing recommended qualityControl.sterility /qualityControl/sterility',
        'missing recommended qualityControl.endotoxin /qualityControl/endotoxin',
        'missing recommended qualityControl.residuals /qualityControl/residuals',
        'missing recommended qualityControl.batches /qualityControl/batches',
        'missing recommended qualityControl.potency /qualityControl/potency',
        'missing essential characterization.totalProtein /characterization/totalProtein',
        'missing recommended characterization.particles /characterization/particles',
        'missing recommended characterization.fractionControls /characterization/fractionControls',
        'incomplete recommended doseAdministration.doseBases /doseAdministration/dose [a second basis (e.g. particles and µg protein)]',
        'incomplete essential doseAdministration.recipients /doseAdministration/recipients [the supplier; the age; the weight]',
        'missing essential outcomes.primaryOutcome /outcomes/primaryOutcome',
        'missing essential outcomes.randomisation /outcomes/randomisation',
        'incomplete essential outcomes.effectEstimates /outcomes/effectEstimates [the effect size; whether a confidence interval is given]',
        'missing recommended outcomes.adverseEvents /outcomes/adverseEvents',
        'missing essential outcomes.exclusions /outcomes/exclusions',
        'missing recommended outcomes.emotionalDimension /outcomes/emotionalDimension',
      ],
    });
  });

});
