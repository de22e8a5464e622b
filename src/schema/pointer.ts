/** JSON pointers (RFC 6901): the one way this library names a place in a document. */

export function escapePointerSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Most keys hold neither character: skip the two scans that build new strings.
  return segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment;
}

export function toPointer(segments: ReadonlyArray<string | number>): string {
  let pointer = '';
  for (const segment of segments) pointer += `/${escapePointerSegment(segment)}`;
  return pointer;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  // Cut at each "/" rather than `slice(1).split('/')`: no copy of the whole pointer, and no call into the
  // runtime's split (every finding is located this way; this took a third of the time of locating).
  const segments: string[] = [];
  let start = 1;
  for (let end = pointer.indexOf('/', start); end !== -1; end = pointer.indexOf('/', start)) {
    segments.push(pointer.slice(start, end));
    start = end + 1;
  }
  segments.push(pointer.slice(start));
  // Nearly every pointer has no escapes: then the segments are the answer.
  return pointer.includes('~') ? segments.map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~')) : segments;
}

/** Whether `pointer` is `ancestor` or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** A JSON object: not null, not a list. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own-property lookup, so keys such as `__proto__` or `constructor` in user data are just keys. */
export function getOwn(value: unknown, key: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

export function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of parsePointer(pointer)) {
    node = getOwn(node, Array.isArray(node) ? Number(segment) : segment);
    if (node === undefined) return undefined;
  }
  return node;
}
