/**
 * Checklist 1.1: partial reporting is a state. A value that lacks details its item expects is
 * `incomplete` (never `invalid`), names what it lacks, and earns credit = given / counted details.
 */
import { describe, expect, it } from 'vitest';
import { check, findingsOf, inVivo, ledgerOf, onlyFinding, study11 } from './documents-1.1.js';

const EV_PREPARATION = { preparation: { value: 'small-ev' } };

describe('a partial value is incomplete and names the missing detail, never invalid', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['a sample size without its justification', inVivo({ outcomes: { sampleSize: { perGroup: [{ group: 'vehicle', n: 8 }] } } }), 'outcomes.sampleSize', 'the justification'],
    [
      'an in-vitro exposure without its duration',
      study11({ study: { design: ['in-vitro'] }, doseAdministration: { inVitroExposure: { targetCells: 'BV-2 microglia', stimulus: 'LPS 1 µg/mL' } } }),
      'doseAdministration.inVitroExposure',
      'the duration',
    ],
    ['a randomisation without its method', inVivo({ outcomes: { randomisation: { randomised: true } } }), 'outcomes.randomisation', 'the method'],
    [
      'a regimen of 3 administrations without the interval',
      inVivo({ doseAdministration: { regimen: { administrations: 3 } } }),
      'doseAdministration.regimen',
      'the interval between administrations (or the schedule)',
    ],
    [
      'EV markers with tetraspanins only',
      inVivo({ production: EV_PREPARATION, characterization: { evMarkersPositive: { transmembrane: ['CD9', 'CD63', 'CD81'], method: 'western-blot' } } }),
      'characterization.evMarkersPositive',
      'a cytosolic marker (e.g. TSG101)',
    ],
    ['a dose given as a bare number', inVivo({ doseAdministration: { dose: { amounts: [{ value: 2000000 }] } } }), 'doseAdministration.dose', 'the unit'],
  ];

  it.each(cases)('%s', (_name, document, itemId, detail) => {
    const report = check(document);
    expect(report.valid).toBe(true);
    const finding = onlyFinding(report, itemId);
    expect(finding.status).toBe('incomplete');
    expect(finding.missingDetails).toContain(detail);
    expect(finding.message).toContain(detail);
    expect(ledgerOf(report, itemId)).toMatchObject({ state: 'incomplete', applicable: true, satisfied: false });
    expect(report.counts.incomplete).toBeGreaterThanOrEqual(1);
  });

  it('"Sample size: the justification is missing." — one sentence that says what to add', () => {
    const report = check(inVivo({ outcomes: { sampleSize: { perGroup: [{ group: 'vehicle', n: 8 }] } } }));
    expect(onlyFinding(report, 'outcomes.sampleSize').message).toBe('Sample size: the justification is missing.');
  });

  it('a bare-number dose is stored and names every detail it lacks: unit, basis, per administration or total', () => {
    const finding = onlyFinding(check(inVivo({ doseAdministration: { dose: { amounts: [{ value: 2000000 }] } } })), 'doseAdministration.dose');
    expect(finding.missingDetails).toEqual(['the unit', 'the basis (what the amount counts)', 'whether it is per administration or in total']);
  });
});

