/**
 * Reading tables as a person fills them in: what is read, what is skipped, and every problem as an error
 * naming the file, the cell and the fix.
 */
import { describe, expect, it } from 'vitest';
import { documentsToTables } from '../../src/tabular/to-tables.js';
import { tablesToDocuments } from '../../src/tabular/from-tables.js';
import type { CellValue, SheetData, TableSet } from '../../src/tabular/types.js';
import { columnName } from '../../src/tabular/types.js';

type Json = Record<string, unknown>;

const STUDY: Json = {
  checklistVersion: '1.1',
  study: { title: 'EVs after nerve injury', design: ['in-vivo'] },
  storage: { form: { value: 'frozen' }, temperature: { value: -80, unit: '°C', where: 'Methods 2.4' } },
  production: {
    preparation: { value: 'ev' },
    preparations: [
      { id: 'ev', label: 'EVs' },
      { id: 'depleted', label: 'EV-depleted' },
    ],
  },
  doseAdministration: {
    route: { value: 'intravenous' },
    arms: [
      { id: 'low', preparationId: 'ev', volume: { volume: { value: 100, unit: 'µL' } } },
      { id: 'high', preparationId: 'ev' },
    ],
  },
};

/** A fresh workbook of the given studies, as `convert` writes it. */
function workbook(studies: Record<string, Json> = { 'ref-107': STUDY }): TableSet {
  return documentsToTables(Object.entries(studies).map(([id, document]) => ({ id, document })));
}

function sheet(tables: TableSet, name: string): SheetData {
  return tables.sheets.find((candidate) => candidate.name === name)!;
}

/** 1-based column of a key on a sheet (row 3 holds the keys). */
function columnOf(tables: TableSet, name: string, key: string): number {
  const at = sheet(tables, name).rows[2]!.indexOf(key);
  if (at < 0) throw new Error(`no column ${key} on ${name}`);
  return at + 1;
}

/** Writes a cell as a user would: sheet, key of its column, 1-based row. */
function setCell(tables: TableSet, name: string, key: string, row: number, value: CellValue): string {
  const column = columnOf(tables, name, key);
  const rows = sheet(tables, name).rows;
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1]!;
  while (cells.length < column) cells.push(null);
  cells[column - 1] = value;
  return `${columnName(column)}${row}`;
}

function read(tables: TableSet) {
  return tablesToDocuments(tables, 'studies.xlsx');
}

