/** YAML with source positions, configured against alias bombs and for JSON-compatible values only. */
import { Composer, CST, isAlias, isMap, isScalar, isSeq, Lexer, Parser, type Alias, type Document, type Node as YamlNode } from 'yaml';
import type { InputError } from './errors.js';
import { DEFAULT_LIMITS, scanYamlText, tooDeep, tooDeepForParser, tooManyTokens, tooLongAsWritten, tooManyItems, type InputLimits, type LimitProblem } from './limits.js';
import type { ParsedText } from './parse-json.js';
import { locateOffset, treeSourceMap } from './source-map.js';
import { parseYamlFast } from './yaml-fast.js';

/** More aliases than any real study report needs; far fewer than an expansion attack uses. */
export const MAX_YAML_ALIASES = 100;

const ERROR_WORDS: Record<string, string> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document',
  TAB_AS_INDENT: 'tabs are used for indentation (YAML needs spaces)',
  BAD_INDENT: 'the indentation is inconsistent',
  TAG_RESOLVE_FAILED: 'an unknown YAML tag is used',
  ALIAS_PROPS: 'an alias cannot carry a tag or anchor',
  BAD_ALIAS: 'an alias refers to an anchor that does not exist',
  MISSING_CHAR: 'a character is missing',
  UNEXPECTED_TOKEN: 'unexpected text',
  BLOCK_AS_IMPLICIT_KEY: 'a block value is used as a key',
  MULTILINE_IMPLICIT_KEY: 'a key spans several lines',
  BAD_SCALAR_START: 'a value starts with a reserved character (quote it)',
  RESOURCE_EXHAUSTION: 'aliases expand to too much data',
};

/**
 * Plain data only: the YAML 1.2 core schema, no YAML 1.1 extras (`!!binary`, `!!set`, `!!omap`,
 * `!!timestamp` would give bytes, sets, maps and dates), no merge keys, no custom tags.
 */
const OPTIONS = {
  // Duplicate keys are found by checkKeys, in linear time; the library compares every pair of keys.
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  intAsBigInt: false,
  version: '1.2',
  // Problems are reported as values; the library must not print warnings of its own.
  logLevel: 'error',
} as const;

/**
 * Syntax elements (lexer tokens) allowed per value: a key, its indicator, spaces, a line break, a comment
 * and some to spare. The parser keeps hundreds of bytes per token, and a token costs as little as one input
 * byte (a blank line, a comment line, each line of a quoted text, `&a ` or `!t ` repeated), so a file within
 * the size limit could otherwise exhaust the heap before any other limit is checked.
 */
export const YAML_TOKENS_PER_VALUE = 8;

/**
 * The lexer's tokens, counted as they come and refused at the budget: the cost is bounded by the budget,
 * not the input. They are kept as the strings they are (a few bytes each), so the parser reads them
 * without lexing the text a second time, and holds its own (far larger) tokens only within the budget.
 */
function lexemesWithinBudget(text: string, limits: InputLimits): { lexemes: string[] } | { over: LimitProblem } {
  const budget = YAML_TOKENS_PER_VALUE * limits.maxValues;
  const lexemes: string[] = [];
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (lexemes.length === budget) return { over: tooManyTokens(limits, budget, offset) };
    lexemes.push(lexeme);
    offset += lexeme.length;
  }
  return { lexemes };
}