describe('partial credit: given / counted details, the weakest unit counts', () => {
  it('a sample size with groups and n but no justification earns three quarters of its weight', () => {
    const report = check(inVivo({ outcomes: { sampleSize: { perGroup: [{ group: 'vehicle', n: 8 }] } } }));
    expect(ledgerOf(report, 'outcomes.sampleSize')).toMatchObject({ weight: 2, credit: 0.75 });
  });

  it('a complete value earns full credit and gives no finding', () => {
    const report = check(inVivo({ outcomes: { sampleSize: { perGroup: [{ group: 'vehicle', n: 8 }], justification: 'power-calculation' } } }));
    expect(ledgerOf(report, 'outcomes.sampleSize')).toMatchObject({ state: 'value', credit: 1, satisfied: true });
    expect(report.findings.some((finding) => finding.itemId === 'outcomes.sampleSize')).toBe(false);
  });

  it('the section score counts weight × credit, computed exactly', () => {
    const complete = { perGroup: [{ group: 'vehicle', n: 8 }], justification: 'power-calculation' };
    const partial = check(inVivo({ outcomes: { sampleSize: { perGroup: [{ group: 'vehicle', n: 8 }] } } }));
    const whole = check(inVivo({ outcomes: { sampleSize: complete } }));
    const none = check(inVivo({}));
    expect(whole.score.sections.outcomes.satisfied - none.score.sections.outcomes.satisfied).toBe(2);
    expect(partial.score.sections.outcomes.satisfied - none.score.sections.outcomes.satisfied).toBe(1.5);
    expect(partial.score.sections.outcomes.applicable).toBe(whole.score.sections.outcomes.applicable);
  });

  it('an item reported per arm takes the credit of its weakest arm', () => {
    const report = check(
      inVivo({
        doseAdministration: {
          arms: [
            { id: 'low', regimen: { administrations: 1 } },
            { id: 'high', regimen: { administrations: 3 } },
          ],
        },
      }),
    );
    const entry = ledgerOf(report, 'doseAdministration.regimen');
    expect(entry.units?.map((unit) => [unit.unit, unit.credit])).toEqual([
      ['arm 1 (low)', 1],
      ['arm 2 (high)', 0.5],
    ]);
    expect(entry.credit).toBe(0.5);
  });

  it('an incomplete essential item leaves the minimal set incomplete', () => {
    const report = check(inVivo({ outcomes: { randomisation: { randomised: true } } }));
    expect(report.minimalSetComplete).toBe(false);
    expect(report.counts.essentialMissing).toBeGreaterThan(0);
    expect(ledgerOf(report, 'outcomes.randomisation').satisfied).toBe(false);
  });
});

describe('"not reported" and "not applicable" on a detail', () => {
  const donors = { count: 3, pooled: true, ageYears: { min: 24, max: 38 }, health: 'healthy' };

  it('not reported on a sub-field: "Donors: the donors\' sex not reported (the paper was checked and does not state it)."', () => {
    const report = check(inVivo({ cellSource: { donors: { ...donors, sex: { notReported: true } } } }));
    const finding = onlyFinding(report, 'cellSource.donors');
    expect(finding).toMatchObject({ status: 'incomplete', pointer: '/cellSource/donors', missingDetails: ["the donors' sex"] });
    expect(finding.message).toBe("Donors: the donors' sex not reported (the paper was checked and does not state it).");
    expect(ledgerOf(report, 'cellSource.donors').credit).toBe(0.8);
  });

  it('not reported on a sub-field of one arm lands on that arm', () => {
    const report = check(
      inVivo({
        doseAdministration: {
          arms: [
            { id: 'low', regimen: { administrations: 2, interval: { value: 7, unit: 'd' } } },
            { id: 'high', regimen: { administrations: 2, interval: { notReported: true } } },
          ],
        },
      }),
    );
    const finding = onlyFinding(report, 'doseAdministration.regimen');
    expect(finding.pointer).toBe('/doseAdministration/arms/1/regimen');
    expect(finding.message).toContain('arm 2 ("high")');
    expect(finding.message).toContain('not reported (the paper was checked and does not state it)');
  });

  it('not reported on one dose component (cells resuspended in conditioned medium) lands on that arm', () => {
    const cells = { component: 'cells', value: 10000000, unit: 'cells', basis: 'cells', per: 'administration' };
    const secretome = { component: 'secretome', unit: 'mL', basis: 'conditioned-medium-volume', per: 'administration', foldConcentration: 1 };
    const report = check(
      study11({
        study: { design: ['clinical'] },
        production: { preparation: { value: 'cells-in-conditioned-medium' } },
        doseAdministration: {
          arms: [
            { id: 'cm', dose: { amounts: [{ ...secretome, value: 2 }] } },
            { id: 'combo', dose: { amounts: [cells, { ...secretome, value: { notReported: true } }] } },
          ],
        },
      }),
    );
    expect(report.valid).toBe(true);
    const finding = onlyFinding(report, 'doseAdministration.dose');
    expect(finding).toMatchObject({ status: 'incomplete', pointer: '/doseAdministration/arms/1/dose', missingDetails: ['the amount'] });
    expect(finding.message).toBe('Dose in arm 2 ("combo"): the amount not reported (the paper was checked and does not state it).');
  });

  it('not reported on one arm of a study-level value lands on that arm, the others keep the shared value', () => {
    const report = check(
      inVivo({
        doseAdministration: {
          regimen: { administrations: 1 },
          arms: [{ id: 'low' }, { id: 'high', regimen: { notReported: true } }],
        },
      }),
    );
    const finding = onlyFinding(report, 'doseAdministration.regimen');
    expect(finding).toMatchObject({ status: 'not-reported', pointer: '/doseAdministration/arms/1/regimen' });
  });

  it('"one of" details: not applicable on one alternative leaves the count; not reported on one is named', () => {
    const regimen = (interval: unknown) => check(inVivo({ doseAdministration: { regimen: { administrations: 3, interval } } }));
    expect(ledgerOf(regimen({ notApplicable: 'an irregular schedule' }), 'doseAdministration.regimen')).toMatchObject({ state: 'value', credit: 1 });
    const notReported = onlyFinding(regimen({ notReported: true }), 'doseAdministration.regimen');
    expect(notReported.message).toBe('Dosing regimen: the interval between administrations (or the schedule) not reported (the paper was checked and does not state it).');
  });

  it('not applicable on a detail leaves the count: the other details decide the credit', () => {
    const withNa = check(inVivo({ cellSource: { donors: { count: 3, pooled: { notApplicable: 'a single donor' }, sex: ['female'], health: 'healthy' } } }));
    // Counted: count, age, sex, health (pooled left out); given: 3 of 4.
    expect(ledgerOf(withNa, 'cellSource.donors').credit).toBe(0.75);
    expect(onlyFinding(withNa, 'cellSource.donors').missingDetails).toEqual(["the donors' age"]);
    const sampleSize = check(inVivo({ outcomes: { sampleSize: { perGroup: [{ group: 'vehicle', n: 8 }], justification: { notApplicable: 'pilot study' } } } }));
    expect(ledgerOf(sampleSize, 'outcomes.sampleSize')).toMatchObject({ state: 'value', credit: 1, satisfied: true });
  });
});

