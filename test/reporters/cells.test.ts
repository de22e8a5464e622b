/**
 * A study read from a spreadsheet: every reporter names it `studies.xlsx › ref-107` and points each
 * finding at its cell (`studies.xlsx › Arms!F7`), and the machine formats keep the cell in fields tools read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import reportSchema from '../../schemas/report-2.schema.json' with { type: 'json' };
import { githubReporter } from '../../src/reporters/github.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { junitReporter } from '../../src/reporters/junit.js';
import { markdownReporter } from '../../src/reporters/markdown.js';
import { ndjsonReporter } from '../../src/reporters/ndjson.js';
import { sarifReporter, type SarifLog } from '../../src/reporters/sarif.js';
import { formatLocation } from '../../src/reporters/shared/location.js';
import { documentName } from '../../src/reporters/shared/summary.js';
import { textReporter } from '../../src/reporters/text.js';
import { formatInputError } from '../../src/io/errors.js';
import { MOUSE_STUDY, SHEET_STUDY, options } from './fixtures.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
const SARIF_SCHEMA = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;

describe('spreadsheet locations', () => {
  it('name a cell as a spreadsheet does, after the file', () => {
    expect(formatLocation('studies.xlsx', { line: 7, column: 6, sheet: 'Arms', cell: 'F7' })).toBe('studies.xlsx › Arms!F7');
    expect(formatLocation(undefined, { line: 7, column: 6, sheet: 'Arms', cell: 'F7' })).toBe('Arms!F7');
    // A sheet name that is not one word is quoted, as in a formula.
    expect(formatLocation('s.xlsx', { line: 2, column: 1, sheet: "Bob's arms", cell: 'A2' })).toBe("s.xlsx › 'Bob''s arms'!A2");
    // A CSV sheet read beside the checked file names its own file.
    expect(formatLocation('studies.csv', { line: 3, column: 2, sheet: 'Arms', cell: 'B3', file: 'arms.csv' })).toBe('arms.csv › Arms!B3');
    // Without a cell, a line and column as before.
    expect(formatLocation('a.yaml', { line: 3, column: 7 })).toBe('a.yaml:3:7');
  });

  it('name a study of a workbook by file and id', () => {
    expect(documentName(SHEET_STUDY, 0)).toBe('lab/studies.xlsx › ref-107');
    expect(documentName(MOUSE_STUDY, 0)).toBe('studies/amodeo-2025-neuropathy.yaml');
  });

  it('name the cell of an input error', () => {
    expect(formatInputError({ code: 'yaml-syntax', file: 'studies.xlsx', sheet: 'Arms', cell: 'F7', line: 7, column: 6, message: 'the value is not a number.' })).toBe(
      'studies.xlsx › Arms!F7: the value is not a number.',
    );
    expect(formatInputError({ code: 'not-a-document', file: 'studies.xlsx', sheet: 'Studies', line: 9, message: 'the row has no studyId.' })).toBe('studies.xlsx › Studies row 9: the row has no studyId.');
    expect(formatInputError({ code: 'yaml-syntax', file: 'a.yaml', line: 2, column: 4, message: 'bad.' })).toBe('a.yaml:2:4: bad.');
  });

  it('text, markdown, html and junit show the study and its cells', () => {
    for (const render of [textReporter, markdownReporter, htmlReporter, junitReporter]) {
      const out = render([SHEET_STUDY], options({ batch: true }));
      expect(out).toContain('lab/studies.xlsx › ref-107');
      expect(out).toContain('lab/studies.xlsx › Arms!F7');
      expect(out).toContain('lab/studies.xlsx › Preparations!L4');
    }
  });

  it('github annotations name the workbook and the cell, without a line a workbook does not have', () => {
    const lines = githubReporter([SHEET_STUDY], options()).trim().split('\n');
    const volume = lines.find((line) => line.includes('doseAdministration.volume'))!;
    expect(volume).toBe('::warning file=lab/studies.xlsx,title=doseAdministration.volume (Arms!F7)::The injected volume is not reported for the intrathecal arm.');
    // A CSV file is text: its row is the annotation's line.
    const csv = { ...SHEET_STUDY, source: { file: 'studies.csv', studyId: 'ref-107' } };
    expect(githubReporter([csv], options())).toContain('::warning file=studies.csv,line=7,col=6,title=doseAdministration.volume (Arms!F7)::');
  });

  it('json and ndjson keep sheet and cell, and match the report schema', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(reportSchema as object);
    for (const text of [jsonReporter([SHEET_STUDY], options()), ndjsonReporter([SHEET_STUDY], options())]) {
      const report = JSON.parse(text) as typeof SHEET_STUDY;
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report.source).toEqual({ file: 'lab/studies.xlsx', studyId: 'ref-107', sheet: 'Studies', line: 5 });
      expect(report.findings.find((f) => f.itemId === 'doseAdministration.volume')!.location).toEqual({ line: 7, column: 6, sheet: 'Arms', cell: 'F7' });
    }
  });

  it('the report schema refuses a cell name that is not one', () => {
    const validate = new Ajv2020({ strict: false }).compile(reportSchema as object);
    const bad = { ...SHEET_STUDY, findings: [{ ...SHEET_STUDY.findings[1]!, location: { line: 1, column: 1, cell: 'Arms!F7' } }] };
    expect(validate(bad)).toBe(false);
  });

  it('sarif places a cell by row and column and names it, and stays valid SARIF 2.1.0', () => {
    const log = JSON.parse(sarifReporter([SHEET_STUDY], options())) as SarifLog;
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(SARIF_SCHEMA);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const volume = log.runs[0].results.find((r) => r.ruleId === 'doseAdministration.volume')!;
    expect(volume.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'lab/studies.xlsx' }, region: { startLine: 7, startColumn: 6 } },
        logicalLocations: [{ name: 'F7', fullyQualifiedName: 'Arms!F7', kind: 'element' }],
      },
    ]);
    expect(volume.message.text).toBe('Arms!F7: The injected volume is not reported for the intrathecal arm.');
    expect(volume.properties.document).toBe('lab/studies.xlsx › ref-107');
    // A finding without a location still names the workbook.
    const donor = log.runs[0].results.find((r) => r.ruleId === 'cellSource.donorAge')!;
    expect(donor.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'lab/studies.xlsx' } } }]);
  });

  it('sarif points a cell of a CSV sheet read beside the checked file at that file', () => {
    const csv = { ...SHEET_STUDY, source: { file: 'studies.csv', studyId: 'ref-107' }, findings: [{ ...SHEET_STUDY.findings[5]!, location: { line: 7, column: 6, sheet: 'Arms', cell: 'F7', file: 'arms.csv' } }] };
    const log = JSON.parse(sarifReporter([csv], options())) as SarifLog;
    expect(log.runs[0].results[0]!.locations![0]!.physicalLocation.artifactLocation.uri).toBe('arms.csv');
  });
});
