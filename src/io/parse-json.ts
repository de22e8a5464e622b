/** JSON with source positions: the value from JSON.parse, positions and syntax errors from jsonc-parser. */
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { parseTree, printParseErrorCode } from './jsonc.js';
import type { InputError } from './errors.js';
import { parseJsonFast } from './json-fast.js';
import { DEFAULT_LIMITS, scanJsonText, tooDeepForParser, type InputLimits } from './limits.js';
import { lineStarts, offsetToLocation, treeSourceMap, type SourceMap } from './source-map.js';

/** `limitsChecked`: the value is known to be within every limit (checkValueLimits would find nothing). */
export type ParsedText = { ok: true; value: unknown; sourceMap: SourceMap; limitsChecked?: true } | { ok: false; error: InputError };

const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

/** What to do about each syntax error, said here: the user should not need another tool to find it. */
const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: 'JSON keys and texts are in double quotes, numbers are plain decimals, and the only words are true, false and null.',
  InvalidNumberFormat: 'Write the number as a plain decimal (e.g. 2000000 or 2e6), without a leading + or zeros.',
  PropertyNameExpected: 'Put the key in double quotes ("key": value).',
  ValueExpected: 'Give a value here: text in double quotes, a number, true, false, null, an object or a list.',
  ColonExpected: 'Put a colon between the key and its value ("key": value).',
  CommaExpected: 'Put a comma between two entries.',
  CloseBraceExpected: 'Close the object with }, or add the comma missing between two of its entries.',
  CloseBracketExpected: 'Close the list with ], or add the comma missing between two of its entries.',
  EndOfFileExpected: 'The document ended before this place: remove what follows it.',
  InvalidCommentToken: 'Remove the comment: JSON has none (write the study report as YAML to keep comments).',
  UnexpectedEndOfComment: 'Remove the comment: JSON has none.',
  UnexpectedEndOfString: 'Close the text with a double quote.',
  UnexpectedEndOfNumber: 'Complete the number.',
  InvalidUnicode: 'A \\u escape takes four hexadecimal digits (e.g. \\u00b5).',
  InvalidEscapeCharacter: 'Escape a backslash as \\\\; the other escapes are \\" \\/ \\b \\f \\n \\r \\t and \\uXXXX.',
  InvalidCharacter: 'Write a tab as \\t and a line break as \\n inside a text.',
};

/** The comma just before offset (whitespace between), when the parser stopped at a closing } or ]. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  if (text[offset] !== '}' && text[offset] !== ']') return undefined;
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text[at]!)) at--;
  return text[at] === ',' ? at : undefined;
}

/** The syntax error as the user should read it: a trailing comma named as such, placed on the comma. */
function syntaxError(text: string, file: string, error: ParseError | undefined): InputError {
  const code = error ? printParseErrorCode(error.error) : 'ValueExpected';
  const offset = error?.offset ?? 0;
  const comma = code === 'PropertyNameExpected' || code === 'ValueExpected' ? trailingCommaBefore(text, offset) : undefined;
  if (comma !== undefined) {
    const closing = text[offset] === '}' ? 'object' : 'list';
    return {
      code: 'json-syntax',
      file,
      ...offsetToLocation(lineStarts(text), comma),
      message: `invalid JSON: a trailing comma after the last entry of ${closing === 'object' ? 'an object' : 'a list'}.`,
      hint: 'Remove this comma: JSON allows none after the last entry.',
    };
  }
  // A second document after the first: NDJSON read without --ndjson-input, most likely.
  const secondDocument = code === 'EndOfFileExpected' && (/\.(ndjson|jsonl)$/i.test(file) || text[offset] === '{');
  const hint = secondDocument ? 'A file holds one study report; for one JSON document per line (NDJSON), check it with --ndjson-input.' : SYNTAX_HINTS[code];
  return { code: 'json-syntax', file, ...offsetToLocation(lineStarts(text), offset), message: `invalid JSON: ${SYNTAX_WORDS[code] ?? code}.`, ...(hint ? { hint } : {}) };
}

function childOf(node: JsonNode, segment: string): JsonNode | undefined {
  if (node.type === 'object') {
    // The last occurrence wins, as in JSON.parse (duplicates are rejected before we get here anyway).
    const property = node.children?.findLast((entry) => entry.children?.[0]?.value === segment);
    return property?.children?.[1];
  }
  if (node.type === 'array' && /^\d+$/.test(segment)) return node.children?.[Number(segment)];
  return undefined;
}

/** The first key that appears twice in one object, iteratively so deep input cannot overflow the stack. */
function findDuplicateKey(root: JsonNode): JsonNode | undefined {
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<unknown>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && seen.has(key.value)) return key;
        if (key) seen.add(key.value);
        if (property.children?.[1]) stack.push(property.children[1]);
      }
    } else if (node.type === 'array') {
      stack.push(...(node.children ?? []));
    }
  }
  return undefined;
}

/** The fast path's answer as a parse result (its limits are checked on the value already); undefined where it steps aside. */
export function parseJsonFastText(text: string, limits: InputLimits = DEFAULT_LIMITS): ParsedText | undefined {
  const fast = parseJsonFast(text, limits);
  return fast && { ok: true, value: fast.value, sourceMap: fast.sourceMap, limitsChecked: true };
}

/**
 * jsonc-parser's tree: every syntax error, limit and duplicate key reported with its place. For the texts
 * the fast path steps aside from (valid text within every limit, nearly every input, takes that one).
 */
export function parseJsonSlow(text: string, file: string, limits: InputLimits = DEFAULT_LIMITS): ParsedText {
  // Depth first: jsonc-parser recurses once per level, so deep nesting must not reach it.
  const over = scanJsonText(text, limits);
  if (over) {
    const { offset = 0, code, message, hint } = over;
    return { ok: false, error: { code, file, ...offsetToLocation(lineStarts(text), offset), message, ...(hint ? { hint } : {}) } };
  }
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // jsonc-parser recurses once per level: with --max-depth raised far enough, the stack runs out first.
    if (!(error instanceof RangeError)) throw error;
    const { code, message, hint } = tooDeepForParser(limits);
    return { ok: false, error: { code, file, line: 1, column: 1, message, ...(hint ? { hint } : {}) } };
  }
  const first = errors[0];
  if (first || !tree) return { ok: false, error: syntaxError(text, file, first) };
  const duplicate = findDuplicateKey(tree);
  if (duplicate) {
    const at = offsetToLocation(lineStarts(text), duplicate.offset);
    return {
      ok: false,
      error: { code: 'duplicate-key', file, ...at, message: `the key "${String(duplicate.value).slice(0, 60)}" appears twice in the same object.`, hint: 'Keep one of them: which one is meant is ambiguous.' },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // jsonc-parser accepted what JSON.parse rejects (e.g. lone surrogates): report it at the start.
    return { ok: false, error: { code: 'json-syntax', file, line: 1, column: 1, message: `invalid JSON: ${(error as Error).message}.` } };
  }
  return { ok: true, value, sourceMap: treeSourceMap(text, tree, childOf, (node) => node.offset) };
}
