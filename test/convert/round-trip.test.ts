/**
 * `convert` loses nothing: every example, every study of the review corpus and the checklist 1.0 documents
 * go into one workbook (and one CSV set, and one TSV set) and come back as the same documents, read
 * independently of the writer's own check; written back as YAML or JSON they parse to the same documents,
 * keys in the schema's order; and checked from the workbook they give the same reports as from YAML,
 * apart from where the findings point.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentToJson, documentToYaml, studiesToDelimited, studiesToWorkbook, studyIdOfFile, type StudyDocument } from '../../src/convert/convert.js';
import { parseReportText } from '../../src/io/parse.js';
import { parseSpreadsheet, type SpreadsheetEntry } from '../../src/io/spreadsheet.js';
import type { Report } from '../../src/report/types.js';
import { validate } from '../../src/validator.js';
import { ROOT } from '../helpers.js';

function load(folder: string): Array<StudyDocument & { file: string; text: string }> {
  return readdirSync(join(ROOT, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = `${folder}/${name}`;
      const text = readFileSync(join(ROOT, file), 'utf8');
      const parsed = parseReportText(text, { filename: file });
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
      return { id: studyIdOfFile(name), document: parsed.document, file, text };
    });
}

const SETS = {
  examples: load('examples'),
  'the review corpus': load('examples/review-2025'),
  'the checklist 1.0 documents': load('test/fixtures/documents-1.0'),
};

/** Every entry a study (a bad cell would be an error entry and fail the test with its message). */
function studiesOf(entries: SpreadsheetEntry[]): StudyDocument[] {
  return entries.map((entry) => {
    if (!entry.ok) throw new Error(`read back with an error: ${entry.error.message}`);
    return { id: entry.studyId, document: entry.document };
  });
}

/** A report without the places its findings point at (lines and columns, or cells). */
function withoutPlaces(report: Report): unknown {
  const { source: _source, ...rest } = report;
  return { ...rest, findings: report.findings.map(({ location: _location, ...finding }) => finding) };
}

const SECTION_ORDER = ['$schema', 'checklistVersion', 'study', 'cellSource', 'isolationExpansion', 'production', 'storage', 'qualityControl', 'characterization', 'doseAdministration', 'outcomes'];

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe.each(Object.entries(SETS))('%s', (_name, set) => {
  const studies = set.map(({ id, document }) => ({ id, document }));

  it('come back from one workbook as the same documents, with their file names as ids', async () => {
    const bytes = await studiesToWorkbook(studies);
    const back = studiesOf(parseSpreadsheet({ bytes, file: 'studies.xlsx', format: 'xlsx' }));
    expect(back.map((study) => study.id)).toEqual(studies.map((study) => study.id));
    for (const [index, study] of studies.entries()) expect(back[index]!.document, study.id).toEqual(study.document);
  });

  it.each(['csv', 'tsv'] as const)('come back from a %s set as the same documents', (format) => {
    const texts = studiesToDelimited(studies, format);
    const entries = parseSpreadsheet({
      bytes: encode(texts.studies),
      file: `studies.${format}`,
      format,
      companions: [
        { file: `preparations.${format}`, bytes: encode(texts.preparations) },
        { file: `arms.${format}`, bytes: encode(texts.arms) },
      ],
    });
    const back = studiesOf(entries);
    expect(back.map((study) => study.id)).toEqual(studies.map((study) => study.id));
    for (const [index, study] of studies.entries()) expect(back[index]!.document, study.id).toEqual(study.document);
  });

  it('are written as YAML and JSON that parse to the same documents, keys in the schema order', () => {
    for (const study of studies) {
      for (const [format, text] of [['yaml', documentToYaml(study.document)], ['json', documentToJson(study.document)]] as const) {
        const parsed = parseReportText(text, { format });
        expect(parsed.ok && parsed.document, `${study.id} as ${format}`).toEqual(study.document);
      }
      // The sections in the order the schema lists them, and inside a value the value before its where.
      const back = parseReportText(documentToYaml(study.document), { format: 'yaml' });
      if (!back.ok) throw new Error(back.error.message);
      expect(Object.keys(back.document)).toEqual(SECTION_ORDER.filter((key) => key in study.document));
      const species = (back.document['cellSource'] as Record<string, unknown> | undefined)?.['species'];
      if (species !== null && typeof species === 'object' && 'value' in species && 'where' in species) expect(Object.keys(species).slice(0, 2)).toEqual(['value', 'where']);
    }
  });

  it('give the same reports from the workbook as from YAML, apart from where findings point', async () => {
    const entries = parseSpreadsheet({ bytes: await studiesToWorkbook(studies), file: 'studies.xlsx', format: 'xlsx' });
    for (const [index, { document, file }] of set.entries()) {
      const entry = entries[index]!;
      if (!entry.ok) throw new Error(entry.error.message);
      const fromSheet = validate(entry.document, { file: entry.file, sourceMap: entry.sourceMap, studyId: entry.studyId, sheet: entry.sheet, line: entry.line, ledger: true });
      const fromYaml = validate(document, { file, ledger: true });
      expect(withoutPlaces(fromSheet), file).toEqual(withoutPlaces(fromYaml));
      expect(fromSheet.source).toEqual({ file: 'studies.xlsx', studyId: studyIdOfFile(file), sheet: 'Studies', line: 4 + index });
      // Every finding the YAML report places, the workbook report places at a cell.
      const placed = fromYaml.findings.filter((finding) => finding.location !== undefined).length;
      expect(fromSheet.findings.filter((finding) => finding.location?.cell !== undefined).length, file).toBeGreaterThanOrEqual(placed);
    }
  });
});
