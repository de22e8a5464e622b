/** Every structural message, word for word: the sentence a biologist reads for each JSON Schema keyword. */
import { describe, expect, it } from 'vitest';
import { explainError } from '../../src/schema/messages.js';
import type { GeneratedError } from '../../src/schema/runtime.js';

function error(keyword: string, params: Record<string, unknown> = {}): GeneratedError {
  return { keyword, params, instancePath: '/x', schemaPath: `#/${keyword}` };
}

function say(keyword: string, params: Record<string, unknown>, value?: unknown, container?: Record<string, unknown>): string {
  return explainError(error(keyword, params), { value, container });
}

describe('structural messages', () => {
  it('required and unknown fields', () => {
    expect(say('required', { missingProperty: 'unit' })).toBe('"unit" is missing here.');
    expect(say('additionalProperties', { additionalProperty: 'temprature' }, {}, { properties: { temperature: {}, duration: {} } })).toBe('Unknown field "temprature". Did you mean "temperature"?');
    expect(say('additionalProperties', { additionalProperty: 'colour' }, {}, { properties: { temperature: {}, duration: {} } })).toBe('Unknown field "colour". Allowed here: temperature, duration.');
    expect(say('additionalProperties', { additionalProperty: 'x'.repeat(50) }, {}, undefined)).toBe(`Unknown field "${'x'.repeat(40)}…". Allowed here: .`);
    expect(say('additionalProperties', { additionalProperty: 'x'.repeat(40) }, {}, undefined)).toBe(`Unknown field "${'x'.repeat(40)}". Allowed here: .`);
  });

  it('a long list of allowed fields or values is cut after twelve, duplicates once', () => {
    const properties = Object.fromEntries(Array.from({ length: 13 }, (_, index) => [`field${String.fromCharCode(97 + index)}`, {}]));
    const names = Object.keys(properties);
    expect(say('additionalProperties', { additionalProperty: 'zzzzzzzzzzzz' }, {}, { properties })).toBe(`Unknown field "zzzzzzzzzzzz". Allowed here: ${names.slice(0, 12).join(', ')}, ….`);
    const twelve = Object.fromEntries(names.slice(0, 12).map((name) => [name, {}]));
    expect(say('additionalProperties', { additionalProperty: 'zzzzzzzzzzzz' }, {}, { properties: twelve })).toBe(`Unknown field "zzzzzzzzzzzz". Allowed here: ${names.slice(0, 12).join(', ')}.`);
    expect(say('enum', { allowedValues: ['a', 'a', 'b'] }, 5)).toBe('the number 5 is not accepted here. Use one of: a, b.');
    expect(say('enum', { allowedValues: 'not a list' }, 5)).toBe('the number 5 is not accepted here. Use one of: .');
  });

  it('enumerations: the value, a likely meant one, the accepted ones unless the schema explains', () => {
    expect(say('enum', { allowedValues: ['frozen', 'fresh'] }, 'frozne')).toBe('"frozne" is not accepted here. Did you mean "frozen"? Use one of: frozen, fresh.');
    expect(say('enum', { allowedValues: ['frozen', 'fresh'] }, 'boiled')).toBe('"boiled" is not accepted here. Use one of: frozen, fresh.');
    expect(say('enum', {}, true)).toBe('true is not accepted here. Use one of: .');
    expect(say('enum', { allowedValues: ['°C'] }, 'hot', { 'x-message': 'Use °C or K.' })).toBe('"hot" is not accepted here. Use °C or K.');
    expect(say('enum', { allowedValues: ['°C'] }, 'hot', { 'x-message': 42 })).toBe('"hot" is not accepted here. Use one of: °C.');
    expect(say('enum', { allowedValues: ['°C'] }, 'C', { 'x-message': 'Use °C or K.' })).toBe('"C" is not accepted here. Did you mean "°C"? Use °C or K.');
  });

  it('constants and types name what was found', () => {
    expect(say('const', { allowedValue: true }, 'yes')).toBe('Expected true, found text ("yes").');
    expect(say('const', { allowedValue: '1.0' }, null)).toBe('Expected "1.0", found null.');
    expect(say('type', { type: 'object' }, [1])).toBe('Expected a set of fields (an object), found a list.');
    expect(say('type', { type: 'array' }, { a: 1 })).toBe('Expected a list, found a set of fields.');
    expect(say('type', { type: 'string' }, 12)).toBe('Expected text, found the number 12.');
    expect(say('type', { type: 'integer' }, 1.5)).toBe('Expected a whole number, found the number 1.5.');
    expect(say('type', { type: 'boolean' }, 'no')).toBe('Expected true or false, found text ("no").');
    expect(say('type', { type: 'null' }, false)).toBe('Expected null, found false.');
    expect(say('type', { type: 'string,null' }, 3)).toBe('Expected text or null, found the number 3.');
    expect(say('type', { type: 'weird' }, 3)).toBe('Expected weird, found the number 3.');
  });

  it('a number written as text gets the hint, other text does not', () => {
    const hint = ' Write numbers as numbers, without quotes: 2×10^6 is 2000000.';
    expect(say('type', { type: 'number' }, '2×10^6')).toBe(`Expected a number, found text ("2×10^6").${hint}`);
    expect(say('type', { type: 'number' }, ' -1.5e3 ')).toBe(`Expected a number, found text (" -1.5e3 ").${hint}`);
    expect(say('type', { type: 'integer' }, '12')).toBe(`Expected a whole number, found text ("12").${hint}`);
    expect(say('type', { type: 'boolean' }, '12')).toBe('Expected true or false, found text ("12").');
    expect(say('type', { type: 'number' }, 'about 12')).toBe('Expected a number, found text ("about 12").');
    expect(say('type', { type: 'number' }, '12 mL')).toBe('Expected a number, found text ("12 mL").');
    expect(say('type', { type: 'number' }, '12!')).toBe('Expected a number, found text ("12!").');
    expect(say('type', { type: 'number' }, '!12')).toBe('Expected a number, found text ("!12").');
    expect(say('type', { type: 'number' }, '1'.repeat(41))).toBe(`Expected a number, found text ("${'1'.repeat(40)}…").`);
    expect(say('type', { type: 'number' }, '1'.repeat(40))).toBe(`Expected a number, found text ("${'1'.repeat(40)}").${hint}`);
    expect(say('type', { type: 'number' }, '')).toBe('Expected a number, found text ("").');
    expect(say('type', { type: 'string' }, 12)).not.toContain('Write numbers');
  });

  it('limits on numbers, lists, texts and objects', () => {
    expect(say('minimum', { limit: 0 }, -1)).toBe('-1 is below the smallest allowed value, 0.');
    expect(say('exclusiveMinimum', { limit: 0 }, 0)).toBe('0 must be greater than 0.');
    expect(say('maximum', { limit: 100 }, 101)).toBe('101 is above the largest allowed value, 100.');
    expect(say('exclusiveMaximum', { limit: 1 }, 1)).toBe('1 must be less than 1.');
    expect(say('minItems', { limit: 1 }, [])).toBe('The list needs at least 1 entry.');
    expect(say('minItems', { limit: 2 }, [])).toBe('The list needs at least 2 entries.');
    expect(say('maxItems', { limit: 200 }, [])).toBe('The list has more than 200 entries.');
    expect(say('minLength', { limit: 1 }, '')).toBe('The text is empty.');
    expect(say('minLength', { limit: 3 }, 'ab')).toBe('The text must be at least 3 characters long.');
    expect(say('maxLength', { limit: 500 }, 'x')).toBe('The text is longer than 500 characters.');
    expect(say('minProperties', { limit: 1 }, {})).toBe('Give at least 1 field here.');
    expect(say('minProperties', { limit: 2 }, {})).toBe('Give at least 2 fields here.');
    expect(say('pattern', {}, 'NCT123')).toBe('"NCT123" is not in the expected form.');
    expect(say('uniqueItems', { i: 2, j: 0 }, [])).toBe('The list repeats an entry (positions 0 and 2).');
    expect(say('multipleOf', { multipleOf: 0.5 }, 0.3)).toBe('Must be a multiple of 0.5.');
    expect(say('somethingNew', {}, 1)).toBe('Not valid here (somethingNew).');
  });

  it('rules with a domain message: the message replaces the generic sentence of if/anyOf, and follows the others', () => {
    expect(say('anyOf', {}, {})).toBe('The value does not match any accepted form.');
    expect(say('if', { failingKeyword: 'then' }, {})).toBe('A field that this value requires is missing or wrong.');
    expect(say('anyOf', {}, {}, { anyOf: [], 'x-message': 'Give a value or a range.' })).toBe('Give a value or a range.');
    expect(say('if', {}, {}, { if: {}, 'x-message': 'With "other", describe it.' })).toBe('With "other", describe it.');
    expect(say('maximum', { limit: 4 }, 5, { maximum: 4, 'x-message': 'Room temperature at most.' })).toBe('5 is above the largest allowed value, 4. Room temperature at most.');
    // Beside a conditional rule, the message is that rule's only: the object's other keywords keep theirs.
    expect(say('required', { missingProperty: 'unit' }, {}, { if: {}, 'x-message': 'With "other", describe it.' })).toBe('"unit" is missing here.');
    expect(say('required', { missingProperty: 'unit' }, {}, { anyOf: [], 'x-message': 'Give one.' })).toBe('"unit" is missing here.');
    expect(say('required', { missingProperty: 'unit' }, {}, { required: [], 'x-message': 42 })).toBe('"unit" is missing here.');
  });

  it('values are described by kind', () => {
    expect(say('const', { allowedValue: 1 }, undefined)).toBe('Expected 1, found a set of fields.');
    expect(say('const', { allowedValue: 1 }, [1, 2])).toBe('Expected 1, found a list.');
    expect(say('const', { allowedValue: 1 }, { a: 1 })).toBe('Expected 1, found a set of fields.');
    expect(say('const', { allowedValue: 1 }, false)).toBe('Expected 1, found false.');
  });
});
