/**
 * Lossless: document → tables → document is the same document (key order aside) for every example, every
 * study of the review corpus, the checklist 1.0 fixtures, and documents generated from the 1.1 schema;
 * also when the tables pass through CSV text, where every cell is text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { readDelimited, writeDelimited } from '../../src/tabular/delimited.js';
import { documentsToTables } from '../../src/tabular/to-tables.js';
import { tablesToDocuments } from '../../src/tabular/from-tables.js';
import type { TableSet } from '../../src/tabular/types.js';
import { ROOT } from '../helpers.js';
import { document11 } from './arbitrary.js';
import { unitDocument } from '../robustness/documents.js';

type Json = Record<string, unknown>;

function load(dir: string): Array<{ id: string; document: Json }> {
  return readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const parsed = parseReportText(readFileSync(join(ROOT, dir, name), 'utf8'), { filename: name });
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
      return { id: name.replace(/\.yaml$/, ''), document: parsed.document as Json };
    });
}

/** Every sheet written as CSV text and read back: what a CSV set gives the reader. */
function throughCsv(tables: TableSet): TableSet {
  return {
    sheets: tables.sheets.map((sheet) => {
      const read = readDelimited(writeDelimited(sheet), { file: `${sheet.name.toLowerCase()}.csv`, sheet: sheet.name });
      if (!read.ok) throw new Error(read.error.message);
      return read.sheet;
    }),
  };
}

function roundTrip(studies: Array<{ id: string; document: Json }>, via: (tables: TableSet) => TableSet = (tables) => tables) {
  const back = tablesToDocuments(via(documentsToTables(studies)), 'studies.xlsx');
  return { errors: back.errors, documents: Object.fromEntries(back.studies.map((study) => [study.id, study.document])) };
}

const examples = load('examples');
const corpus = load('examples/review-2025');
const fixtures10 = load('test/fixtures/documents-1.0');

describe('document → tables → document is the same document', () => {
  it.each([
    ['the five examples', examples],
    ['the 30 studies of the review corpus', corpus],
    ['the checklist 1.0 fixtures', fixtures10],
  ])('for %s, in one workbook', (_, studies) => {
    const { errors, documents } = roundTrip(studies);
    expect(errors).toEqual([]);
    expect(documents).toEqual(Object.fromEntries(studies.map(({ id, document }) => [id, document])));
  });

  it('for the corpus through CSV files, where every number is text', () => {
    const { errors, documents } = roundTrip(corpus, throughCsv);
    expect(errors).toEqual([]);
    expect(documents).toEqual(Object.fromEntries(corpus.map(({ id, document }) => [id, document])));
  });

  it('puts every corpus value in its own columns: none needs the Other fields cell', () => {
    const tables = documentsToTables([...examples, ...corpus]);
    for (const sheet of tables.sheets) {
      const extraColumn = sheet.rows[2]!.indexOf('extra');
      expect(sheet.rows.slice(3).filter((row) => row[extraColumn] !== null)).toEqual([]);
    }
  });

  it('for any document generated from the 1.1 schema (detail states, doses, arms, overrides out of row order)', () => {
    fc.assert(
      fc.property(document11, (document) => {
        const { errors, documents } = roundTrip([{ id: 'generated', document }]);
        expect(errors).toEqual([]);
        expect(documents.generated).toEqual(document);
      }),
      { numRuns: 60 },
    );
  });

  it('for generated documents through CSV text', () => {
    fc.assert(
      fc.property(document11, (document) => {
        const { errors, documents } = roundTrip([{ id: 'generated', document }], throughCsv);
        expect(errors).toEqual([]);
        expect(documents.generated).toEqual(document);
      }),
      { numRuns: 30 },
    );
  });

  it('for the 1.0 property documents with preparations, arms and per-unit values', () => {
    fc.assert(
      fc.property(unitDocument, (document) => {
        const { errors, documents } = roundTrip([{ id: 'unit', document }]);
        expect(errors).toEqual([]);
        expect(documents.unit).toEqual(document);
      }),
      { numRuns: 40 },
    );
  });
});

/** Paths of every text and number in a document, except the ids that name preparations and arms. */
function leafPaths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (Array.isArray(value)) value.forEach((entry, index) => leafPaths(entry, [...path, String(index)], out));
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) leafPaths(child, [...path, key], out);
  else if ((typeof value === 'string' || typeof value === 'number') && !['id', 'preparationId', 'armId', 'checklistVersion'].includes(path.at(-1)!)) out.push(path);
  return out;
}

function replaced(document: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(document);
  let holder = copy as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) holder = holder[segment] as Record<string, unknown>;
  holder[path.at(-1)!] = value;
  return copy;
}

const awkwardText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom('not reported', 'NR', 'not applicable: used fresh', 'N/A', '[sic]', '{ x }', '"quoted"', ' leading', 'trailing ', 'a; b', 'x | y', '2×10^6', '-80 °C', 'true', '12', '=1+1', 'two\nlines'),
);

describe('every text and number of a real study stays in its own column, whatever it says', () => {
  const cases = corpus.slice(0, 12).flatMap(({ id, document }) => leafPaths(document).map((path) => ({ id, document, path })));

  it('texts that look like states, lists, YAML, numbers or formulas, and texts with outer spaces', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), awkwardText, fc.double({ noNaN: true, noDefaultInfinity: true }), ({ id, document, path }, text, number) => {
        const original = replaced(document, path, typeof resolveAt(document, path) === 'number' ? (Object.is(number, -0) ? 0 : number) : text);
        const tables = documentsToTables([{ id, document: original }]);
        for (const sheet of tables.sheets) {
          const extraColumn = sheet.rows[2]!.indexOf('extra');
          expect(sheet.rows.slice(3).map((row) => row[extraColumn])).toEqual(sheet.rows.slice(3).map(() => null));
        }
        const back = tablesToDocuments(throughCsv(tables), 'studies.csv');
        expect(back.errors).toEqual([]);
        expect(back.studies[0]!.document).toEqual(original);
      }),
      { numRuns: 150 },
    );
  });
});

function resolveAt(document: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], document);
}