describe('reading what a person wrote', () => {
  it('a workbook written by convert reads back as its documents', () => {
    const result = read(workbook());
    expect(result.errors).toEqual([]);
    expect(result.studies.map((study) => study.id)).toEqual(['ref-107']);
    expect(result.studies[0]!.document).toEqual(STUDY);
    expect(result.version).toBe('1.1');
  });

  it('"not reported" in the first cell of an item, its other cells empty, is the item not reported (its where kept beside it)', () => {
    const tables = workbook();
    setCell(tables, 'Studies', 'storage.temperature.value', 4, 'not reported');
    setCell(tables, 'Studies', 'storage.temperature.unit', 4, null);
    const result = read(tables);
    expect((result.studies[0]!.document.storage as Json).temperature).toEqual({ notReported: true, where: 'Methods 2.4' });
  });

  it('"not reported" beside a filled cell is that detail not reported', () => {
    const tables = workbook();
    setCell(tables, 'Studies', 'storage.temperature.value', 4, 'NR');
    const result = read(tables);
    expect((result.studies[0]!.document.storage as Json).temperature).toEqual({ value: { notReported: true }, unit: '°C', where: 'Methods 2.4' });
  });

  it('"−80 °C" typed in the value cell, with the unit cell empty, gives the value and the unit', () => {
    const tables = workbook();
    setCell(tables, 'Studies', 'storage.temperature.value', 4, '−80 °C');
    setCell(tables, 'Studies', 'storage.temperature.unit', 4, null);
    const result = read(tables);
    expect(result.errors).toEqual([]);
    expect((result.studies[0]!.document.storage as Json).temperature).toEqual({ value: -80, unit: '°C', where: 'Methods 2.4' });
  });

  it('a range typed in the value cell, "350–450 µL", fills the range and the unit', () => {
    const tables = workbook();
    setCell(tables, 'Arms', 'doseAdministration.volume.volume.value', 4, '350–450 µL');
    setCell(tables, 'Arms', 'doseAdministration.volume.volume.unit', 4, null);
    const result = read(tables);
    expect(result.errors).toEqual([]);
    const arms = (result.studies[0]!.document.doseAdministration as Json).arms as Json[];
    expect(arms[0]!.volume).toEqual({ volume: { range: { min: 350, max: 450 }, unit: 'µL' } });
  });

  it('an empty version cell is the version of the workbook (a person filling in the template leaves it empty)', () => {
    const tables = workbook();
    setCell(tables, 'Studies', 'checklistVersion', 4, null);
    expect(read(tables).studies[0]!.document).toEqual(STUDY);
  });

  it('a document without a version is written so that it reads back without one', () => {
    const { checklistVersion: _, ...unversioned } = STUDY;
    const tables = workbook({ 'ref-107': unversioned });
    expect(read(tables).studies[0]!.document).toEqual(unversioned);
  });

  it('"1.0" that a spreadsheet turned into the number 1 is still the version "1.0"', () => {
    const tables = documentsToTables([{ id: 'old', document: { checklistVersion: '1.0' } }], '1.0');
    setCell(tables, 'Studies', 'checklistVersion', 4, 1);
    expect(read(tables).studies[0]!.document).toEqual({ checklistVersion: '1.0' });
  });

  it('numbers written as text (a CSV file) are numbers: "2×10^6" is 2000000', () => {
    const tables = workbook();
    setCell(tables, 'Arms', 'doseAdministration.volume.volume.value', 4, '2×10^6');
    const arms = (read(tables).studies[0]!.document.doseAdministration as Json).arms as Json[];
    expect(arms[0]!.volume).toEqual({ volume: { value: 2_000_000, unit: 'µL' } });
  });

  it('readable titles in place of the key row are read the same (the key row deleted)', () => {
    const tables = workbook();
    for (const data of tables.sheets) data.rows.splice(2, 1);
    const result = read(tables);
    expect(result.errors).toEqual([]);
    expect(result.studies[0]!.document).toEqual(STUDY);
  });

  it('empty rows, section-label rows and a repeated header between the data are skipped', () => {
    const tables = workbook();
    const rows = sheet(tables, 'Arms').rows;
    rows.splice(4, 0, [], [null, null, 'Dose and administration'], [...rows[1]!]);
    const result = read(tables);
    expect(result.errors).toEqual([]);
    expect(result.studies[0]!.document).toEqual(STUDY);
  });

  it('rows above the header (a title, the section row) are not data', () => {
    const tables = workbook();
    sheet(tables, 'Studies').rows.unshift(['My review, coded by two people'], []);
    expect(read(tables).studies[0]!.document).toEqual(STUDY);
  });

  it('sheets without a studyId header (About, Lists, a sheet of notes) are not data', () => {
    const tables = workbook();
    tables.sheets.unshift({ name: 'About', rows: [['How to fill this in'], ['Write "not reported" when the paper does not say.']] });
    tables.sheets.push({ name: 'Lists', rows: [['frozen', 'fresh']] });
    expect(read(tables).errors).toEqual([]);
  });

  it('CSV files are told apart by their header: a sheet with a preparationId column holds preparations', () => {
    const tables = workbook();
    const named = tables.sheets.map((data, index) => ({ ...data, name: ['studies', 'ref-preps', 'ref-arms'][index]!, file: `${['studies', 'ref-preps', 'ref-arms'][index]}.csv` }));
    const result = tablesToDocuments({ sheets: named }, 'studies.csv');
    expect(result.errors).toEqual([]);
    expect(result.studies[0]!.document).toEqual(STUDY);
  });

  it('an Arms CSV with titles for keys is told apart by its "Arm id" column, wherever its "Preparation id" column is', () => {
    const tables = workbook();
    const arms = sheet(tables, 'Arms');
    const rows = arms.rows.slice(1).filter((_, index) => index !== 1).map((row): CellValue[] => [row[0] ?? null, row[3] ?? null, row[1] ?? null, row[2] ?? null, ...row.slice(4)]);
    const result = tablesToDocuments({ sheets: [sheet(tables, 'Studies'), sheet(tables, 'Preparations'), { name: 'arms', file: 'arms.csv', rows }] }, 'studies.csv');
    expect(result.errors).toEqual([]);
    expect(result.studies[0]!.document).toEqual(STUDY);
  });

  it('a Studies sheet alone is a complete input: studies without per-preparation or per-arm values', () => {
    const tables = workbook({ 'ref-102': { checklistVersion: '1.1', storage: { form: { value: 'fresh' } } } });
    const result = tablesToDocuments({ sheets: [sheet(tables, 'Studies')] }, 'studies.csv');
    expect(result.errors).toEqual([]);
    expect(result.studies[0]!.document).toEqual({ checklistVersion: '1.1', storage: { form: { value: 'fresh' } } });
  });

  it('under checklist 1.0, which has no detail states, "not reported" in the first cell of an item is still the item not reported', () => {
    const tables = documentsToTables([{ id: 'old', document: { checklistVersion: '1.0', storage: { freezeThaw: { cycles: 1, where: 'Methods' } } } }], '1.0');
    setCell(tables, 'Studies', 'storage.freezeThaw.cycles', 4, 'not reported');
    const result = read(tables);
    expect(result.version).toBe('1.0');
    expect(result.studies[0]!.document).toEqual({ checklistVersion: '1.0', storage: { freezeThaw: { notReported: true, where: 'Methods' } } });
  });

  it('ids are plain text, whatever they start with (a file stem such as "[draft] ref-107")', () => {
    const result = read(workbook({ '[draft] ref-107': STUDY }));
    expect(result.errors).toEqual([]);
    expect(result.studies[0]!.id).toBe('[draft] ref-107');
  });

  it('a 1.0 workbook is read with the 1.0 layout (its headers say so)', () => {
    const document = { checklistVersion: '1.0', storage: { freezeThaw: { cycles: 1 } } };
    const result = read(documentsToTables([{ id: 'old', document }], '1.0'));
    expect(result.version).toBe('1.0');
    expect(result.studies[0]!.document).toEqual(document);
  });
});

