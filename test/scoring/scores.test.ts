/** Scores: satisfied weight over applicable weight, per section and overall; minimal set; determinism; no mutation. */
import { describe, expect, it } from 'vitest';
import { percent } from '../../src/scoring/scores.js';
import { check, copy, example, study } from '../helpers.js';

describe('scores', () => {
  it('section score = satisfied weight / applicable weight × 100, one decimal', () => {
    const report = check(study({ study: { design: ['in-vivo'] }, storage: { form: { value: 'frozen' }, temperature: { value: -80, unit: '°C' } } }));
    const storage = report.score.sections.storage;
    // form and temperature (2 + 2) of 13: duration, freeze-thaw, container, stability, excipient, and
    // reconstitution too, because nothing says yet that the preparation is not lyophilised.
    expect(storage).toEqual({ score: percent(storage.satisfied, storage.applicable), satisfied: 4, applicable: 13 });
    expect(storage.score).toBe(30.8);
  });

  it('the overall score is computed over all items, not averaged over sections', () => {
    const { report } = example('under-reported-concentrated-cm.yaml');
    const sections = Object.values(report.score.sections);
    const satisfied = sections.reduce((sum, section) => sum + section.satisfied, 0);
    const applicable = sections.reduce((sum, section) => sum + section.applicable, 0);
    expect(report.score.overall).toBe(percent(satisfied, applicable));
  });

  it('rounds half up to one decimal and scores an empty denominator 100', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(100);
  });

  it('an empty document scores 0 and does not complete the minimal set', () => {
    const report = check(study());
    expect(report.score.overall).toBe(0);
    expect(report.minimalSetComplete).toBe(false);
    expect(report.valid).toBe(true);
  });

  it('the minimal set is complete when every applicable essential item is satisfied, whatever the recommended ones', () => {
    const { document } = example('complete-in-vivo-ev.yaml');
    const trimmed = copy(document) as Record<string, Record<string, unknown>>;
    delete trimmed.cellSource!.provider;
    const report = check(trimmed);
    expect(report.minimalSetComplete).toBe(true);
    expect(report.score.overall).toBeLessThan(100);
  });

  it('the same input gives the same report, byte for byte', () => {
    const { document } = example('in-vitro-microglia.yaml');
    expect(JSON.stringify(check(copy(document)))).toBe(JSON.stringify(check(copy(document))));
  });

  it('never changes the document it is given (frozen documents work too)', () => {
    const { document } = example('multi-arm-three-doses.yaml');
    const before = JSON.stringify(document);
    const deepFreeze = (value: unknown): unknown => {
      if (value && typeof value === 'object') {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
      }
      return value;
    };
    check(deepFreeze(document));
    expect(JSON.stringify(document)).toBe(before);
  });

  it('findings come in section order, then item order', () => {
    const { report } = example('under-reported-concentrated-cm.yaml');
    const sections = ['study', 'cellSource', 'isolationExpansion', 'production', 'storage', 'qualityControl', 'characterization', 'doseAdministration', 'outcomes'];
    const order = report.findings.map((finding) => sections.indexOf(finding.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
