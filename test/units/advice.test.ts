/** A refused unit gets advice that keeps the meaning of the number: never a symbol swap across scales or dimensions. */
import { describe, expect, it } from 'vitest';
import { isUnitList, unitAdvice } from '../../src/units/advice.js';
import { validate } from '../../src/validator.js';
import { study } from '../helpers.js';

const TEMPERATURES = ['°C', 'ºC', '℃', 'degC', 'Cel', 'K'];
const VOLUMES = ['nL', 'µL', 'μL', 'uL', 'mL', 'ml', 'L', 'l'];

function invalidMessage(document: Record<string, unknown>, pointer: string): string {
  const finding = validate(document).findings.find((candidate) => candidate.status === 'invalid' && candidate.pointer === pointer);
  if (!finding) throw new Error(`no invalid finding at ${pointer}`);
  return finding.message;
}

describe('advice for a unit the schema does not accept', () => {
  it('a temperature in °F gets the value converted to °C, not "did you mean °C"', () => {
    expect(unitAdvice('°F', TEMPERATURES, { value: -112, unit: '°F' })).toBe('-112 °F is -80 °C: give { value: -80, unit: "°C" }.');
    const message = invalidMessage(study({ storage: { temperature: { value: -112, unit: '°F' } } }), '/storage/temperature/unit');
    expect(message).toContain('-112 °F is -80 °C');
    expect(message).not.toContain('Did you mean');
  });

  it('without a number to convert, gives the rule', () => {
    expect(unitAdvice('degF', TEMPERATURES, { unit: 'degF' })).toBe('Convert to °C (°C = (°F − 32) × 5/9).');
  });

  it('a volume in mg (another dimension) gets no suggestion, only the units that fit', () => {
    expect(unitAdvice('mg', VOLUMES, { value: 10, unit: 'mg' })).toBeUndefined();
    const message = invalidMessage(study({ doseAdministration: { volume: { volume: { value: 10, unit: 'mg' } } } }), '/doseAdministration/volume/volume/unit');
    expect(message).not.toContain('Did you mean');
    expect(message).toContain('Give a volume in one of these units');
  });

  it('another spelling of the same unit is suggested: ML, mcL and cc as mL or μL', () => {
    expect([unitAdvice('ML', VOLUMES), unitAdvice('mcL', VOLUMES), unitAdvice('cc', VOLUMES), unitAdvice('µl', VOLUMES)]).toEqual([
      'Did you mean "mL"?',
      'Did you mean "μL"?',
      'Did you mean "mL"?',
      'Did you mean "μL"?',
    ]);
  });

  it('a vocabulary is not a unit list, so its values keep the usual "did you mean"', () => {
    expect(isUnitList(TEMPERATURES)).toBe(true);
    expect(isUnitList(['in-vivo', 'in-vitro', 'clinical'])).toBe(false);
  });
});
