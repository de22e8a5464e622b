/**
 * Migration of the text a user wrote. Only the edited values (and renamed keys) change, in place: the
 * places are found with yaml's Document API (YAML) or jsonc-parser's tree (JSON), and the new text is
 * spliced in, so comments, key order, quoting, indentation and line ends stay exactly as they were.
 * Re-serialising the document would reflow it; splicing makes 1.0 → 1.1 → 1.0 give back the same bytes.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { InputError } from '../io/errors.js';
import { parseReportText, type InputFormat, type ParseResult, type ParseTextOptions } from '../io/parse.js';
import { getOwn, parsePointer } from '../schema/pointer.js';
import type { ChecklistVersion } from './versions.js';
import { migrate, type MigrateEdit, type MigrateError, type MigrateOptions } from './migrate.js';

export type MigrateTextResult =
  | { ok: true; text: string; format: InputFormat; from: ChecklistVersion; to: ChecklistVersion; edits: MigrateEdit[] }
  /** `input`: the text could not be read as a study report; `errors`: it could not be migrated (each located when possible). */
  | { ok: false; input: InputError }
  | { ok: false; errors: Array<MigrateError & { line?: number; column?: number }> };

/** A text range and what replaces it. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * The new source of a scalar: the old source with the old value's text replaced where it is written
 * literally (quotes and style kept), else the new value as a double-quoted string (valid JSON and YAML).
 */
function rewriteScalar(source: string, oldValue: string, newValue: string): string {
  const at = source.indexOf(oldValue);
  if (oldValue !== '' && at >= 0 && source.indexOf(oldValue, at + 1) < 0) return source.slice(0, at) + newValue + source.slice(at + oldValue.length);
  return JSON.stringify(newValue);
}

function yamlPair(node: YamlNode | null | undefined, key: string): Pair<YamlNode, YamlNode> | undefined {
  if (!isMap(node)) return undefined;
  return (node.items as Array<Pair<YamlNode, YamlNode>>).findLast((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/** The YAML node at a pointer's parent, and the pair (map) or entry (list) of its last segment. */
function yamlPlace(root: YamlNode | null, pointer: string): { pair?: Pair<YamlNode, YamlNode>; node?: YamlNode } | undefined {
  const parts = parsePointer(pointer);
  let node: YamlNode | null | undefined = root;
  for (const [index, segment] of parts.entries()) {
    const last = index === parts.length - 1;
    if (isSeq(node)) {
      const entry = node.items[Number(segment)] as YamlNode | undefined;
      if (last) return entry ? { node: entry } : undefined;
      node = entry;
    } else {
      const pair = yamlPair(node, segment);
      if (!pair) return undefined;
      if (last) return { pair, node: pair.value ?? undefined };
      node = pair.value;
    }
  }
  return undefined;
}

function yamlSplices(text: string, edits: readonly MigrateEdit[], document: unknown): Splice[] | MigrateError {
  const parsed = parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: false, merge: false, strict: true, logLevel: 'error' });
  const root = parsed.contents as YamlNode | null;
  const splices: Splice[] = [];
  for (const edit of edits) {
    const place = yamlPlace(root, edit.pointer);
    const target = edit.kind === 'value' ? place?.node : place?.pair?.key;
    if (!isScalar(target) || !target.range) {
      return { code: 'not-editable', pointer: edit.pointer, message: 'this value is not written out here (an alias or a nested value), so it cannot be changed in place.', hint: 'Write the value out, then migrate again.' };
    }
    const [start, end] = target.range;
    const old = edit.kind === 'value' ? String(valueAt(document, edit.pointer)) : parsePointer(edit.pointer).at(-1)!;
    splices.push({ start, end, text: rewriteScalar(text.slice(start, end), old, edit.kind === 'value' ? edit.value : edit.key) });
  }
  return splices;
}

function jsonSplices(text: string, edits: readonly MigrateEdit[], document: unknown): Splice[] {
  const root = parseTree(text);
  const splices: Splice[] = [];
  for (const edit of edits) {
    const node = root ? findNodeAtLocation(root, jsonPath(document, edit.pointer)) : undefined;
    // A value's node, or for a renamed key the key of its property (first child of the property node).
    const target: JsonNode | undefined = edit.kind === 'value' ? node : node?.parent?.children?.[0];
    if (!target) continue;
    const old = edit.kind === 'value' ? String(valueAt(document, edit.pointer)) : parsePointer(edit.pointer).at(-1)!;
    const source = text.slice(target.offset, target.offset + target.length);
    splices.push({ start: target.offset, end: target.offset + target.length, text: rewriteScalar(source, old, edit.kind === 'value' ? edit.value : edit.key) });
  }
  return splices;
}

/** A pointer as jsonc-parser's path: list indexes as numbers. */
function jsonPath(document: unknown, pointer: string): Array<string | number> {
  let node = document;
  return parsePointer(pointer).map((segment) => {
    const step = Array.isArray(node) ? Number(segment) : segment;
    node = getOwn(node, step);
    return step;
  });
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of parsePointer(pointer)) node = getOwn(node, Array.isArray(node) ? Number(segment) : segment);
  return node;
}

function splice(text: string, splices: Splice[]): string {
  let result = text;
  // From the end, so earlier offsets stay valid.
  for (const { start, end, text: replacement } of [...splices].sort((a, b) => b.start - a.start)) result = result.slice(0, start) + replacement + result.slice(end);
  return result;
}

/**
 * Migrates a study report given as text (YAML or JSON, bounded and parsed as `check` parses it) and
 * returns the migrated text in the same syntax, changed only where the migration changes something.
 */
export function migrateText(text: string, options: ParseTextOptions & MigrateOptions = {}): MigrateTextResult {
  const { to: _target, renames: _renames, ...parseOptions } = options;
  return migrateParsedText(text, parseReportText(text, parseOptions), options);
}

/** migrateText for a text already parsed (e.g. read from bytes by the command line): `parsed` must come from `text`. */
export function migrateParsedText(text: string, parsed: ParseResult, options: ParseTextOptions & MigrateOptions = {}): MigrateTextResult {
  const { to, renames, ...parseOptions } = options;
  if (!parsed.ok) return { ok: false, input: parsed.error };
  const locate = (error: MigrateError): MigrateError & { line?: number; column?: number } => ({ ...error, ...(parsed.sourceMap.locate(error.pointer) ?? {}) });
  const plan = migrate(parsed.document, { ...(to !== undefined ? { to } : {}), ...(renames !== undefined ? { renames } : {}) });
  // In the order they appear in the file.
  if (!plan.ok) return { ok: false, errors: plan.errors.map(locate).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
  // parseReportText reads past a byte-order mark; offsets below are into the text after it.
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = text.slice(bom.length);
  const splices = parsed.format === 'json' ? jsonSplices(body, plan.edits, parsed.document) : yamlSplices(body, plan.edits, parsed.document);
  if (!Array.isArray(splices)) return { ok: false, errors: [locate(splices)] };
  const migrated = bom + splice(body, splices);
  // The text must say what the plain-data migration says; anything else is a bug, never a silent change.
  const reparsed = parseReportText(migrated, parseOptions);
  if (!reparsed.ok || JSON.stringify(reparsed.document) !== JSON.stringify(plan.document)) {
    return { ok: false, input: { code: 'internal-error', file: parsed.file, message: 'the migrated text does not read back as the migrated document; nothing was written. Please report this.' } };
  }
  return { ok: true, text: migrated, format: parsed.format, from: plan.from, to: plan.to, edits: plan.edits };
}
