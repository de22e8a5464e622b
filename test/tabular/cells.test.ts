/** The cell grammar (docs/spreadsheets.md, "Cells"): what a cell says, read and written the same way. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { parseNumber, parseQuantity, readCell, writeCell } from '../../src/tabular/cells.js';
import { workbookLayout } from '../../src/tabular/layout.js';
import type { Column } from '../../src/tabular/types.js';

const studies = workbookLayout('1.1').sheets[0]!.columns;
const preparations = workbookLayout('1.1').sheets[1]!.columns;
function column(key: string, columns: readonly Column[] = studies): Column {
  const found = columns.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
}

const temperature = column('storage.temperature.value');
const form = column('storage.form.value');
const where = column('storage.temperature.where');
const design = column('study.design');
const markers = column('characterization.evMarkersPositive.transmembrane');
const passages = column('isolationExpansion.passage.passage');
const tests = column('outcomes.tests.tests');
const pooled = column('cellSource.donors.pooled');
const health = column('cellSource.donors.health');

describe('numbers are read as papers write them', () => {
  it.each([
    ['2000000', 2_000_000],
    ['2e6', 2_000_000],
    ['2E6', 2_000_000],
    ['2×10^6', 2_000_000],
    ['2 × 10^6', 2_000_000],
    ['2x10^6', 2_000_000],
    ['2·10⁶', 2_000_000],
    ['2 x 10⁶', 2_000_000],
    ['10^6', 1_000_000],
    ['1.5×10^-3', 0.0015],
    ['2 000 000', 2_000_000],
    ['2\u202F000\u202F000', 2_000_000],
    ['2,000,000', 2_000_000],
    ['−80', -80],
    ['-80', -80],
    ['0.12', 0.12],
    ['.5', 0.5],
    ['2,5', 2.5],
    ['0,12', 0.12],
  ])('"%s" is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['2 00 000', 'twelve', '1,2,3', '2×10^', '', '1e999', '12 mg'])('"%s" is not a number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('a percentage may carry its sign, "98.9 %", where the field is a percentage; elsewhere "%" is not a number', () => {
    const confluence = column('production.cellsAtCollection.confluencePercent');
    expect(confluence.percent).toBe(true);
    expect(readCell(confluence, '98.9 %')).toEqual({ type: 'value', value: 98.9, exact: false });
    expect(readCell(confluence, '80%')).toEqual({ type: 'value', value: 80, exact: false });
    expect(readCell(temperature, '80%').type).toBe('problem');
  });

  it('a number cell stays the number it is', () => {
    expect(readCell(temperature, -80)).toEqual({ type: 'value', value: -80, exact: false });
  });

  it('text that is not a number, in a number column, is a problem that says what to write', () => {
    const read = readCell(temperature, 'cold');
    expect(read).toMatchObject({ type: 'problem', message: '"cold" is not a number.' });
    expect(read.type === 'problem' && read.hint).toMatch(/2×10\^6.*-80 °C.*not reported/);
  });
});

describe('a value and its unit', () => {
  it('"−80 °C" typed in the value cell gives the value and the unit', () => {
    expect(parseQuantity('−80 °C', temperature.units!)).toEqual({ value: -80, unit: '°C' });
  });

  it('the longest unit that ends the text is taken (µg/mL is not mL)', () => {
    expect(parseQuantity('2 µg/mL', ['mL', 'µg/mL'])).toEqual({ value: 2, unit: 'µg/mL' });
  });

  it('a unit the column does not offer is not read as one', () => {
    expect(parseQuantity('-80 kelvin', temperature.units!)).toBeUndefined();
  });
});

describe('not reported and not applicable', () => {
  it.each(['not reported', 'Not reported', 'NOT REPORTED', 'NR', 'nr', 'not-reported'])('"%s" is { notReported: true }', (text) => {
    expect(readCell(temperature, text)).toEqual({ type: 'state', state: { notReported: true } });
  });

  it.each([
    ['not applicable: used fresh', 'used fresh'],
    ['N/A: the secretome was used fresh', 'the secretome was used fresh'],
    ['Not applicable:   in-vitro study  ', 'in-vitro study'],
  ])('"%s" is { notApplicable: "%s" }', (text, reason) => {
    expect(readCell(form, text)).toEqual({ type: 'state', state: { notApplicable: reason } });
  });

  it.each(['not applicable', 'N/A', 'n/a:', 'NA'])('a cell saying "%s" without a reason is an error that asks for the reason', (text) => {
    const read = readCell(temperature, text);
    expect(read).toMatchObject({ type: 'problem', message: '"not applicable" needs a reason.' });
    expect(read.type === 'problem' && read.hint).toContain('not applicable: <why>');
  });

  it('in a column that cannot be not reported (a where), the words are just text', () => {
    expect(readCell(where, 'not reported')).toEqual({ type: 'value', value: 'not reported', exact: false });
  });

  it('the writer writes states in words, and text that reads as a state in double quotes', () => {
    expect(writeCell(temperature, { notReported: true })).toBe('not reported');
    expect(writeCell(form, { notApplicable: 'used fresh' })).toBe('not applicable: used fresh');
    expect(writeCell(health, 'not reported')).toBe('"not reported"');
    expect(readCell(health, '"not reported"')).toEqual({ type: 'value', value: 'not reported', exact: true });
  });
});

describe('lists in one cell', () => {
  it('entries are split on ";" and trimmed', () => {
    expect(readCell(design, 'in-vivo; in-vitro')).toEqual({ type: 'value', value: ['in-vivo', 'in-vitro'], exact: false });
    expect(readCell(markers, ' CD9 ;CD63;  CD81 ')).toEqual({ type: 'value', value: ['CD9', 'CD63', 'CD81'], exact: false });
  });

  it('"|" separates entries when the cell has no ";"', () => {
    expect(readCell(markers, 'CD9 | CD63')).toEqual({ type: 'value', value: ['CD9', 'CD63'], exact: false });
  });

  it('one entry is a list of one', () => {
    expect(readCell(design, 'clinical')).toEqual({ type: 'value', value: ['clinical'], exact: false });
  });

  it('the writer joins entries with "; ", and writes a list whose entries hold ";" as YAML flow', () => {
    expect(writeCell(markers, ['CD9', 'CD63'])).toBe('CD9; CD63');
    const written = writeCell(markers, ['CD9; CD63', 'CD81']);
    expect(written).toMatch(/^\[/);
    expect(readCell(markers, written!)).toEqual({ type: 'value', value: ['CD9; CD63', 'CD81'], exact: true });
  });
});

describe('booleans', () => {
  it.each([
    ['yes', true],
    ['TRUE', true],
    ['no', false],
    ['false', false],
  ])('"%s" is %s', (text, value) => {
    expect(readCell(pooled, text)).toEqual({ type: 'value', value, exact: false });
  });

  it('anything else is a problem naming what to write', () => {
    expect(readCell(pooled, 'maybe')).toMatchObject({ type: 'problem', message: '"maybe" is not true or false.' });
  });
});

describe('YAML flow cells', () => {
  it('a list of objects is one YAML flow cell, read with the project parser', () => {
    const value = [{ test: 'von-frey', modality: 'mechanical-allodynia' }];
    const written = writeCell(tests, value);
    expect(written).toBe('[ { test: von-frey, modality: mechanical-allodynia } ]');
    expect(readCell(tests, written!)).toEqual({ type: 'value', value, exact: true });
  });

  it('broken YAML in a YAML column is a problem that says how to write it', () => {
    const read = readCell(tests, '[{ test: von-frey }');
    expect(read.type).toBe('problem');
    expect(read.type === 'problem' && read.message).toMatch(/YAML/);
  });

  it('YAML over the limits is refused like a YAML file over them', () => {
    const read = readCell(tests, `[${Array.from({ length: 20 }, () => '1').join(', ')}]`, { limits: { ...DEFAULT_LIMITS, maxArrayLength: 10 } });
    expect(read).toMatchObject({ type: 'problem' });
    expect(read.type === 'problem' && read.message).toMatch(/more than 10 entries/);
  });

  it('text that merely starts with a bracket stays text in a text column', () => {
    expect(readCell(health, '[sic] healthy')).toEqual({ type: 'value', value: '[sic] healthy', exact: false });
  });

  it('a detail state with its where is written as YAML flow when words cannot say it', () => {
    const value = { notReported: true, where: 'Methods 2.1' };
    const written = writeCell(passages, value);
    expect(readCell(passages, written!)).toEqual({ type: 'value', value, exact: true });
  });
});

describe('writer and reader agree on every text', () => {
  it('any text written into a text, choice or list column reads back as that text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(health, where, form, column('production.label', preparations)), (text, target) => {
        const cell = writeCell(target, text);
        expect(cell).not.toBeUndefined();
        const read = readCell(target, cell!);
        expect(read.type === 'value' ? read.value : read).toEqual(text);
      }),
      { numRuns: 500 },
    );
  });

  it('plain text is written as it is, without quotes', () => {
    expect(writeCell(health, 'Healthy donors, 25–40 years')).toBe('Healthy donors, 25–40 years');
  });

  it('any finite number written into a number column reads back as that number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const cell = writeCell(temperature, value);
        const read = readCell(temperature, String(cell));
        expect(read.type === 'value' ? read.value : read).toBe(Object.is(value, -0) ? 0 : value);
      }),
      { numRuns: 500 },
    );
  });
});

describe('habits of people typing into a spreadsheet', () => {
  const sex = column('cellSource.donors.sex');
  const cellCount = column('production.cellsAtCollection.cellCount');
  const analytes = column('qualityControl.residuals.analytes');
  const volume = column('doseAdministration.volume.volume.value', workbookLayout('1.1').sheets[2]!.columns);

  it.each(['n.r.', 'N.R.', 'n.r', 'n. r.'])('"%s", as tables in papers abbreviate it, is { notReported: true }', (text) => {
    expect(readCell(temperature, text)).toEqual({ type: 'state', state: { notReported: true } });
  });

  it('the writer keeps a text that reads "n.r." as that text', () => {
    expect(readCell(health, String(writeCell(health, 'n.r.')))).toEqual({ type: 'value', value: 'n.r.', exact: true });
  });

  it('choices written with commas, "female, male", are the choices (every part is one, the whole is none)', () => {
    expect(readCell(sex, 'female, male')).toEqual({ type: 'value', value: ['female', 'male'], exact: false });
  });

  it('a list of text written with commas is a problem asking for ";", not one entry read silently', () => {
    const read = readCell(markers, 'CD9, CD63, CD81');
    expect(read).toMatchObject({ type: 'problem', message: '"CD9, CD63, CD81" is separated by commas; in a list cell entries are separated by ";".' });
    expect(read.type === 'problem' && read.hint).toBe('Write CD9; CD63; CD81 for 3 entries, or end the cell with ";" (CD9, CD63, CD81;) if it is one entry with commas in it.');
    expect(readCell(sex, 'female, males').type).toBe('problem');
  });

  it('a trailing ";" keeps one entry with commas in it, and the writer writes such an entry that way', () => {
    expect(readCell(analytes, 'bovine serum albumin, by ELISA;')).toEqual({ type: 'value', value: ['bovine serum albumin, by ELISA'], exact: false });
    expect(writeCell(analytes, ['bovine serum albumin, by ELISA'])).toBe('bovine serum albumin, by ELISA;');
    expect(writeCell(analytes, ['bovine serum albumin, by ELISA', 'antibiotics'])).toBe('bovine serum albumin, by ELISA; antibiotics');
  });

  it('any list of text written into a list column reads back as that list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(markers, analytes, sex), (entries, target) => {
        const cell = writeCell(target, entries);
        const read = readCell(target, cell!);
        expect(read.type === 'value' ? read.value : read).toEqual(entries);
      }),
      { numRuns: 500 },
    );
  });

  it('"3, 5" is not read as 3.5 (a decimal comma has no space after it): it is a list, and not a number', () => {
    expect(parseNumber('3, 5')).toBeUndefined();
    expect(parseNumber('3,5')).toBe(3.5);
    expect(readCell(passages, '3, 5').type).toBe('problem');
  });

  it('a unit the column does not offer after a number is named, with the unit meant: "20 µl"', () => {
    const read = readCell(volume, '20 µl');
    expect(read).toMatchObject({ type: 'problem', message: expect.stringMatching(/^"20 µl": "µl" is not one of this column's units \(.*µL.*\)\.$/) });
    expect(read.type === 'problem' && read.hint).toBe('Did you mean "µL"? Write the number alone here (20) and choose the unit from the list in the unit column beside it.');
    expect(readCell(volume, '2 Ml')).toMatchObject({ hint: expect.stringContaining('Did you mean "mL"?') });
  });

  it('words after a number in a column without a unit are named: "1.5e9 particles"', () => {
    expect(readCell(cellCount, '1.5e9 particles')).toMatchObject({ type: 'problem', message: '"1.5e9 particles": the column takes a number alone, without "particles".', hint: expect.stringContaining('Write 1.5e9') });
  });
});
