/**
 * `convert` on the command line: documents to one workbook or CSV set and back to one file per study,
 * exactly (the whole review corpus through a workbook, the examples through CSV); nothing is written over an
 * existing file without --force, never over an input, and nothing at all when an input has a problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { createWorkspace, EXAMPLES, expectUsageError, requireBuiltCli, ROOT, type Workspace } from './helpers.js';

let ws: Workspace;

function documentOf(path: string): unknown {
  const parsed = parseReportText(readFileSync(path, 'utf8'), { filename: path });
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.document;
}

const CORPUS = join(ROOT, 'examples', 'review-2025');

beforeAll(() => {
  requireBuiltCli();
  ws = createWorkspace();
  ws.write('dup/a/same.yaml', readFileSync(join(ws.dir, 'examples', EXAMPLES[0]), 'utf8'));
  ws.write('dup/b/same.yaml', readFileSync(join(ws.dir, 'examples', EXAMPLES[1]), 'utf8'));
  ws.write('broken.yaml', 'checklistVersion: "1.1"\nstudy: [\n');
});

afterAll(() => ws?.remove());

describe('convert', () => {
  it('takes the whole review corpus into one workbook and back, study for study, exactly', async () => {
    const there = await ws.run(['convert', CORPUS, '-o', 'corpus/studies.xlsx']);
    expect(there.code, there.stderr).toBe(0);
    expect(there.stdout).toBe('Converted 30 studies to corpus/studies.xlsx (XLSX).\n');
    const back = await ws.run(['convert', 'corpus/studies.xlsx', '-o', 'corpus/back/']);
    expect(back.code, back.stderr).toBe(0);
    const originals = readdirSync(CORPUS).filter((name) => name.endsWith('.yaml')).sort();
    expect(readdirSync(join(ws.dir, 'corpus/back')).sort()).toEqual(originals);
    for (const name of originals) expect(documentOf(join(ws.dir, 'corpus/back', name)), name).toEqual(documentOf(join(CORPUS, name)));
  });

  it('takes the examples into a CSV set and back as JSON, exactly', async () => {
    const there = await ws.run(['convert', 'examples', '-o', 'csv/', '--to', 'csv']);
    expect(there.code, there.stderr).toBe(0);
    expect(readdirSync(join(ws.dir, 'csv')).sort()).toEqual(['arms.csv', 'preparations.csv', 'studies.csv']);
    const back = await ws.run(['convert', 'csv/studies.csv', '-o', 'json/', '--to', 'json']);
    expect(back.code, back.stderr).toBe(0);
    for (const name of EXAMPLES) expect(documentOf(join(ws.dir, 'json', name.replace(/\.yaml$/, '.json'))), name).toEqual(documentOf(join(ws.dir, 'examples', name)));
  });

  it('replaces an existing file only with --force, and never an input', async () => {
    const first = await ws.run(['convert', `examples/${EXAMPLES[0]}`, '-o', 'once.xlsx']);
    expect(first.code, first.stderr).toBe(0);
    const before = readFileSync(join(ws.dir, 'once.xlsx'));
    expectUsageError(await ws.run(['convert', `examples/${EXAMPLES[1]}`, '-o', 'once.xlsx']), 'once.xlsx already exists: nothing was written. Use --force to replace it');
    expect(readFileSync(join(ws.dir, 'once.xlsx')).equals(before)).toBe(true);
    const forced = await ws.run(['convert', `examples/${EXAMPLES[1]}`, '-o', 'once.xlsx', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(ws.dir, 'once.xlsx')).equals(before)).toBe(false);
    expectUsageError(await ws.run(['convert', 'once.xlsx', '-o', 'once.xlsx', '--force']), /^secretome-checklist: once\.xlsx: this is one of the inputs/);
  });

  it('writes nothing when an input has a problem, and says which', async () => {
    const result = await ws.run(['convert', `examples/${EXAMPLES[0]}`, 'broken.yaml', '-o', 'never.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^broken\.yaml:\d+:\d+: /);
    expect(result.stderr).toContain('Nothing was written');
    expect(ws.exists('never.xlsx')).toBe(false);
  });

  it('refuses what it cannot do faithfully: two studies with one id, many studies into one YAML file, a CSV not named as a set', async () => {
    const [duplicate, many, csvName, contradiction] = await Promise.all([
      ws.run(['convert', 'dup', '-o', 'dup.xlsx']),
      ws.run(['convert', 'examples', '-o', 'all.yaml']),
      ws.run(['convert', 'examples', '-o', 'mine.csv']),
      ws.run(['convert', 'examples', '-o', 'x.xlsx', '--to', 'csv']),
    ]);
    expectUsageError(duplicate, /the study id "same" is also the id of dup\/a\/same\.yaml/);
    expectUsageError(many, /the inputs hold 5 studies, one YAML file each: name a folder/);
    expectUsageError(csvName, /mine\.csv: a CSV set is named studies\.csv \(or NAME\.studies\.csv\)/);
    expectUsageError(contradiction, '--to csv and --output x.xlsx contradict each other');
    expect(ws.exists('dup.xlsx') || ws.exists('all.yaml') || ws.exists('mine.csv') || ws.exists('x.xlsx')).toBe(false);
  });
});
