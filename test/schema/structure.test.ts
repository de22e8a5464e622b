/**
 * Structural validation: what the JSON Schema accepts, and how its errors read. Completeness is not
 * structure: a half-filled document is valid.
 */
import { describe, expect, it } from 'vitest';
import { validateStructure } from '../../src/schema/validate-structure.js';
import { study } from '../helpers.js';

function messages(document: unknown): string[] {
  return validateStructure(document).map((issue) => `${issue.pointer}: ${issue.message}`);
}

describe('structure', () => {
  it('a document with only checklistVersion is structurally valid', () => {
    expect(validateStructure(study())).toEqual([]);
  });

  it('checklistVersion is required and must be "1.0"', () => {
    expect(messages({})).toEqual([': "checklistVersion" is missing here.']);
    expect(messages({ checklistVersion: '2.0' })).toEqual(['/checklistVersion: Expected "1.0", found text ("2.0").']);
  });

  it('a document must be an object', () => {
    for (const value of [null, [], 'text', 42, true]) expect(validateStructure(value)).toHaveLength(1);
  });

  it('objects are closed and a misspelt key gets the nearest valid key', () => {
    expect(messages(study({ storage: { temprature: { value: -80, unit: '°C' } } }))).toEqual([
      '/storage: Unknown field "temprature". Did you mean "temperature"?',
    ]);
    expect(messages(study({ cellSource: { species: { valeu: 'human' } } }))).toContain('/cellSource/species: Unknown field "valeu". Did you mean "value"?');
    expect(messages(study({ stoarge: {} }))[0]).toBe(': Unknown field "stoarge". Did you mean "storage"?');
  });

  it('each item takes one of three states: a value, notApplicable with a reason, or notReported', () => {
    expect(validateStructure(study({ storage: { temperature: { notApplicable: 'used fresh, never stored' } } }))).toEqual([]);
    expect(validateStructure(study({ storage: { temperature: { notReported: true, where: 'Methods 2.4' } } }))).toEqual([]);
    expect(messages(study({ storage: { temperature: { notApplicable: '' } } }))).toEqual(['/storage/temperature/notApplicable: The text must be at least 3 characters long.']);
    expect(messages(study({ storage: { temperature: { notReported: false } } }))).toEqual(['/storage/temperature/notReported: Expected true, found false.']);
  });

  it('any item may carry where, the location in the manuscript', () => {
    expect(validateStructure(study({ storage: { temperature: { value: -80, unit: '°C', where: 'Methods 2.4, p. 5' } } }))).toEqual([]);
  });

  describe('units are checked for dimension', () => {
    it('a storage temperature in mL is invalid', () => {
      expect(messages(study({ storage: { temperature: { value: -80, unit: 'mL' } } }))).toEqual([
        '/storage/temperature/unit: "mL" is not accepted here. Give a temperature in one of these units: °C, ºC, ℃, degC, Cel, K.',
      ]);
    });

    it('a volume in mg is invalid', () => {
      expect(messages(study({ doseAdministration: { volume: { volume: { value: 10, unit: 'mg' } } } }))[0]).toContain('Give a volume in one of these units');
    });

    it('common spellings are accepted: µL (micro sign), μL (Greek mu), uL, ºC and °C', () => {
      for (const unit of ['µL', 'μL', 'uL']) {
        expect(validateStructure(study({ doseAdministration: { volume: { volume: { value: 10, unit } } } }))).toEqual([]);
      }
      for (const unit of ['°C', 'ºC']) expect(validateStructure(study({ storage: { temperature: { value: -80, unit } } }))).toEqual([]);
    });

    it('a bare "C" is not taken for degrees Celsius', () => {
      expect(messages(study({ storage: { temperature: { value: -80, unit: 'C' } } }))[0]).toContain('"C" is not accepted here');
    });

    it('a dose whose unit does not fit its basis is invalid', () => {
      const dose = { amounts: [{ value: 10, unit: 'mg', basis: 'particles', per: 'administration' }] };
      expect(messages(study({ doseAdministration: { dose } }))).toEqual([
        '/doseAdministration/dose/amounts/0/unit: "mg" is not accepted here. A dose on the "particles" basis is counted in particles.',
      ]);
    });

    it('a centrifugation speed in rpm without a rotor radius is flagged, because ×g cannot be derived', () => {
      const step = { method: 'centrifugation', force: { value: 3000, unit: 'rpm' }, duration: { value: 10, unit: 'min' } };
      expect(messages(study({ production: { clarification: { steps: [step] } } }))).toEqual([
        '/production/clarification/steps/0: The speed is given in rpm without the rotor radius, so the force (×g) cannot be derived. Give the speed in ×g, or add "rotorRadius".',
      ]);
      expect(validateStructure(study({ production: { clarification: { steps: [{ ...step, rotorRadius: { value: 8.6, unit: 'cm' } }] } } }))).toEqual([]);
    });
  });

  it('numbers written as text are invalid, with advice on how to write them', () => {
    expect(messages(study({ production: { cellsAtCollection: { cellCount: '2x10^6' } } }))).toEqual([
      '/production/cellsAtCollection/cellCount: Expected a number, found text ("2x10^6"). Write numbers as numbers, without quotes: 2×10^6 is 2000000.',
    ]);
  });

  it('a controlled vocabulary offers the nearest term and "other" requires a description', () => {
    expect(messages(study({ cellSource: { tissue: { value: 'bone-marow' } } }))[0]).toContain('Did you mean "bone-marrow"?');
    expect(messages(study({ cellSource: { tissue: { value: 'other' } } }))).toEqual([
      '/cellSource/tissue: The value is "other", so add a "description" that says what it is.',
    ]);
    expect(validateStructure(study({ cellSource: { tissue: { value: 'other', description: 'nasal turbinate' } } }))).toEqual([]);
  });

  it('conditional requirements explain themselves', () => {
    expect(messages(study({ production: { preparation: { value: 'commercial-product' } } }))).toEqual(['/production/preparation: A commercial product needs its "productName".']);
    expect(messages(study({ doseAdministration: { regimen: { administrations: 3 } } }))).toEqual(['/doseAdministration/regimen: More than one administration: give the "interval".']);
    expect(messages(study({ outcomes: { trialRegistration: { registry: 'clinicaltrials-gov', id: 'NCT123' } } }))).toEqual([
      '/outcomes/trialRegistration: A ClinicalTrials.gov identifier looks like NCT04000000.',
    ]);
  });

  it('items inside preparation and arm entries are validated like section-level ones', () => {
    const document = study({ doseAdministration: { arms: [{ id: 'low' }, { id: 'high', volume: { volume: { value: 5, unit: 'kg' } } }] } });
    expect(messages(document)[0]).toMatch(/^\/doseAdministration\/arms\/1\/volume\/volume\/unit: "kg" is not accepted here/);
  });
});