describe('which details a value is asked for depends on the value', () => {
  it('a single administration needs no interval', () => {
    expect(ledgerOf(check(inVivo({ doseAdministration: { regimen: { administrations: 1 } } })), 'doseAdministration.regimen')).toMatchObject({ state: 'value', credit: 1 });
  });

  it('one of several details is enough where the item says "one of" (cell number or confluence)', () => {
    const report = check(inVivo({ production: { cellsAtCollection: { confluencePercent: 80, conditionedVolume: { value: 15, unit: 'mL' } } } }));
    expect(ledgerOf(report, 'production.cellsAtCollection')).toMatchObject({ state: 'value', credit: 1 });
  });

  it('a unit is asked for only where its quantity is given', () => {
    const withoutUnit = check(inVivo({ characterization: { totalProtein: { concentration: { value: 2.1 }, assay: 'bca' } } }));
    expect(onlyFinding(withoutUnit, 'characterization.totalProtein').missingDetails).toEqual(['the unit of the concentration']);
    const withoutQuantity = check(inVivo({ characterization: { totalProtein: { assay: 'bca' } } }));
    expect(onlyFinding(withoutQuantity, 'characterization.totalProtein').missingDetails).toEqual(['the protein concentration']);
  });

  it('list entries are asked per entry: a hypoxic stimulus needs its oxygen level, a cytokine does not', () => {
    const primed = (stimuli: unknown[]) =>
      check(inVivo({ production: { priming: { applied: true }, primingConditions: { stimuli } } }));
    const cytokine = { type: 'cytokine', agent: 'IFN-γ', concentration: { value: 25, unit: 'ng/mL' }, duration: { value: 48, unit: 'h' } };
    expect(ledgerOf(primed([cytokine]), 'production.primingConditions')).toMatchObject({ state: 'value', credit: 1 });
    const hypoxia = { type: 'hypoxia', duration: { value: 24, unit: 'h' } };
    const finding = onlyFinding(primed([cytokine, hypoxia]), 'production.primingConditions');
    expect(finding.missingDetails).toEqual(['the oxygen level of hypoxic priming']);
  });

  it('"one of" is decided per list entry: each step has what its own method needs', () => {
    const steps = [
      { method: 'filtration', poreSize: { value: 0.22, unit: 'µm' } },
      { method: 'centrifugation', force: { value: 3000, unit: 'rpm' }, duration: { value: 10, unit: 'min' }, kFactor: 200 },
    ];
    const report = check(inVivo({ production: { preparation: { value: 'conditioned-medium' }, clarification: { steps } } }));
    expect(ledgerOf(report, 'production.clarification')).toMatchObject({ state: 'value', credit: 1 });
    const withoutRotor = check(inVivo({ production: { preparation: { value: 'conditioned-medium' }, clarification: { steps: [steps[0], { ...steps[1], kFactor: undefined }] } } }));
    expect(onlyFinding(withoutRotor, 'production.clarification').missingDetails).toEqual(['the rotor radius or k-factor (the speed is given in rpm)']);
  });

  it('a dose stated as a value on one basis and as a range on another is complete', () => {
    const amounts = [
      { value: 10, unit: 'µg', basis: 'protein-mass', per: 'administration' },
      { range: { min: 1e9, max: 2e9 }, unit: 'particles', basis: 'particles', per: 'administration' },
    ];
    expect(ledgerOf(check(inVivo({ doseAdministration: { dose: { amounts } } })), 'doseAdministration.dose')).toMatchObject({ state: 'value', credit: 1 });
  });

  it('a dose on one basis leaves "dose on two bases" incomplete, naming a second basis', () => {
    const report = check(inVivo({ doseAdministration: { dose: { amounts: [{ value: 10, unit: 'µg', basis: 'protein-mass', per: 'administration' }] } } }));
    const finding = onlyFinding(report, 'doseAdministration.doseBases');
    expect(finding).toMatchObject({ status: 'incomplete', missingDetails: ['a second basis (e.g. particles and µg protein)'] });
    // The rule is one expected detail, and the item has no other: credit 0.
    expect(ledgerOf(report, 'doseAdministration.doseBases')).toMatchObject({ state: 'incomplete', credit: 0 });
    expect(ledgerOf(report, 'doseAdministration.dose')).toMatchObject({ state: 'value', credit: 1 });
  });

  it('"dose on two bases" waits for the dose: a dose not stated is one finding, which lists it', () => {
    const report = check(inVivo({}));
    expect(findingsOf(report, 'doseAdministration.doseBases')).toEqual([]);
    expect(onlyFinding(report, 'doseAdministration.dose').unlocks).toContain('doseAdministration.doseBases');
  });

  it('completing a value never lowers its credit: each detail added in turn raises it or keeps it', () => {
    const steps: Array<Record<string, unknown>> = [
      {},
      { perGroup: [{ group: 'vehicle' }] },
      { perGroup: [{ group: 'vehicle', n: 8 }] },
      { perGroup: [{ group: 'vehicle', n: 8 }], justification: 'other' },
      { perGroup: [{ group: 'vehicle', n: 8 }], justification: 'other', description: 'as in our earlier study' },
    ];
    const credits = steps.map((sampleSize) => ledgerOf(check(inVivo({ outcomes: { sampleSize } })), 'outcomes.sampleSize').credit);
    expect(credits).toEqual([...credits].sort((a, b) => a - b));
    expect(credits.at(-1)).toBe(1);
  });
});

