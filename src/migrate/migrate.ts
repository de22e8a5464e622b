/**
 * Moves a study document between checklist versions without losing anything. A migration is planned as
 * a short list of edits (the version, the `$schema` link, renamed keys) and then carried out, either on
 * plain data (here) or on the text the user wrote (text.ts), so both give the same document.
 *
 * Going up (1.0 → 1.1) always works: 1.1 holds everything 1.0 holds. Going down works when the document
 * uses only what the older version has; otherwise every place that does not fit is listed and nothing
 * is migrated.
 */
import { getOwn, parsePointer, toPointer, isPlainObject } from '../schema/pointer.js';
import { CHECKLIST_VERSIONS, LATEST_VERSION, isChecklistVersion, structuralIssues, type ChecklistVersion } from './versions.js';
import { RENAMES, type Rename } from './renames.js';

export type MigrateErrorCode =
  /** Not a study document at all (not an object). */
  | 'not-a-document'
  /** The document does not say which version it was written for. */
  | 'no-version'
  /** It names a version this library does not know. */
  | 'unknown-version'
  /** The target is not a version this library knows. */
  | 'unknown-target'
  /** A value the target version cannot hold (1.1-only features in a document going to 1.0). */
  | 'does-not-fit'
  /** A value to change is written in a way that cannot be edited in place (a YAML alias). */
  | 'not-editable';

export interface MigrateError {
  code: MigrateErrorCode;
  /** Where, as a JSON pointer ('' for the document). */
  pointer: string;
  message: string;
  hint?: string;
}

/** One change to the document: a new value at a pointer, or a key renamed in place. */
export type MigrateEdit = { kind: 'value'; pointer: string; value: string } | { kind: 'key'; pointer: string; key: string };

export interface MigrateOptions {
  /** The version to migrate to (default: the latest). */
  to?: string;
  /** The renames table (default: the built-in one, src/migrate/renames.ts); for tests and tools that extend it. */
  renames?: readonly Rename[];
}

export type MigratePlan = { ok: true; from: ChecklistVersion; to: ChecklistVersion; edits: MigrateEdit[] } | { ok: false; errors: MigrateError[] };

export type MigrateResult =
  | { ok: true; document: Record<string, unknown>; from: ChecklistVersion; to: ChecklistVersion; edits: MigrateEdit[] }
  | { ok: false; errors: MigrateError[] };

const VERSION_LIST = `${CHECKLIST_VERSIONS.slice(0, -1).join(', ')} or ${CHECKLIST_VERSIONS.at(-1)}`;

/**
 * The study-report schema named in `$schema`: a file name (`…/study-report-1.0.schema.json`, relative or
 * a URL) or the schema's `$id` (`urn:secretome-checklist:schema:study-report:1.0`). Other links are kept.
 */
const SCHEMA_LINK = /(study-report-)(\d+\.\d+)(\.schema\.json)|(urn:secretome-checklist:schema:study-report:)(\d+\.\d+)/;

/** `$schema` pointing at the `to` version's schema, or undefined when it names no study-report schema. */
export function relinkSchema(link: string, to: string): string | undefined {
  if (!SCHEMA_LINK.test(link)) return undefined;
  return link.replace(SCHEMA_LINK, (_all, file?: string, _v?: string, ext?: string, urn?: string) => (file !== undefined ? `${file}${to}${ext}` : `${urn}${to}`));
}


/** Concrete pointers of a pattern with `*` segments, in the document as it is. */
function expand(document: unknown, pattern: string): string[] {
  let places: Array<{ node: unknown; path: Array<string | number> }> = [{ node: document, path: [] }];
  for (const segment of parsePointer(pattern)) {
    const next: typeof places = [];
    for (const { node, path } of places) {
      if (segment === '*') {
        if (Array.isArray(node)) node.forEach((entry, index) => next.push({ node: entry, path: [...path, index] }));
      } else if (isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, segment)) {
        next.push({ node: node[segment], path: [...path, segment] });
      }
    }
    places = next;
  }
  return places.map(({ path }) => toPointer(path));
}

/** The renames crossed between two versions, each as [old key pattern, new key] in the direction of travel. */
function renamesBetween(from: ChecklistVersion, to: ChecklistVersion, renames: readonly Rename[]): Array<{ pattern: string; key: string }> {
  const rank = (version: string): number => CHECKLIST_VERSIONS.indexOf(version as ChecklistVersion);
  const up = rank(to) > rank(from);
  const crossed = renames.filter((rename) => (up ? rank(rename.since) > rank(from) && rank(rename.since) <= rank(to) : rank(rename.since) > rank(to) && rank(rename.since) <= rank(from)));
  // Going down, the newest rename is undone first.
  const ordered = up ? crossed : [...crossed].reverse();
  return ordered.map((rename) => {
    const parts = parsePointer(rename.from);
    const oldKey = parts.at(-1)!;
    return up ? { pattern: rename.from, key: rename.to } : { pattern: toPointer([...parts.slice(0, -1), rename.to]), key: oldKey };
  });
}