describe('problems name the file, the cell and the fix', () => {
  it('a cell saying "not applicable" without a reason is an error naming the cell, and the study is not read', () => {
    const tables = workbook();
    const cell = setCell(tables, 'Studies', 'storage.form.value', 4, 'not applicable');
    const result = read(tables);
    expect(result.studies).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'bad-cell',
        file: 'studies.xlsx',
        sheet: 'Studies',
        cell,
        line: 4,
        message: 'Storage form · value: "not applicable" needs a reason.',
        hint: expect.stringContaining('not applicable: <why>'),
      }),
    ]);
  });

  it('text in a number column is an error naming the cell and what to write; other studies are still read', () => {
    const tables = workbook({ a: STUDY, b: STUDY });
    const cell = setCell(tables, 'Arms', 'doseAdministration.volume.volume.value', 6, 'a hundred');
    const result = read(tables);
    expect(result.studies.map((study) => study.id)).toEqual(['a']);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'bad-cell', sheet: 'Arms', cell, message: expect.stringContaining('"a hundred" is not a number.'), hint: expect.stringContaining('2×10^6') })]);
  });

  it('a value under an unknown column is an error suggesting the column meant', () => {
    const tables = workbook();
    const column = columnOf(tables, 'Studies', 'storage.temperature.value');
    sheet(tables, 'Studies').rows[2]![column - 1] = 'storage.temprature.value';
    const result = read(tables);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'unknown-column',
        sheet: 'Studies',
        cell: `${columnName(column)}4`,
        message: expect.stringContaining(`"storage.temprature.value" (${columnName(column)}3)`),
        hint: 'Did you mean "storage.temperature.value"? Rename the heading, or move the value.',
      }),
    ]);
  });

  it('an unknown column left empty is no problem (a person may add a column for their own notes and not use it)', () => {
    const tables = workbook();
    sheet(tables, 'Studies').rows[2]!.push('coder');
    expect(read(tables).errors).toEqual([]);
  });

  it('a value in a column a person added (a title in row 2, no key in row 3) is an error naming that title and the empty key cell', () => {
    const tables = workbook();
    const rows = sheet(tables, 'Studies').rows;
    const column = rows[2]!.length + 1;
    rows[1]![column - 1] = 'My comments';
    rows[3]![column - 1] = 'check the dose again';
    const result = read(tables);
    expect(result.studies).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'unknown-column',
        sheet: 'Studies',
        cell: `${columnName(column)}4`,
        message: `the cell holds a value under "My comments" (${columnName(column)}2), a column the checker does not know: its key cell ${columnName(column)}3 is empty, so the value would be lost.`,
        hint: expect.stringContaining('a remark fits a "… note" column'),
      }),
    ]);
  });

  it('a Preparations row whose studyId matches no study is an error suggesting the id meant', () => {
    const tables = workbook();
    const cell = setCell(tables, 'Preparations', 'studyId', 5, 'ref-170');
    const result = read(tables);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'unknown-study', sheet: 'Preparations', cell, message: 'the study id "ref-170" names no row of the Studies sheet.', hint: 'Did you mean "ref-107"?' })]);
  });

  it('two studies with the same id: the second is an error naming the first row (and the rows of the study renamed away name no study)', () => {
    const tables = workbook({ a: STUDY, b: STUDY });
    const cell = setCell(tables, 'Studies', 'studyId', 5, 'a');
    const result = read(tables);
    expect(result.errors[0]).toEqual(expect.objectContaining({ code: 'duplicate-id', sheet: 'Studies', cell, message: 'the study id "a" is already used by row 4.' }));
    expect(new Set(result.errors.slice(1).map((error) => `${error.code} ${error.sheet}`))).toEqual(new Set(['unknown-study Preparations', 'unknown-study Arms']));
  });

  it('two arms of one study with the same id are an error; the same arm id in two studies is fine', () => {
    const tables = workbook({ a: STUDY, b: STUDY });
    expect(read(tables).errors).toEqual([]);
    const cell = setCell(tables, 'Arms', 'armId', 5, 'low');
    const result = read(tables);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'duplicate-id', sheet: 'Arms', cell, message: 'the arm id "low" is already used for study "a" by row 4.' })]);
    expect(result.studies.map((study) => study.id)).toEqual(['b']);
  });

  it('a row with values but no study id is an error asking for one', () => {
    const tables = workbook({ a: { checklistVersion: '1.1', storage: { form: { value: 'fresh' } } } });
    const cell = setCell(tables, 'Studies', 'studyId', 4, null);
    expect(read(tables).errors).toEqual([expect.objectContaining({ code: 'missing-id', sheet: 'Studies', cell, message: 'the row has values but no study id.' })]);
  });

  it('a sheet named Arms without a header row is an error saying which row is missing', () => {
    const tables = workbook();
    sheet(tables, 'Arms').rows.splice(0, 3);
    const result = read(tables);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'missing-header', sheet: 'Arms', message: 'the sheet has no header row with a "studyId" column.' })]);
  });

  it('tables without a Studies sheet are an error: arms name their study there', () => {
    const tables = workbook();
    const result = tablesToDocuments({ sheets: [sheet(tables, 'Arms')] }, 'arms.csv');
    expect(result.errors).toEqual([expect.objectContaining({ code: 'missing-sheet', file: 'arms.csv' })]);
  });

  it('the Other fields cell setting what a column sets is an error naming both cells', () => {
    const tables = workbook();
    const cell = setCell(tables, 'Studies', 'extra', 4, '{ storage: { temperature: { value: -20 } } }');
    const valueCell = `${columnName(columnOf(tables, 'Studies', 'storage.temperature.value'))}4`;
    expect(read(tables).errors).toEqual([expect.objectContaining({ code: 'conflicting-cells', cell, message: `the "Other fields" cell sets storage.temperature.value, which the row's columns set too (also set in ${valueCell}).` })]);
  });

  it('a study is bounded like a YAML file: more arms than --max-array-length is an error at the first arm over it', () => {
    const many = { ...STUDY, doseAdministration: { arms: Array.from({ length: 12 }, (_, index) => ({ id: `arm-${index + 1}` })) } };
    const result = tablesToDocuments(workbook({ many }), 'studies.xlsx', { limits: { maxArrayLength: 10 } });
    expect(result.studies).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'too-many-items', sheet: 'Arms', cell: 'B14', message: 'study "many": a list has more than 10 entries.', hint: expect.stringContaining('--max-array-length') })]);
  });

  it('a file with 150 bad cells lists the first 100 and counts the other 50', () => {
    const studies = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`s${index + 1}`, { checklistVersion: '1.1', storage: { temperature: { value: 4, unit: '°C' } } }]));
    const tables = workbook(studies);
    for (let row = 4; row < 154; row++) setCell(tables, 'Studies', 'storage.temperature.value', row, 'cold');
    const result = read(tables);
    expect(result.studies).toEqual([]);
    expect(result.errors).toHaveLength(101);
    expect(result.errors[99]).toMatchObject({ code: 'bad-cell', line: 103 });
    expect(result.errors[100]).toEqual({ code: 'bad-cell', file: 'studies.xlsx', sheet: 'Studies', message: 'and 50 more problems (the first 100 are listed above).', hint: 'Fix those, then check the file again.' });
  });

  it('an error in a CSV file read beside the workbook names that file', () => {
    const tables = workbook();
    const arms = { ...sheet(tables, 'Arms'), file: 'arms.csv' };
    setCell({ sheets: [arms] }, 'Arms', 'doseAdministration.volume.volume.value', 4, 'lots');
    const result = tablesToDocuments({ sheets: [sheet(tables, 'Studies'), sheet(tables, 'Preparations'), arms] }, 'studies.csv');
    expect(result.errors).toEqual([expect.objectContaining({ file: 'arms.csv', sheet: 'Arms' })]);
  });
});