/** The concrete syntax tree from the lexer's tokens: what `new Parser().parse(text)` gives, without lexing again. */
function syntaxTree(lexemes: readonly string[]): CST.Token[] {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

function childOf(node: YamlNode, segment: string): YamlNode | undefined {
  if (isMap(node)) {
    const pair = node.items.findLast((entry) => isScalar(entry.key) && String(entry.key.value) === segment);
    return (pair?.value ?? undefined) as YamlNode | undefined;
  }
  if (isSeq(node) && /^\d+$/.test(segment)) return (node.items[Number(segment)] ?? undefined) as YamlNode | undefined;
  return undefined;
}

/**
 * Depth, list lengths and the number of aliases in the concrete syntax tree, iteratively, before composing
 * (which recurses once per level; resolving an alias scans the document, so their number is bounded too).
 */
function checkSyntaxTree(tokens: CST.Token[], limits: InputLimits, counts: { aliases: number } = { aliases: 0 }): LimitProblem | undefined {
  let aliases = 0;
  // Children are pushed last-first, so the first problem in document order is the one reported.
  const stack: Array<{ token: CST.Token; depth: number }> = [];
  for (const token of tokens.toReversed()) if (token.type === 'document' && token.value) stack.push({ token: token.value, depth: 1 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'alias') counts.aliases = aliases + 1;
    if (token.type === 'alias' && ++aliases > MAX_YAML_ALIASES) {
      return { code: 'yaml-syntax', offset: token.offset, message: `invalid YAML: more than ${MAX_YAML_ALIASES} aliases (*name) are used.`, hint: 'Write the values out.' };
    }
    // Block texts too: the composer splits one into a string per line, so a 10 MB one of short lines costs gigabytes.
    const flowText = token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar' || token.type === 'block-scalar';
    if (flowText && token.source.length > 2 * limits.maxStringLength) return tooLongAsWritten(limits, token.source.length, token.offset);
    if (!CST.isCollection(token)) continue;
    if (depth > limits.maxDepth) return tooDeep(limits, { offset: token.offset });
    const isList = token.type === 'block-seq' || (token.type === 'flow-collection' && token.start.source === '[');
    if (isList && token.items.length > limits.maxArrayLength) {
      const extra = token.items[limits.maxArrayLength]!;
      const indicator = extra.start.find((part) => part.type === 'seq-item-ind');
      return tooManyItems(limits, { offset: indicator?.offset ?? extra.value?.offset ?? token.offset });
    }
    for (const item of token.items.toReversed()) {
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
    }
  }
  return undefined;
}

interface NodeProblem {
  code: 'duplicate-key' | 'yaml-syntax';
  offset: number;
  message: string;
}

/**
 * Keys as JavaScript will see them: two keys that become the same property (`1` and `"1"`, `~` and `""`)
 * are duplicates, and a key that is (or is an alias of) a list or mapping is refused rather than turned
 * into text. Every alias must refer to an anchor before it. Iterative, and linear in the number of keys.
 */
function checkNodes(document: Document.Parsed): NodeProblem | undefined {
  const unresolved = (alias: Alias): NodeProblem => ({
    code: 'yaml-syntax',
    offset: alias.range?.[0] ?? 0,
    message: `invalid YAML: ${ERROR_WORDS.BAD_ALIAS} (*${alias.source.slice(0, 60)}; an anchor must come before its aliases).`,
  });
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node) && !node.resolve(document)) return unresolved(node);
    if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]);
    } else if (isMap(node)) {
      const seen = new Set<string>();
      const values: unknown[] = [];
      for (const pair of node.items) {
        const written = pair.key as YamlNode | null;
        const key = isAlias(written) ? written.resolve(document) : written;
        const offset = written?.range?.[0] ?? (pair.value as YamlNode | null)?.range?.[0] ?? node.range?.[0] ?? 0;
        if (isAlias(written) && !key) return unresolved(written);
        if (key && !isScalar(key)) return { code: 'yaml-syntax', offset, message: 'invalid YAML: a key is a list or mapping; keys must be plain text.' };
        const name = isScalar(key) && key.value !== null && key.value !== undefined ? String(key.value) : '';
        if (seen.has(name)) return { code: 'duplicate-key', offset, message: `invalid YAML: the key "${name.slice(0, 60)}" appears twice in the same mapping.` };
        seen.add(name);
        values.push(pair.value);
      }
      for (let index = values.length - 1; index >= 0; index--) stack.push(values[index]);
    }
  }
  return undefined;
}

