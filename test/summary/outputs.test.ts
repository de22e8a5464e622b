// The outputs of `summary`, run in-process as a user runs it: the tidy CSV is data R or pandas can read,
// Markdown, JSON and HTML say the same numbers, evidence tables come with --tables, and bad input gets a
// one-line error naming the file while the other studies are still summarised.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_COLUMNS } from '../../src/summary/evidence/csv.js';
import { TIDY_COLUMNS } from '../../src/summary/formats/csv.js';
import { REPORTING_STATES, type Summary } from '../../src/summary/types.js';
import { STACK_LINE, runInProcess } from '../robustness/harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = 'examples/review-2025/';
let json: Summary;

beforeAll(async () => {
  const result = await runInProcess(['summary', CORPUS, '--format', 'json'], ROOT);
  expect(result.code).toBe(0);
  json = JSON.parse(result.stdout) as Summary;
});

describe('the tidy CSV', () => {
  it('has one row per study × item, with the documented columns, readable by a CSV parser', async () => {
    const result = await runInProcess(['summary', CORPUS, '--format', 'csv'], ROOT);
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...TIDY_COLUMNS]);
    expect(rows).toHaveLength(json.studies.length * json.items.length);
    expect(new Set(rows.map((row) => row['state']))).toEqual(new Set(REPORTING_STATES));
    // Not applicable: no credit (NA in R), never a word in a numeric column.
    expect(rows.filter((row) => row['state'] === 'not-applicable').every((row) => row['credit'] === '')).toBe(true);
    expect(rows.filter((row) => row['state'] !== 'not-applicable').every((row) => /^(0|1|0\.\d+)$/.test(row['credit']!))).toBe(true);
    const ref107 = rows.find((row) => row['study'] === 'ref-107-snl-rat-uc-msc-ev' && row['item'] === 'outcomes.mechanisticReadouts')!;
    // Eight arms: the table gives readouts for arm 7 only and N/A for the seven others.
    expect([ref107['state'], ref107['units'], ref107['units_reported'], ref107['units_not_reported']]).toEqual(['not-reported', '8', '1', '7']);
  });

  it('agrees with the JSON summary on every item tally', async () => {
    const result = await runInProcess(['summary', CORPUS, '--format', 'csv'], ROOT);
    const rows = parse(result.stdout, { columns: true }) as Array<Record<string, string>>;
    for (const item of json.items) {
      const states = rows.filter((row) => row['item'] === item.itemId).map((row) => row['state']);
      for (const state of REPORTING_STATES) expect(states.filter((s) => s === state).length, `${item.itemId} ${state}`).toBe(item.tally[state]);
    }
  });
});

describe('splits', () => {
  it('count a study in every design it has (Table 2: 18 in vivo; Table 3: 6 in vitro; Tables 4–5: 7 clinical; refs. 118/119 both in vivo and in vitro)', () => {
    expect(json.splits.design.map((group) => [group.group, group.studies])).toEqual([['clinical', 7], ['in-vitro', 6], ['in-vivo', 18]]);
  });

  it('put studies without a publication year under "not stated", last', () => {
    expect(json.splits.year.at(-1)).toMatchObject({ group: 'not stated', studies: 3 });
  });
});

describe('Markdown and HTML', () => {
  it('Markdown gives the per-item counts and rates', async () => {
    const result = await runInProcess(['summary', CORPUS], ROOT);
    expect(result.stdout).toContain('| `storage.form` Storage form | essential | 12 | 0 | 5 | 13 | 0 | 40.0 % | 40.0 % |');
    expect(result.stdout).toContain('### By preparation type');
  });

  it('HTML is one self-contained page: no script, no URL, two charts with accessible names', async () => {
    const result = await runInProcess(['summary', CORPUS, '--format', 'html', '--tables'], ROOT);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).not.toMatch(/<script|https?:|<link|<img/i);
    expect(result.stdout.match(/<svg class="chart[^"]*"[^>]*role="img"[^>]*aria-labelledby=/g)).toHaveLength(2);
    expect(result.stdout).toContain('Table 2. In vivo studies');
  });
});

describe('evidence tables', () => {
  it('with --format csv --tables are one line per cell (table, row, study, file, column, text)', async () => {
    const result = await runInProcess(['summary', CORPUS, '--format', 'csv', '--tables'], ROOT);
    const rows = parse(result.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...EVIDENCE_COLUMNS]);
    const cell = rows.find((row) => row['study'] === 'ref-104-stz-mouse-bm-msc-cm' && row['column'] === 'Route and Volume');
    expect(cell?.['text']).toBe('Intravenous, 100 µL');
    // 18 + 6 + 4 + 4 rows (refs. 118/119 in Tables 2 and 3, ref. 141 in Tables 4 and 5), each column once.
    expect(new Set(rows.map((row) => `${row['table']}|${row['study']}`)).size).toBe(32);
  });

  it('come in the JSON output under evidenceTables', async () => {
    const result = await runInProcess(['summary', CORPUS, '--format', 'json', '--tables'], ROOT);
    const parsed = JSON.parse(result.stdout) as { evidenceTables: Array<{ id: string; rows: unknown[] }> };
    expect(parsed.evidenceTables.map((table) => [table.id, table.rows.length])).toEqual([['in-vivo', 18], ['in-vitro', 6], ['clinical', 4], ['trials', 4]]);
  });
});

