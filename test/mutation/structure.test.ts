/** Structural validation, issue for issue: pointer, keyword, sentence and the item the issue lies in. */
import { describe, expect, it } from 'vitest';
import { itemLocations, validateStructure } from '../../src/schema/validate-structure.js';

const missingVersion = { pointer: '', keyword: 'required', message: '"checklistVersion" is missing here.' };

describe('structural issues', () => {
  it('the document and its sections must be objects; unknown keys are named with a likely meant one', () => {
    expect(validateStructure([1])).toEqual([{ pointer: '', keyword: 'type', message: 'Expected a set of fields (an object), found a list.' }]);
    expect(validateStructure({ checklistVersion: '1.0', storage: [] })).toEqual([{ pointer: '/storage', keyword: 'type', message: 'Expected a set of fields (an object), found a list.' }]);
    expect(validateStructure({ checklistVersion: '1.0', storge: {} })).toEqual([{ pointer: '', keyword: 'additionalProperties', message: 'Unknown field "storge". Did you mean "storage"?' }]);
    expect(validateStructure({ checklistVersion: '1.0', storage: { temprature: { value: 1, unit: '°C' } } })).toEqual([
      { pointer: '/storage', keyword: 'additionalProperties', message: 'Unknown field "temprature". Did you mean "temperature"?' },
    ]);
    expect(validateStructure({ checklistVersion: '2.0' })).toEqual([{ pointer: '/checklistVersion', keyword: 'const', message: 'Expected "1.0", found text ("2.0").' }]);
    expect(validateStructure({ checklistVersion: '1.0' })).toEqual([]);
  });

  it('an item is checked against the state it is written in: notApplicable, notReported or a value', () => {
    expect(validateStructure({ storage: { temperature: { notApplicable: 'no' } } })).toEqual([
      missingVersion,
      { pointer: '/storage/temperature/notApplicable', keyword: 'minLength', message: 'The text must be at least 3 characters long.', itemPointer: '/storage/temperature' },
    ]);
    expect(validateStructure({ storage: { temperature: { notApplicable: 'not stored', reason: 'x' } } })).toEqual([
      missingVersion,
      { pointer: '/storage/temperature', keyword: 'additionalProperties', message: 'Unknown field "reason". Allowed here: notApplicable, where.', itemPointer: '/storage/temperature' },
    ]);
    expect(validateStructure({ storage: { temperature: { notReported: false } } })).toEqual([
      missingVersion,
      { pointer: '/storage/temperature/notReported', keyword: 'const', message: 'Expected true, found false.', itemPointer: '/storage/temperature' },
    ]);
    expect(validateStructure({ storage: { temperature: { notReported: true, note: 'x'.repeat(3) } } })).toEqual([missingVersion]);
    expect(validateStructure({ storage: { temperature: { notApplicable: 'not stored', notReported: true } } })).toEqual([
      missingVersion,
      { pointer: '/storage/temperature', keyword: 'additionalProperties', message: 'Unknown field "notReported". Allowed here: notApplicable, where.', itemPointer: '/storage/temperature' },
    ]);
    expect(validateStructure({ storage: { temperature: { value: 'cold', unit: 'F' } } })).toEqual([
      missingVersion,
      { pointer: '/storage/temperature/value', keyword: 'type', message: 'Expected a number, found text ("cold").', itemPointer: '/storage/temperature' },
      {
        pointer: '/storage/temperature/unit',
        keyword: 'enum',
        message: '"F" is not accepted here. Convert to °C (°C = (°F − 32) × 5/9). Give a temperature in one of these units: °C, ºC, ℃, degC, Cel, K.',
        itemPointer: '/storage/temperature',
      },
    ]);
  });

  it('items in preparation and arm entries are checked where they are', () => {
    expect(validateStructure({ production: { preparations: [{ id: 'p', preparation: { value: 'other' } }] } })).toEqual([
      missingVersion,
      { pointer: '/production/preparations/0/preparation', keyword: 'if', message: 'The value is "other", so add a "description" that says what it is.', itemPointer: '/production/preparations/0/preparation' },
    ]);
    expect(validateStructure({ doseAdministration: { arms: [{ id: 'a', route: { value: 'intravenous' }, regimen: { administrations: 2 } }] } })).toEqual([
      missingVersion,
      { pointer: '/doseAdministration/arms/0/regimen', keyword: 'if', message: 'More than one administration: give the "interval".', itemPointer: '/doseAdministration/arms/0/regimen' },
    ]);
    expect(validateStructure({ storage: { preparations: ['x', 3, null] } })).toEqual([
      missingVersion,
      { pointer: '/storage/preparations/0', keyword: 'type', message: 'Expected a set of fields (an object), found text ("x").' },
      { pointer: '/storage/preparations/1', keyword: 'type', message: 'Expected a set of fields (an object), found the number 3.' },
      { pointer: '/storage/preparations/2', keyword: 'type', message: 'Expected a set of fields (an object), found null.' },
    ]);
  });

  it('a rule with its own sentence speaks for the errors beneath it, in nested lists too', () => {
    expect(validateStructure({ isolationExpansion: { passage: {} } })).toEqual([
      missingVersion,
      { pointer: '/isolationExpansion/passage', keyword: 'anyOf', message: 'Give "passage", or "min" and "max" for a range.', itemPointer: '/isolationExpansion/passage' },
    ]);
    expect(validateStructure({ cellSource: { species: { value: 'other' } } })).toEqual([
      missingVersion,
      { pointer: '/cellSource/species', keyword: 'if', message: 'The value is "other", so add a "description" that says what it is.', itemPointer: '/cellSource/species' },
    ]);
    expect(validateStructure({ doseAdministration: { dose: { amounts: [{ value: 1, unit: 'mg', basis: 'other', per: 'total' }] } } })).toEqual([
      missingVersion,
      { pointer: '/doseAdministration/dose/amounts/0', keyword: 'if', message: 'The basis or unit is "other", so add a "description" of how the dose was measured.', itemPointer: '/doseAdministration/dose' },
    ]);
    expect(validateStructure({ doseAdministration: { dose: { amounts: [{ value: 1, unit: 'mL', basis: 'particles', per: 'total' }] } } })).toEqual([
      missingVersion,
      { pointer: '/doseAdministration/dose/amounts/0/unit', keyword: 'enum', message: '"mL" is not accepted here. A dose on the "particles" basis is counted in particles.', itemPointer: '/doseAdministration/dose' },
    ]);
    expect(validateStructure({ production: { clarification: { steps: [{ method: 'centrifugation' }] } } })).toEqual([
      missingVersion,
      { pointer: '/production/clarification/steps/0', keyword: 'if', message: 'A centrifugation step needs "force" and "duration".', itemPointer: '/production/clarification' },
    ]);
  });

  it('item locations: section level first, then unit entries, skipping what is not an object', () => {
    expect(itemLocations({ storage: { temperature: 1, preparations: [{ preparationId: 'p', form: 2 }, 'x'] }, production: 'x' })).toEqual([
      { pointer: '/storage/temperature', defName: 'StorageTemperature', value: 1 },
      { pointer: '/storage/preparations/0/form', defName: 'StorageForm', value: 2 },
    ]);
    expect(itemLocations([])).toEqual([]);
    expect(itemLocations(null)).toEqual([]);
    expect(itemLocations({ storage: { preparations: 'x' } })).toEqual([]);
  });
});