function tagMessage(message: string): string {
  const tag = /Unresolved tag: (\S+)/.exec(message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!');
  return tag ? `the tag ${tag.slice(0, 80)} is not supported: a study report holds plain data (mappings, lists, text, numbers, true/false)` : ERROR_WORDS.TAG_RESOLVE_FAILED!;
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export function parseYamlText(text: string, file: string, limits: InputLimits = DEFAULT_LIMITS): ParsedText {
  // The block style study reports are written in is read by the fast path (once the estimate of values
  // is within the limit); anything else, and every error, by the yaml package.
  if (!scanYamlText(text, limits)) {
    const fast = parseYamlFast(text, limits);
    if (fast) return { ok: true, value: fast.value, sourceMap: fast.sourceMap };
  }
  return parseYamlSyntax(text, file, limits);
}

/** parseYamlText without the fast path: the `yaml` package reads the text (exported for the tests that hold the two equal). */
export function parseYamlSyntax(text: string, file: string, limits: InputLimits = DEFAULT_LIMITS): ParsedText {
  const at = (offset: number): { line: number; column: number } => locateOffset(text, offset);
  const fail = (problem: LimitProblem | Omit<InputError, 'file' | 'line' | 'column'>, offset: number): ParsedText => {
    const { code, message, hint } = problem;
    return { ok: false, error: { code, file, ...at(offset), message, ...(hint ? { hint } : {}) } };
  };
  // The parser's cost grows with the number of values, so that is bounded on the raw text first.
  const estimate = scanYamlText(text, limits);
  if (estimate) return fail(estimate, estimate.offset ?? 0);
  const lexed = lexemesWithinBudget(text, limits);
  if ('over' in lexed) return fail(lexed.over, lexed.over.offset ?? 0);

  let document: Document.Parsed | undefined;
  let secondDocument: number | undefined;
  const counts = { aliases: 0 };
  try {
    const tokens = syntaxTree(lexed.lexemes);
    const over = checkSyntaxTree(tokens, limits, counts);
    if (over) return fail(over, over.offset ?? 0);
    for (const composed of new Composer(OPTIONS).compose(tokens, true, text.length)) {
      if (!document) document = composed;
      else {
        secondDocument = composed.range[0];
        break;
      }
    }
  } catch (error) {
    // Not expected after the checks above; a parser failure is still this input's problem, not a crash.
    if (isStackOverflow(error)) return fail(tooDeepForParser(limits), 0);
    return fail({ code: 'yaml-syntax', message: `invalid YAML: ${String((error as Error).message).split('\n')[0]}.` }, 0);
  }
  if (!document) return fail({ code: 'empty', message: 'the file is empty.' }, 0);

  const problem = document.errors[0] ?? document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  // The composer calls a stack overflow "resource exhaustion": without aliases, that is depth.
  if (problem?.code === 'RESOURCE_EXHAUSTION' && counts.aliases === 0) return fail(tooDeepForParser(limits), problem.pos[0]);
  if (problem) {
    const words = problem.code === 'TAG_RESOLVE_FAILED' ? tagMessage(problem.message) : (ERROR_WORDS[problem.code] ?? problem.message.split('\n')[0]);
    return fail(
      {
        code: 'yaml-syntax',
        message: `invalid YAML: ${words}.`,
        ...(problem.code === 'TAB_AS_INDENT' ? { hint: 'Indent with spaces.' } : {}),
      },
      problem.pos[0],
    );
  }
  if (secondDocument !== undefined) return fail({ code: 'yaml-syntax', message: `invalid YAML: ${ERROR_WORDS.MULTIPLE_DOCS}.` }, secondDocument);
  const keyProblem = checkNodes(document);
  if (keyProblem) return fail(keyProblem, keyProblem.offset);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (isStackOverflow(error)) return fail(tooDeepForParser(limits), 0);
    const reason = String((error as Error).message).split('\n')[0]!;
    const words = /alias count/i.test(reason) ? `${ERROR_WORDS.RESOURCE_EXHAUSTION} (more than ${MAX_YAML_ALIASES} values through aliases)` : reason;
    return fail({ code: 'yaml-syntax', message: `invalid YAML: ${words}.`, hint: 'Write the values out instead of repeating them through aliases.' }, 0);
  }
  const root = (document.contents ?? undefined) as YamlNode | undefined;
  return { ok: true, value, sourceMap: treeSourceMap(text, root, childOf, (node) => node.range?.[0]) };
}
