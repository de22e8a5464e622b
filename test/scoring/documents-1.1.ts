/** Builders for checklist 1.1 documents, so the specification tests below read like the spec. */
import type { Finding, LedgerEntry, Report } from '../../src/report/types.js';
import { validate, type ValidatorOptions } from '../../src/validator.js';

type Json = Record<string, unknown>;

/** A 1.1 study document: `checklistVersion` plus the given sections. */
export function study11(sections: Json = {}): Json {
  return { checklistVersion: '1.1', ...sections };
}

/** An in-vivo 1.1 study with one preparation of the given type (or none stated). */
export function inVivo(sections: Json = {}): Json {
  return study11({ ...sections, study: { design: ['in-vivo'], ...(sections.study as Json | undefined) } });
}

export function check(document: unknown, options: ValidatorOptions = {}): Report {
  return validate(document, { ledger: true, ...options });
}

export function findingsOf(report: Report, itemId: string): Finding[] {
  return report.findings.filter((finding) => finding.itemId === itemId);
}

/** The one finding of an item (fails when there are none or several). */
export function onlyFinding(report: Report, itemId: string): Finding {
  const found = findingsOf(report, itemId);
  if (found.length !== 1) throw new Error(`${itemId}: expected one finding, found ${found.length}: ${found.map((f) => f.message).join(' | ')}`);
  return found[0]!;
}

export function ledgerOf(report: Report, itemId: string): LedgerEntry {
  const entry = report.ledger?.find((candidate) => candidate.itemId === itemId);
  if (!entry) throw new Error(`no ledger entry for ${itemId}`);
  return entry;
}
