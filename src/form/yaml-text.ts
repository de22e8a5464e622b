/**
 * Edits on YAML text that touch only the text of the edited node. The `yaml` library's Document API
 * keeps comments but prints the whole document again (folded titles re-wrapped, `[in-vivo]` spaced out);
 * here the document is parsed for the positions of its nodes, and only the edited value, the inserted
 * pair or list entry, or the removed one changes in the text. Everything else stays byte for byte.
 *
 * Each primitive edit is checked: the new text is parsed and must hold exactly the data the edit means.
 * Should a layout the splicing does not foresee ever give other data, the edit is made with the
 * Document API instead (comments kept, layout reprinted), never wrongly.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { isPlainObject } from '../schema/pointer.js';

export type Path = ReadonlyArray<string | number>;
type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/** The checker's parse options (src/io/parse-yaml.ts): YAML 1.2 core schema, plain data, no merge keys. */
const PARSE = { schema: 'core', version: '1.2', merge: false, resolveKnownTags: false, intAsBigInt: false, uniqueKeys: true, logLevel: 'error' } as const;

function parse(text: string): Document.Parsed {
  return parseDocument(text, PARSE);
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function column(text: string, index: number): number {
  return index - lineStart(text, index);
}

/** Indents every line but the first by `spaces`. */
function indentRest(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replace(/\n(?=[^\n])/g, `\n${pad}`);
}

function indentAll(text: string, spaces: number): string {
  return ' '.repeat(spaces) + indentRest(text, spaces);
}

function isScalarValue(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** A value as YAML on its own, without the final newline. Small flat collections are written in flow style, as the examples write quantities. */
function render(value: unknown, style: 'auto' | 'flow' = 'auto'): { text: string; block: boolean } {
  if (isScalarValue(value)) return { text: new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, ''), block: false };
  const flat = Array.isArray(value) ? value.every(isScalarValue) : Object.values(value as object).every(isScalarValue);
  if (flat || style === 'flow') {
    const doc = new Document(value);
    (doc.contents as Collection).flow = true;
    const text = doc.toString({ lineWidth: 0, flowCollectionPadding: !Array.isArray(value) }).replace(/\n$/, '');
    // A collection the author wrote in flow style stays in flow style, however long.
    if ((text.length <= 100 || style === 'flow') && !text.includes('\n')) return { text, block: false };
  }
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0;
  if (empty) return { text: Array.isArray(value) ? '[]' : '{}', block: false };
  return { text: new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, ''), block: true };
}

/** The text after `key:` for a value, the key at column `keyColumn`. */
function afterKey(value: unknown, keyColumn: number): string {
  const { text, block } = render(value);
  if (block) return `\n${indentAll(text, keyColumn + 2)}`;
  // A block scalar's lines (`|-` text) are indented below the key.
  return ` ${indentRest(text, keyColumn + 2)}`;
}

/** The text after `- ` for a list entry whose dash is at column `dashColumn`. */
function afterDash(value: unknown, dashColumn: number): string {
  const { text } = render(value);
  return indentRest(text, dashColumn + 2);
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function findPair(map: YAMLMap<unknown, unknown>, key: string | number): Pair<unknown, unknown> | undefined {
  return map.items.find((pair) => keyOf(pair) === key);
}

function child(node: unknown, key: string | number): unknown {
  if (isMap(node)) return findPair(node, key)?.value ?? (findPair(node, key) ? null : undefined);
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return undefined;
}

function range(node: unknown): [number, number, number] | undefined {
  return (node as Node | null | undefined)?.range ?? undefined;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The data at a path of plain data. */
function dataAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isPlainObject(node) && typeof segment === 'string') node = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
    else return undefined;
  }
  return node;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Plain data with the value at `path` set (creating maps on the way), or removed when `value` is undefined. */