describe('the source map points at cells', () => {
  const tables = workbook();
  const study = read(tables).studies[0]!;
  const cellOf = (name: string, key: string, row: number) => `${columnName(columnOf(tables, name, key))}${row}`;

  it('a value points at its cell', () => {
    expect(study.sourceMap.locate('/storage/temperature/unit')).toMatchObject({ sheet: 'Studies', cell: cellOf('Studies', 'storage.temperature.unit', 4), line: 4 });
  });

  it('a per-arm value points at the cell on the Arms sheet', () => {
    expect(study.sourceMap.locate('/doseAdministration/arms/0/volume/volume/value')).toMatchObject({ sheet: 'Arms', cell: cellOf('Arms', 'doseAdministration.volume.volume.value', 4) });
  });

  it('a missing value points at the empty cell where it belongs', () => {
    expect(study.sourceMap.locate('/doseAdministration/arms/1/volume')).toMatchObject({ sheet: 'Arms', cell: cellOf('Arms', 'doseAdministration.volume.volume.value', 5) });
    expect(study.sourceMap.locate('/storage/duration')).toMatchObject({ sheet: 'Studies', cell: cellOf('Studies', 'storage.duration.value', 4) });
  });

  it('a whole arm points at its id cell; the document at the study id', () => {
    expect(study.sourceMap.locate('/doseAdministration/arms/1')).toMatchObject({ sheet: 'Arms', cell: 'B5' });
    expect(study.sourceMap.locate('')).toMatchObject({ sheet: 'Studies', cell: 'A4' });
    expect(study.row).toEqual({ sheet: 'Studies', row: 4, column: 1 });
  });
});
