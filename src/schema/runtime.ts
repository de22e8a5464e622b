/**
 * The helpers that ajv's generated code calls. Ours rather than ajv's, so the shipped validators import
 * nothing from ajv and run in a browser under a strict Content-Security-Policy.
 */

/** Error objects as ajv's generated code produces them. */
export interface GeneratedError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface GeneratedValidator {
  (data: unknown, context?: unknown): boolean;
  errors?: GeneratedError[] | null;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** String length in code points, as JSON Schema counts it (a surrogate pair is one character). */
export function ucs2length(text: string): number {
  // Most text has no surrogates: then the length is the answer. The regex finds that out several times
  // faster than the loop below, and every length limit of every text in a document comes here.
  if (!HIGH_SURROGATE.test(text)) return text.length;
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    length++;
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if ((next & 0xfc00) === 0xdc00) index++;
    }
  }
  return length;
}

/**
 * Structural equality of JSON values (used by `uniqueItems`, `const` and `enum`). Iterative, so a deeply
 * nested value cannot overflow the stack; a pair of objects already under comparison counts as equal, so
 * even a cyclic (non-JSON) value handed to the API ends.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[a, b]];
  const compared = new Map<object, Set<object>>();
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
      // NaN equals NaN, as in ajv's own `equal`.
      if (x !== x && y !== y) continue;
      return false;
    }
    const partners = compared.get(x) ?? new Set<object>();
    if (partners.has(y)) continue;
    compared.set(x, partners.add(y));
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const other = y as unknown[];
      if (x.length !== other.length) return false;
      for (let index = 0; index < x.length; index++) pending.push([x[index], other[index]]);
      continue;
    }
    const keysX = Object.keys(x);
    if (keysX.length !== Object.keys(y).length) return false;
    for (const key of keysX) {
      if (!Object.prototype.hasOwnProperty.call(y, key)) return false;
      pending.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}
