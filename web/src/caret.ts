/**
 * Where the caret is, as a JSON pointer, and back: switching between the YAML view and the form keeps
 * the author's place. The YAML library's node ranges give the deepest value around an offset.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * The JSON pointer of the deepest value whose key or value holds `offset` ('' for the document).
 * Texts that do not parse give the pointer of what parsed up to there, or ''.
 */
export function pointerAtOffset(text: string, offset: number): string {
  const document = parseDocument(text);
  let node: unknown = document.contents;
  let pointer = '';
  // Each step goes into the child whose range (key start to value end) contains the offset.
  for (let depth = 0; depth < 64; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((candidate) => {
        const key = candidate.key as YamlNode | null;
        const value = candidate.value as YamlNode | null;
        const start = key?.range?.[0] ?? value?.range?.[0];
        const end = value?.range?.[2] ?? key?.range?.[2];
        return start !== undefined && end !== undefined && offset >= start && offset <= end;
      });
      if (!pair || !isPair(pair)) break;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      pointer += `/${escapeSegment(key)}`;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => {
        const range = (item as YamlNode | null)?.range;
        return range !== undefined && range !== null && offset >= range[0] && offset <= range[2];
      });
      if (index === -1) break;
      pointer += `/${index}`;
      node = node.items[index];
    } else break;
  }
  return pointer;
}

/** The offset of a 1-based line and column in a text (clamped to the line's end). */
export function offsetOfLocation(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + column - 1, lineEnd === -1 ? text.length : lineEnd);
}
