/** The three declared states and absence, and how each counts. */
import { describe, expect, it } from 'vitest';
import { check, findingsOf, ledgerOf, study } from '../helpers.js';

const inVivo = (sections: Record<string, unknown> = {}) => study({ study: { design: ['in-vivo'] }, ...sections });

describe('item states', () => {
  it('a valid value satisfies the item and is not a finding', () => {
    const report = check(inVivo({ storage: { temperature: { value: -80, unit: '°C' } } }));
    expect(ledgerOf(report, 'storage.temperature')).toMatchObject({ applicable: true, state: 'value', satisfied: true });
    expect(findingsOf(report, 'storage.temperature')).toEqual([]);
  });

  it('an absent item is missing, with a message that says what to report', () => {
    const [finding] = findingsOf(check(inVivo()), 'storage.temperature');
    expect(finding).toMatchObject({ status: 'missing', level: 'essential', pointer: '/storage/temperature', message: 'Storage temperature: not reported.' });
    expect(finding?.hint).toContain('−80 °C');
    expect(finding?.sources.length).toBeGreaterThan(0);
  });

  it('notReported counts as missing and says the paper was checked', () => {
    const report = check(inVivo({ storage: { temperature: { notReported: true } } }));
    expect(ledgerOf(report, 'storage.temperature')).toMatchObject({ applicable: true, state: 'not-reported', satisfied: false });
    expect(findingsOf(report, 'storage.temperature')[0]?.message).toBe('Storage temperature: not reported (the paper was checked and does not state it).');
  });

  it('notApplicable with a reason counts as satisfied, leaves the denominator and is listed for review', () => {
    const without = check(inVivo());
    const declared = check(inVivo({ storage: { temperature: { notApplicable: 'lyophilised and kept at room temperature' } } }));
    expect(ledgerOf(declared, 'storage.temperature')).toMatchObject({ applicable: false, state: 'not-applicable' });
    expect(declared.score.sections.storage.applicable).toBe(without.score.sections.storage.applicable - 2);
    expect(findingsOf(declared, 'storage.temperature')).toMatchObject([{ status: 'not-applicable', message: 'Storage temperature is marked not applicable: "lyophilised and kept at room temperature".' }]);
    expect(declared.counts.notApplicable).toBe(1);
  });

  it('a structurally invalid value is an invalid finding and does not satisfy the item', () => {
    const report = check(inVivo({ storage: { temperature: { value: -80, unit: 'mL' } } }));
    expect(report.valid).toBe(false);
    expect(ledgerOf(report, 'storage.temperature')).toMatchObject({ state: 'invalid', satisfied: false });
    expect(findingsOf(report, 'storage.temperature')).toMatchObject([{ status: 'invalid', pointer: '/storage/temperature/unit' }]);
    expect(report.counts.invalid).toBe(1);
  });

  it('problems outside any item are document findings', () => {
    const report = check(study({ storage: { temprature: {} } }));
    expect(report.findings.find((finding) => finding.itemId === 'document')).toMatchObject({ itemId: 'document', section: 'storage', status: 'invalid', pointer: '/storage' });
    expect(report.findings.find((finding) => finding.itemId === 'document')?.message).toContain('Did you mean "temperature"?');
  });

  it('a reported value for an item whose condition is not met still counts, so stating a fact never lowers a score', () => {
    const fresh = { form: { value: 'fresh' } };
    const withTemperature = check(inVivo({ storage: { ...fresh, temperature: { value: 4, unit: '°C' } } }));
    expect(ledgerOf(withTemperature, 'storage.temperature')).toMatchObject({ applicable: true, satisfied: true, reason: 'counted because it is reported, although the preparation was used fresh, without storage' });
    const withoutForm = check(inVivo({ storage: { temperature: { value: 4, unit: '°C' } } }));
    expect(withTemperature.score.sections.storage.score).toBeGreaterThanOrEqual(withoutForm.score.sections.storage.score);
  });
});