describe('bad input and usage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'summary-'));
    mkdirSync(join(dir, 'studies'));
    copyFileSync(join(ROOT, CORPUS, 'ref-104-stz-mouse-bm-msc-cm.yaml'), join(dir, 'studies', 'ref-104.yaml'));
    writeFileSync(join(dir, 'studies', 'broken.yaml'), 'study: [unclosed\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a file that does not parse is one line on stderr naming it (exit 2), and the others are still summarised', async () => {
    const result = await runInProcess(['summary', 'studies', '--format', 'json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^studies\/broken\.yaml:\d+:\d+: invalid YAML/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect((JSON.parse(result.stdout) as Summary).studies.map((study) => study.study)).toEqual(['ref-104']);
  });

  it('an unknown format names the formats', async () => {
    const result = await runInProcess(['summary', 'studies', '--format', 'xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('secretome-checklist: --format must be one of markdown, csv, json, html\n');
  });

  it('never writes over an input', async () => {
    const result = await runInProcess(['summary', 'studies/ref-104.yaml', '-o', 'studies/ref-104.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the output file is the input studies/ref-104.yaml');
    expect(readFileSync(join(dir, 'studies', 'ref-104.yaml'), 'utf8')).toContain('checklistVersion');
  });

  it('never writes over a study report found in an input folder', async () => {
    const before = readFileSync(join(dir, 'studies', 'ref-104.yaml'), 'utf8');
    const result = await runInProcess(['summary', 'studies', '-o', 'studies/ref-104.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('secretome-checklist: studies/ref-104.yaml: the output file is one of the inputs (studies/ref-104.yaml); writing the summary there would replace it. Name a file outside the inputs with --output.\n');
    expect(readFileSync(join(dir, 'studies', 'ref-104.yaml'), 'utf8')).toBe(before);
  });

  it('writes the summary to --output', async () => {
    const result = await runInProcess(['summary', 'studies/ref-104.yaml', '--format', 'csv', '-o', 'out.csv'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\n')[0]).toBe(TIDY_COLUMNS.join(','));
  });

  it('--help describes the command and no input is a usage error', async () => {
    expect((await runInProcess(['summary', '--help'], dir)).stdout).toContain('Usage: secretome-checklist summary');
    const none = await runInProcess(['summary'], dir);
    expect([none.code, none.stderr]).toEqual([2, 'secretome-checklist: no input: name study reports, directories or quoted globs (or - for standard input).\n']);
  });
});

describe('CSV fields', () => {
  it('read back as written, whatever they hold: quotes, commas, line breaks; formula-like text is defused', async () => {
    const { csvText } = await import('../../src/summary/formats/csv.js');
    const awkward = ['say "N/A"', 'a, b', 'line 1\nline 2', '=HYPERLINK("x")', '', 'µL −80 °C'];
    const text = csvText(['text', 'number', 'flag', 'empty'], awkward.map((value, index) => [value, index / 4, index % 2 === 0, null]));
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row['text'])).toEqual(['say "N/A"', 'a, b', 'line 1\nline 2', `'=HYPERLINK("x")`, '', 'µL −80 °C']);
    expect(rows.map((row) => [row['number'], row['flag'], row['empty']])[1]).toEqual(['0.25', 'FALSE', '']);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Meta-research'), readme.indexOf('\n## ', readme.indexOf('## Meta-research') + 1));

  it('keeps its Meta-research section under 1.5 KB, with the manual and the picture linked', () => {
    expect(Buffer.byteLength(section)).toBeLessThanOrEqual(1536);
    expect(section).toContain('(docs/summary.md)');
    expect(section).toContain('(docs/images/summary-page.png)');
  });

  it('shows evidence-table rows exactly as summary composes them from the corpus documents', async () => {
    const { parseReportText } = await import('../../src/index.js');
    const { EVIDENCE_TABLES } = await import('../../src/summary/evidence/columns.js');
    const { evidenceRow } = await import('../../src/summary/evidence/tables.js');
    const { readdirSync } = await import('node:fs');
    const lines = section.split('\n').filter((line) => line.startsWith('| '));
    const cells = (line: string): string[] => line.slice(2, -2).split(' | ');
    const head = cells(lines[0]!);
    const spec = EVIDENCE_TABLES[0]!;
    const rows = lines.slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const line of rows) {
      const [study, ...texts] = cells(line);
      const file = readdirSync(join(ROOT, CORPUS)).find((name) => name.startsWith(`${study}-`))!;
      const parsed = parseReportText(readFileSync(join(ROOT, CORPUS, file), 'utf8'), { filename: file });
      if (!parsed.ok) throw new Error(parsed.error.message);
      const row = evidenceRow(spec, { study: study!, file, document: parsed.document });
      texts.forEach((text, index) => {
        const column = spec.columns.find((entry) => entry.title === head[index + 1])!;
        expect(text.replace(/<br>/g, '\n'), `${study} ${column.title}`).toBe(row.cells[column.key]);
      });
    }
  });
});
