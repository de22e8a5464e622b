/** The summary page of a folder of study reports, built through the library as `summary --format html --tables` builds it. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createValidator, parseReportText } from '../../src/index.js';
import { evidenceTables } from '../../src/summary/evidence/tables.js';
import { summaryHtml } from '../../src/summary/formats/html.js';
import { summarize, type CheckedStudy } from '../../src/summary/summarize.js';

export function summaryPageOf(folder: string): string {
  const validator = createValidator({ ledger: true });
  const studies: CheckedStudy[] = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      const parsed = parseReportText(readFileSync(file, 'utf8'), { filename: name });
      if (!parsed.ok) throw new Error(parsed.error.message);
      return { document: parsed.document, report: validator.validate(parsed.document, { file: name, sourceMap: parsed.sourceMap }) };
    });
  const summary = summarize(studies, validator.checklist);
  const tables = evidenceTables(studies.map((study, index) => ({ study: summary.studies[index]!.study, file: summary.studies[index]!.file, document: study.document })));
  return summaryHtml(summary, { toolVersion: 'test', tables });
}