export function setData(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return clone(value);
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const copy = Array.isArray(data) ? [...data] : [];
    if (value === undefined && rest.length === 0) copy.splice(head, 1);
    else copy[head] = setData(copy[head], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = isPlainObject(data) ? { ...data } : {};
  const key = String(head);
  if (value === undefined && rest.length === 0) delete copy[key];
  else if (value === undefined && !Object.prototype.hasOwnProperty.call(copy, key)) return copy;
  else copy[key] = setData(copy[key], rest, value);
  return copy;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Replaces a value node in place: a scalar or flow collection by its new text, after `key:` or `- `. */
function replaceValue(text: string, doc: Document.Parsed, parentPath: Path, key: string | number, value: unknown): string | undefined {
  const parent = doc.getIn(parentPath, true) as unknown;
  const node = child(parent, key);
  if (isMap(parent)) {
    const pair = findPair(parent, key)!;
    const keyRange = range(pair.key);
    if (!keyRange) return undefined;
    const colon = text.indexOf(':', keyRange[1]);
    const nodeRange = range(node);
    // A value written in block style (or none at all) is replaced from the colon to its end.
    const end = nodeRange ? (isScalar(node) || (node as Collection).flow ? nodeRange[1] : trimEnd(text, nodeRange[2])) : colon + 1;
    return splice(text, colon + 1, end, afterKey(value, column(text, keyRange[0])));
  }
  if (isSeq(parent)) {
    const nodeRange = range(node);
    if (!nodeRange) return undefined;
    const flowish = isScalar(node) || (node as Collection).flow;
    const end = flowish ? nodeRange[1] : trimEnd(text, nodeRange[2]);
    if (parent.flow) return splice(text, nodeRange[0], end, render(value).text);
    const dash = text.lastIndexOf('-', nodeRange[0]);
    return splice(text, nodeRange[0], end, afterDash(value, column(text, dash)));
  }
  return undefined;
}

/** The end of a block node without its final newline (so the text after it keeps its own line break). */
function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r')) at--;
  return at;
}

/** Rewrites a flow collection as one line from its new data. */
function rewriteFlow(text: string, node: Collection, data: unknown): string | undefined {
  const nodeRange = range(node);
  if (!nodeRange) return undefined;
  const { text: rendered, block } = render(data, 'flow');
  if (block) return undefined;
  return splice(text, nodeRange[0], nodeRange[1], rendered);
}

/** The first key of a block map, for its column. */
function firstKeyStart(map: YAMLMap<unknown, unknown>): number | undefined {
  return range(map.items[0]?.key)?.[0];
}

/** Inserts `key: value` at the end of a block map. */
function insertPair(text: string, map: YAMLMap<unknown, unknown>, key: string, value: unknown): string | undefined {
  const start = firstKeyStart(map);
  const mapRange = range(map);
  if (start === undefined || !mapRange) return undefined;
  const indent = column(text, start);
  let at = mapRange[2];
  let prefix = '';
  if (at > 0 && text[at - 1] !== '\n') {
    // The map ends the text without a newline, or ends on a line with more after it.
    at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
    if (text[at - 1] !== '\n') prefix = '\n';
  }
  const keyText = render(key).text;
  return splice(text, at, at, `${prefix}${' '.repeat(indent)}${keyText}:${afterKey(value, indent)}\n`);
}

/** Appends `- value` to a block list. */
function appendItem(text: string, seq: YAMLSeq<unknown>, value: unknown): string | undefined {
  const seqRange = range(seq);
  if (!seqRange) return undefined;
  const dash = seqRange[0];
  const indent = column(text, dash);
  let at = seqRange[2];
  let prefix = '';
  if (at > 0 && text[at - 1] !== '\n') {
    at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
    if (text[at - 1] !== '\n') prefix = '\n';
  }
  return splice(text, at, at, `${prefix}${' '.repeat(indent)}- ${afterDash(value, indent)}\n`);
}

/** The end of a block list entry's text: after its line break. */
function entryEnd(text: string, node: unknown): number | undefined {
  const nodeRange = range(node);
  if (!nodeRange) return undefined;
  const flowish = isScalar(node) || (node as Collection).flow;
  const from = flowish ? nodeRange[1] : trimEnd(text, nodeRange[2]);
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline + 1;
}

/** The text span of a block list entry: from the end of the previous entry (comment lines above it come along) to its own end. */
function entrySpan(text: string, seq: YAMLSeq<unknown>, index: number): [number, number] | undefined {
  const nodeRange = range(seq.items[index]);
  const end = entryEnd(text, seq.items[index]);
  if (!nodeRange || end === undefined) return undefined;
  const ownLine = lineStart(text, text.lastIndexOf('-', nodeRange[0]));
  const previousEnd = index === 0 ? undefined : entryEnd(text, seq.items[index - 1]);
  return [previousEnd === undefined ? ownLine : Math.min(previousEnd, ownLine), end];
}

function removePair(text: string, map: YAMLMap<unknown, unknown>, key: string | number): string | undefined {
  const index = map.items.findIndex((pair) => keyOf(pair) === key);
  const pair = map.items[index];
  const keyRange = range(pair?.key);
  if (!pair || !keyRange) return undefined;
  const valueRange = range(pair.value);
  let end = valueRange ? valueRange[2] : text.indexOf('\n', keyRange[1]) + 1;
  if (isScalar(pair.value) && valueRange && text[end - 1] !== '\n') end = text.indexOf('\n', valueRange[1]) < 0 ? text.length : text.indexOf('\n', valueRange[1]) + 1;
  const start = lineStart(text, keyRange[0]);
  if (text.slice(start, keyRange[0]).trim() !== '') {
    // The key shares its line with a list dash (`- id: a1`): the next key moves up beside the dash.
    const next = range(map.items[index + 1]?.key);
    if (!next) return undefined;
    return splice(text, keyRange[0], next[0], '');
  }
  return splice(text, start, end, '');
}

function removeItem(text: string, seq: YAMLSeq<unknown>, index: number): string | undefined {
  const span = entrySpan(text, seq, index);
  if (!span) return undefined;
  // Comments before the entry stay where they are: they may speak of the list rather than of this entry.
  const node = seq.items[index];
  const dash = text.lastIndexOf('-', range(node)![0]);
  return splice(text, lineStart(text, dash), span[1], '');
}

/** One primitive edit on the text, or undefined when the layout is not one this module splices. */
function spliceSet(text: string, doc: Document.Parsed, data: unknown, path: Path, value: unknown): string | undefined {
  // Walk down while the document has the path.
  let parentPath: Path = [];
  let node: unknown = doc.contents;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const next = child(node, path[depth]!);
    if (next === undefined) break;
    parentPath = path.slice(0, depth);
    node = next;
  }
  if (depth === path.length) {
    if (path.length === 0) return undefined;
    const key = path.at(-1)!;
    const parent = doc.getIn(path.slice(0, -1), true) as unknown;
    if ((isMap(parent) || isSeq(parent)) && parent.flow) return rewriteFlow(text, parent, setData(dataAt(data, path.slice(0, -1)), [key], value));
    if (isMap(node) && !node.flow && isPlainObject(value)) return undefined; // handled key by key by the caller
    if (isSeq(node) && !node.flow && Array.isArray(value)) return undefined;
    return replaceValue(text, doc, path.slice(0, -1), key, value);
  }
  // `node` holds path[0..depth); path[depth] is missing in it.
  const rest = path.slice(depth + 1);
  const key = path[depth]!;
  const inserted = rest.length === 0 ? value : setData(undefined, rest, value);
  const holderPath = path.slice(0, depth);
  if ((isMap(node) || isSeq(node)) && node.flow) return rewriteFlow(text, node, setData(dataAt(data, holderPath), [key, ...rest], value));
  if (isMap(node) && typeof key === 'string') {
    if (node.items.length === 0) return undefined;
    return insertPair(text, node, key, inserted);
  }
  if (isSeq(node) && typeof key === 'number' && key === node.items.length && node.items.length > 0) return appendItem(text, node, inserted);
  if ((node === null || (isScalar(node) && node.value === null)) && holderPath.length > 0) {
    return replaceValue(text, doc, holderPath.slice(0, -1), holderPath.at(-1)!, setData(undefined, [key, ...rest], value));
  }
  if (holderPath.length === 0 && (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))) {
    // The document's top level is always a block mapping, however small.
    const block = new Document(setData(undefined, path, value)).toString({ lineWidth: 0 });
    return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${block}`;
  }
  return undefined;
}

function spliceDelete(text: string, doc: Document.Parsed, data: unknown, path: Path): string | undefined {
  const key = path.at(-1)!;
  const parent = doc.getIn(path.slice(0, -1), true) as unknown;
  if ((isMap(parent) || isSeq(parent)) && parent.flow) {
    const after = setData(dataAt(data, path.slice(0, -1)), [key], undefined);
    return rewriteFlow(text, parent, after);
  }
  if (isMap(parent)) return removePair(text, parent, key);
  if (isSeq(parent) && typeof key === 'number') return removeItem(text, parent, key);
  return undefined;
}

export interface YamlEditResult {
  text: string;
  /** The edit was made with the Document API (comments kept, layout reprinted) because splicing could not make it. */
  reprinted: boolean;
  /** The data of the new text, as the checker reads it. */
  data: unknown;
}

/** The spliced text when it parses to exactly the expected data. */
function checked(candidate: string | undefined, expected: unknown): YamlEditResult | undefined {
  if (candidate === undefined) return undefined;
  const doc = parse(candidate);
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS() as unknown;
  return equal(data, expected) ? { text: candidate, reprinted: false, data } : undefined;
}

/** The Document API's edit: comments kept, the layout printed anew. The fallback of every splice. */
function reprint(text: string, expected: unknown): YamlEditResult {
  const doc = parse(text);
  doc.contents = doc.createNode(expected) as typeof doc.contents;
  return { text: doc.toString({ lineWidth: 0 }), reprinted: true, data: expected };
}

/** Sets the value at `path` (creating maps on the way). */
export function yamlSet(text: string, path: Path, value: unknown): YamlEditResult {
  const doc = parse(text);
  const data = doc.toJS() as unknown;
  const expected = setData(data, path, value);
  if (equal(dataAt(data, path), value)) return { text, reprinted: false, data };
  const node = path.length > 0 ? (doc.getIn(path, true) as unknown) : undefined;
  // An object or list over a block collection: edit key by key, so untouched entries keep their text.
  if (isMap(node) && !node.flow && isPlainObject(value) && Object.keys(value).length > 0) {
    let result: YamlEditResult = { text, reprinted: false, data };
    for (const existing of node.items.map(keyOf)) {
      if (typeof existing === 'string' && !Object.prototype.hasOwnProperty.call(value, existing)) result = merge(yamlDelete(result.text, [...path, existing]), result);
    }
    for (const [key, entry] of Object.entries(value)) result = merge(yamlSet(result.text, [...path, key], entry), result);
    return result;
  }
  if (isSeq(node) && !node.flow && Array.isArray(value) && value.length > 0) {
    let result: YamlEditResult = { text, reprinted: false, data };
    for (let index = node.items.length - 1; index >= value.length; index--) result = merge(yamlDelete(result.text, [...path, index]), result);
    for (const [index, entry] of value.entries()) result = merge(yamlSet(result.text, [...path, index], entry), result);
    return result;
  }
  return checked(spliceSet(text, doc, data, path, value), expected) ?? reprint(text, expected);
}

function merge(result: YamlEditResult, before: YamlEditResult): YamlEditResult {
  return { ...result, reprinted: before.reprinted || result.reprinted };
}

/** Removes the value at `path`; a map or list left empty is removed from its parent map as well. */
export function yamlDelete(text: string, path: Path): YamlEditResult {
  const doc = parse(text);
  const data = doc.toJS() as unknown;
  if (path.length === 0 || dataAt(data, path) === undefined) return { text, reprinted: false, data };
  const parentPath = path.slice(0, -1);
  const parentData = dataAt(data, parentPath);
  const emptied = Array.isArray(parentData) ? parentData.length === 1 : isPlainObject(parentData) && Object.keys(parentData).length === 1;
  // Removing the last entry removes the holder too, when the holder is a map's value (never the root or a list entry).
  if (emptied && parentPath.length > 0 && typeof parentPath.at(-1) === 'string') return yamlDelete(text, parentPath);
  const expected = setData(data, path, undefined);
  return checked(spliceDelete(text, doc, data, path), expected) ?? reprint(text, expected);
}

/** Moves a list entry to another position; its text (and the comment lines above it) move with it. */
export function yamlMove(text: string, listPath: Path, from: number, to: number): YamlEditResult {
  const doc = parse(text);
  const data = doc.toJS() as unknown;
  const list = dataAt(data, listPath);
  if (!Array.isArray(list) || from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return { text, reprinted: false, data };
  const moved = [...list];
  moved.splice(to, 0, ...moved.splice(from, 1));
  const expected = setData(data, listPath, moved);
  const seq = doc.getIn(listPath, true) as unknown;
  let candidate: string | undefined;
  if (isSeq(seq) && seq.flow) candidate = rewriteFlow(text, seq, moved);
  else if (isSeq(seq)) {
    const spans = seq.items.map((_, index) => entrySpan(text, seq, index));
    if (spans.every((span): span is [number, number] => span !== undefined)) {
      const pieces = spans.map(([start, end]) => {
        const piece = text.slice(start, end);
        return piece.endsWith('\n') ? piece : `${piece}\n`;
      });
      const order = pieces.map((_, index) => index);
      order.splice(to, 0, ...order.splice(from, 1));
      const first = spans[0]![0];
      const last = spans.at(-1)![1];
      const joined = order.map((index) => pieces[index]).join('');
      candidate = text.slice(0, first) + (last === text.length && !text.endsWith('\n') ? joined.replace(/\n$/, '') : joined) + text.slice(last);
    }
  }
  return checked(candidate, expected) ?? reprint(text, expected);
}

