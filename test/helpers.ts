/** Small builders that keep the specification tests readable. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportText } from '../src/io/parse.js';
import type { Finding, Report } from '../src/report/types.js';
import { validate, type ValidatorOptions } from '../src/validator.js';

export const ROOT = join(import.meta.dirname, '..');

/** A study document: `checklistVersion` plus the given sections. */
export function study(sections: Record<string, unknown> = {}): Record<string, unknown> {
  return { checklistVersion: '1.0', ...sections };
}

export function check(document: unknown, options: ValidatorOptions = {}): Report {
  return validate(document, { ledger: true, ...options });
}

export function findingsOf(report: Report, itemId: string): Finding[] {
  return report.findings.filter((finding) => finding.itemId === itemId);
}

export function ledgerOf(report: Report, itemId: string) {
  const entry = report.ledger?.find((candidate) => candidate.itemId === itemId);
  if (!entry) throw new Error(`no ledger entry for ${itemId}`);
  return entry;
}

/**
 * Parses one of the five examples in its checklist 1.0 form, test/fixtures/documents-1.0/ (examples/ holds
 * them migrated to 1.1); throws on a parse error: examples must parse. Reports name the file as examples/.
 */
export function example(name: string): { document: Record<string, unknown>; report: Report } {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'documents-1.0', name), 'utf8');
  const parsed = parseReportText(text, { filename: `examples/${name}` });
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return { document: parsed.document, report: validate(parsed.document, { file: `examples/${name}`, sourceMap: parsed.sourceMap, ledger: true }) };
}

/** Deep copy of plain JSON data. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