describe('outcomes per arm', () => {
  const arms = [{ id: 'sham' }, { id: 'treated' }];
  const tests = { tests: [{ test: 'von-frey', measure: '50 % withdrawal threshold, g', timepoints: [{ value: 14, unit: 'd' }] }] };

  it('an outcome entry for one arm (matched by armId) overrides the section-level value for that arm only', () => {
    const report = check(inVivo({ doseAdministration: { arms }, outcomes: { tests, arms: [{ armId: 'treated', tests: { notReported: true } }] } }));
    expect(report.valid).toBe(true);
    const finding = onlyFinding(report, 'outcomes.tests');
    expect(finding).toMatchObject({ status: 'not-reported', pointer: '/outcomes/arms/0/tests' });
    expect(finding.message).toContain('arm 2 ("treated")');
    expect(ledgerOf(report, 'outcomes.tests').units?.map((unit) => unit.state)).toEqual(['value', 'not-reported']);
  });

  it('"not applicable" on one arm takes that arm out of the item', () => {
    const report = check(inVivo({ doseAdministration: { arms }, outcomes: { tests, arms: [{ armId: 'sham', tests: { notApplicable: 'sham animals were not tested' } }] } }));
    expect(ledgerOf(report, 'outcomes.tests')).toMatchObject({ applicable: true, satisfied: true, credit: 1 });
  });
});
