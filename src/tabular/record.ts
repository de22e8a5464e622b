/**
 * One field of a row ↔ its cells. A field's columns are the leaves of its field tree; the value is rebuilt
 * from them by one rule, which the writer relies on:
 *
 * `not reported` or `not applicable: reason` in words in the first column of a value whose other columns
 * are empty (its own `where` and `note` aside) is the state of the whole value, taken at the outermost level
 * that allows a state (`storage.temperature` = `{ notReported: true }`). Anywhere else, and always when
 * written as YAML flow (`{ notReported: true }`), a state belongs to its own column's field.
 *
 * The writer encodes a value, reads the cells back with the reader's rule and keeps them only when they
 * give the same value; otherwise it tries again with states in YAML flow, and gives up (the caller then
 * puts the value in the row's `extra` cell), so nothing is ever written that would read differently.
 */
import { isPlainObject } from '../schema/pointer.js';
import { readCell, writeCell, isStateObject, stateWords, type CellRead } from './cells.js';
import { firstLeaf, type FieldNode, type LeafField } from './layout.js';
import type { CellValue, Column } from './types.js';

/** The read of each layout column of one row. */
export type RowReads = (column: number) => CellRead;

/** Sets a property as an own data property, so that a key such as `__proto__` stays a key. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every column of a field, in order. */
export function leavesOf(node: FieldNode, out: LeafField[] = []): LeafField[] {
  if (node.type === 'leaf') out.push(node);
  else for (const child of node.children) leavesOf(child, out);
  return out;
}

/** The `where` and `note` fields of a value, which stay beside its state. */
function attachedLeaves(node: FieldNode): LeafField[] {
  if (node.type !== 'group') return [];
  return node.children.filter((child): child is LeafField => child.type === 'leaf' && (child.key === 'where' || child.key === 'note'));
}

/** Called for every field the value was rebuilt from: its path below the root and the column it came from. */
export type Visit = (path: readonly string[], column: number) => void;

/** The value of a field from the reads of its columns, or undefined when its columns are empty. */
export function decodeField(node: FieldNode, reads: RowReads, visit?: Visit, path: string[] = []): unknown {
  if (node.type === 'leaf') {
    const read = reads(node.column);
    if (read.type === 'value') {
      visit?.(path, node.column);
      return read.value;
    }
    if (read.type === 'state') {
      visit?.(path, node.column);
      return { ...read.state };
    }
    return undefined;
  }
  if (node.states !== 'none') {
    const first = firstLeaf(node);
    const read = reads(first.column);
    if (read.type === 'state') {
      const attached = attachedLeaves(node);
      const others = leavesOf(node).filter((leaf) => leaf !== first && !attached.includes(leaf));
      if (others.every((leaf) => reads(leaf.column).type === 'empty')) {
        visit?.(path, first.column);
        const value: Record<string, unknown> = { ...read.state };
        for (const leaf of attached) {
          const attachedRead = reads(leaf.column);
          if (attachedRead.type === 'value' || attachedRead.type === 'state') {
            visit?.([...path, leaf.key], leaf.column);
            setOwn(value, leaf.key, attachedRead.type === 'value' ? attachedRead.value : { ...attachedRead.state });
          }
        }
        return value;
      }
    }
  }
  const value: Record<string, unknown> = {};
  for (const child of node.children) {
    const childValue = decodeField(child, reads, visit, [...path, child.key]);
    if (childValue !== undefined) setOwn(value, child.key, childValue);
  }
  if (Object.keys(value).length === 0) return undefined;
  visit?.(path, firstLeaf(node).column);
  return value;
}

/** Writes a value into `cells` (column index → cell); false when its shape does not fit the field tree. */
function encodeInto(node: FieldNode, value: unknown, columns: readonly Column[], cells: Map<number, CellValue>, exactStates: boolean): boolean {
  if (node.type === 'leaf') {
    const cell = writeCell(columns[node.column]!, value, exactStates);
    if (cell === undefined) return false;
    cells.set(node.column, cell);
    return true;
  }
  if (node.states !== 'none' && isStateObject(value)) {
    const bare = 'notReported' in value ? { notReported: value.notReported } : { notApplicable: value.notApplicable };
    const words = stateWords(bare);
    if (words === undefined) return false;
    cells.set(firstLeaf(node).column, words);
    const attached = attachedLeaves(node);
    for (const key of ['where', 'note'] as const) {
      if (!(key in value)) continue;
      const leaf = attached.find((candidate) => candidate.key === key);
      if (!leaf || !encodeInto(leaf, value[key], columns, cells, exactStates)) return false;
    }
    return true;
  }
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    const child = node.children.find((candidate) => candidate.key === key);
    if (!child || !encodeInto(child, value[key], columns, cells, exactStates)) return false;
  }
  return true;
}

/**
 * The cells of a field's value, checked by reading them back; undefined when no cells of this field can
 * hold it exactly.
 */
export function encodeField(node: FieldNode, value: unknown, columns: readonly Column[]): Map<number, CellValue> | undefined {
  for (const exactStates of [false, true]) {
    const cells = new Map<number, CellValue>();
    if (!encodeInto(node, value, columns, cells, exactStates)) continue;
    const back = decodeField(node, (column) => readCell(columns[column]!, cells.get(column) ?? null));
    if (deepEqual(back, value)) return cells;
  }
  return undefined;
}

/** Structural equality of JSON-like values; key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((entry, index) => deepEqual(entry, b[index]));
  if (isPlainObject(a) && isPlainObject(b) && !Array.isArray(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}
