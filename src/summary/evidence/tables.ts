/** Builds the evidence tables from study documents with the column specs (columns.ts). */
import { ARM_KINDS, EVIDENCE_TABLES, type ColumnSpec, type TableSpec } from './columns.js';
import { NA, composePart } from './compose.js';
import { armsOf, field, isPlainObject, type Doc, type Scope } from './fields.js';
import type { EvidenceRow, EvidenceTable } from './types.js';

export const NOT_AVAILABLE = 'N/A';

export interface EvidenceStudy {
  study: string;
  file: string;
  document: Doc;
}

/** One cell in one scope: its parts joined; N/A for a part the document says was not reported; N/A when nothing is given. */
export function composeCell(column: ColumnSpec, scope: Scope): string {
  const composed = column.parts.filter((part) => !part.otherwise).map((part) => ({ part, text: composePart(part, scope) }));
  const silent = composed.every(({ text }) => text === undefined);
  // Fallback parts speak only when the others say nothing at all.
  const parts = silent ? [...composed, ...column.parts.filter((part) => part.otherwise).map((part) => ({ part, text: composePart(part, scope) }))] : composed;
  if (parts.every(({ text }) => text === undefined || text === NA)) return NOT_AVAILABLE;
  return parts
    .filter(({ text }) => text !== undefined)
    .map(({ part, text }) => (text === NA ? `${part.prefix ?? ''}${NOT_AVAILABLE}` : text))
    .join(column.join ?? ' ');
}

/** `1`, `1-3` (as tables.tsv names arms). */
function armRange(first: number, last: number): string {
  return first === last ? `${first}` : `${first}-${last}`;
}

/** Per-arm texts merged: one text when all arms agree, else one line per run of arms (`Arms 1-3: …`). */
function mergeArms(texts: readonly string[]): string {
  if (texts.every((text) => text === texts[0])) return texts[0] ?? NOT_AVAILABLE;
  const lines: string[] = [];
  let start = 0;
  for (let index = 1; index <= texts.length; index++) {
    if (index === texts.length || texts[index] !== texts[start]) {
      lines.push(`${index - start > 1 ? 'Arms' : 'Arm'} ${armRange(start + 1, index)}: ${texts[start]}`);
      start = index;
    }
  }
  return lines.join('\n');
}

function includes(spec: TableSpec, document: Doc): boolean {
  const design = isPlainObject(document['study']) ? document['study']['design'] : undefined;
  if (!Array.isArray(design) || !design.includes(spec.includes.design)) return false;
  return spec.includes.has === undefined || field({ document }, spec.includes.has) !== undefined;
}

/** Which arms a table speaks of (ARM_KINDS); when none of a study's arms is of that kind, all of them. */
function armsFor(spec: TableSpec, document: Doc): { arms: ReturnType<typeof armsOf>; subset: boolean } {
  const all = armsOf(document);
  if (spec.arms === undefined) return { arms: all, subset: false };
  const kind = ARM_KINDS[spec.arms];
  const taken = all.filter(({ arm }) => kind(arm));
  return taken.length === 0 || taken.length === all.length ? { arms: all, subset: false } : { arms: taken, subset: true };
}

/** Preparation ids of `arms`, in order, each once. */
function preparationIds(arms: ReturnType<typeof armsOf>): string[] {
  return [...new Set(arms.map(({ arm }) => arm['preparationId']).filter((id): id is string => typeof id === 'string'))];
}

/** `EVs` for a preparation id: its label in production.preparations, else the id. */
function preparationLabel(document: Doc, id: string): string {
  const production = isPlainObject(document['production']) ? document['production'] : {};
  const entry = Array.isArray(production['preparations']) ? production['preparations'].find((candidate) => isPlainObject(candidate) && candidate['id'] === id) : undefined;
  return isPlainObject(entry) && typeof entry['label'] === 'string' ? entry['label'] : id;
}

/**
 * A study's row: study-level columns once, arm-level columns per arm (also kept per arm in `arms`),
 * preparation-level columns per preparation of the table's arms. When a table takes only some of a
 * study's arms (a study both in vivo and in vitro), its study-level columns speak of those arms'
 * preparations only.
 */
export function evidenceRow(spec: TableSpec, study: EvidenceStudy): EvidenceRow & { arms: Record<string, string[]> } {
  const { document } = study;
  const { arms, subset } = armsFor(spec, document);
  const preparations = preparationIds(arms);
  const studyScope: Scope = { document, ...(subset && preparations.length > 0 ? { preparationIds: preparations } : {}) };
  const cells: Record<string, string> = {};
  const perArm: Record<string, string[]> = {};
  for (const column of spec.columns) {
    if (column.scope === 'arm' && arms.length > 0) {
      const texts = arms.map(({ arm, outcomeArm }) => composeCell(column, { document, arm, ...(outcomeArm ? { outcomeArm } : {}) }));
      perArm[column.key] = texts;
      cells[column.key] = mergeArms(texts);
    } else if (column.scope === 'preparation' && preparations.length > 0) {
      const texts = preparations.map((preparationId) => composeCell(column, { document, preparationId }));
      cells[column.key] = texts.every((text) => text === texts[0]) ? texts[0]! : texts.map((text, index) => `${preparationLabel(document, preparations[index]!)}: ${text}`).join('\n');
    } else {
      cells[column.key] = composeCell(column, studyScope);
    }
  }
  return { study: study.study, file: study.file, cells, arms: perArm };
}

/** Evidence tables built one study at a time: each study's rows are composed when it is added, and its document dropped. */
export class EvidenceBuilder {
  private readonly rows: EvidenceRow[][];

  constructor(private readonly specs: readonly TableSpec[] = EVIDENCE_TABLES) {
    this.rows = specs.map(() => []);
  }

  /** Adds the study to every table its design calls for. */
  add(study: EvidenceStudy): void {
    this.specs.forEach((spec, index) => {
      if (!includes(spec, study.document)) return;
      const { arms: _arms, ...row } = evidenceRow(spec, study);
      this.rows[index]!.push(row);
    });
  }

  finish(): EvidenceTable[] {
    return this.specs.map((spec, index) => ({ id: spec.id, title: spec.title, columns: spec.columns.map(({ key, title }) => ({ key, title })), rows: [...this.rows[index]!] }));
  }
}

/** The evidence tables of `studies` (each study in every table its design calls for), in input order. */
export function evidenceTables(studies: readonly EvidenceStudy[], specs: readonly TableSpec[] = EVIDENCE_TABLES): EvidenceTable[] {
  const builder = new EvidenceBuilder(specs);
  for (const study of studies) builder.add(study);
  return builder.finish();
}