/**
 * The edits that take a document to another version, or why it cannot be moved. Fit is not checked here
 * (see `migrate`): planning needs only the version and the links.
 */
export function planMigration(document: unknown, options: MigrateOptions = {}): MigratePlan {
  const to = options.to ?? LATEST_VERSION;
  if (!isChecklistVersion(to)) {
    return { ok: false, errors: [{ code: 'unknown-target', pointer: '', message: `there is no checklist version "${to}".`, hint: `Choose ${VERSION_LIST}.` }] };
  }
  const declared = getOwn(document, 'checklistVersion');
  if (declared === undefined) {
    return {
      ok: false,
      errors: [{ code: 'no-version', pointer: '/checklistVersion', message: 'the document does not say which checklist version it was written for.', hint: 'Add checklistVersion: "1.0" (or the version it follows) and migrate again.' }],
    };
  }
  if (!isChecklistVersion(declared)) {
    // YAML reads an unquoted 1.0 as the number 1: say so, the fix is the quotes.
    const message = typeof declared === 'number' ? `checklistVersion is the number ${declared}, not text.` : `checklistVersion is ${typeof declared === 'string' ? `"${declared.slice(0, 40)}"` : 'not text'}, not a version this tool knows.`;
    return { ok: false, errors: [{ code: 'unknown-version', pointer: '/checklistVersion', message, hint: `Write ${VERSION_LIST} in quotes, e.g. checklistVersion: "1.0".` }] };
  }
  const from = declared;
  if (from === to) return { ok: true, from, to, edits: [] };
  const edits: MigrateEdit[] = [{ kind: 'value', pointer: '/checklistVersion', value: to }];
  const link = getOwn(document, '$schema');
  const relinked = typeof link === 'string' ? relinkSchema(link, to) : undefined;
  if (relinked !== undefined && relinked !== link) edits.push({ kind: 'value', pointer: '/$schema', value: relinked });
  for (const { pattern, key } of renamesBetween(from, to, options.renames ?? RENAMES)) {
    for (const pointer of expand(document, pattern)) edits.push({ kind: 'key', pointer, key });
  }
  return { ok: true, from, to, edits };
}

/** A copy of `document` with the edits carried out; only the objects on an edited path are copied. */
export function applyEdits(document: Record<string, unknown>, edits: readonly MigrateEdit[]): Record<string, unknown> {
  let result: Record<string, unknown> = document;
  for (const edit of edits) {
    const parts = parsePointer(edit.pointer);
    const update = (node: unknown, depth: number): unknown => {
      const segment = parts[depth]!;
      if (Array.isArray(node)) {
        const copy = [...node];
        copy[Number(segment)] = update(node[Number(segment)], depth + 1);
        return copy;
      }
      const object = node as Record<string, unknown>;
      if (depth < parts.length - 1) return { ...object, [segment]: update(object[segment], depth + 1) };
      // The last step: a new value keeps the key's place; a renamed key keeps its place among the others.
      if (edit.kind === 'value') return { ...object, [segment]: edit.value };
      return Object.fromEntries(Object.entries(object).map(([key, value]) => [key === segment ? edit.key : key, value]));
    };
    result = update(result, 0) as Record<string, unknown>;
  }
  return result;
}

/**
 * Where a migrated document does not fit its new version: structural problems under the new version that
 * the document does not already have under its own (those are left for `check` to report, unchanged).
 */
export function misfits(original: unknown, from: ChecklistVersion, migrated: unknown, to: ChecklistVersion): MigrateError[] {
  const before = new Set(structuralIssues(from, original).map((issue) => issue.pointer));
  return structuralIssues(to, migrated)
    .filter((issue) => !before.has(issue.pointer))
    .map((issue) => ({ code: 'does-not-fit' as const, pointer: issue.pointer, message: `checklist ${to} cannot hold this: ${issue.message.replace(/\.$/, '')}.` }));
}

/**
 * Migrates a study document (plain data, not changed) to another checklist version: `{ ok: true, document }`
 * with the migrated copy, or `{ ok: false, errors }` naming every place that stops it.
 */
export function migrate(document: unknown, options: MigrateOptions = {}): MigrateResult {
  if (!isPlainObject(document)) return { ok: false, errors: [{ code: 'not-a-document', pointer: '', message: 'a study document is an object (a mapping) with a checklistVersion.' }] };
  const plan = planMigration(document, options);
  if (!plan.ok) return plan;
  const migrated = applyEdits(document, plan.edits);
  // Going up never loses anything (each version holds everything the one before holds).
  const down = CHECKLIST_VERSIONS.indexOf(plan.to) < CHECKLIST_VERSIONS.indexOf(plan.from);
  const errors = down ? misfits(document, plan.from, migrated, plan.to) : [];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, document: migrated, from: plan.from, to: plan.to, edits: plan.edits };
}
