/** Where in the source text a JSON pointer lies, for findings that point at a line and column. */
import type { SourceLocation } from '../report/types.js';
import { parsePointer } from '../schema/pointer.js';

export interface SourceMap {
  /** The location of the value at `pointer`, or of its nearest ancestor present in the file. */
  locate(pointer: string): SourceLocation | undefined;
}

/** Offsets of line starts, to turn an offset into a 1-based line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

export function offsetToLocation(starts: number[], offset: number): SourceLocation {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The location of one offset, counting line breaks up to it only (no table of every line of a huge text). */
export function locateOffset(text: string, offset: number): SourceLocation {
  let line = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    start = index + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * A source map over any tree whose nodes can be looked up by key: `child(node, segment)` steps down one
 * level and `offset(node)` gives where a node starts.
 */
export function treeSourceMap<Node>(
  text: string,
  root: Node | undefined,
  child: (node: Node, segment: string) => Node | undefined,
  offset: (node: Node) => number | undefined,
): SourceMap {
  let starts: number[] | undefined;
  return {
    locate(pointer) {
      if (root === undefined) return undefined;
      let node = root;
      for (const segment of parsePointer(pointer)) {
        const next = child(node, segment);
        if (next === undefined) break;
        node = next;
      }
      const at = offset(node);
      if (at === undefined) return undefined;
      starts ??= lineStarts(text);
      return offsetToLocation(starts, at);
    },
  };
}
