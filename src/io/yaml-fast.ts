/**
 * The fast path for YAML input, as json-fast.ts is for JSON: the `yaml` package runs cold on the first
 * (often the only) file of a process and takes about ten times its warm time, most of a YAML cold start.
 * Study reports are written in a small part of YAML: block mappings and lists, one-line scalars (plain,
 * or quoted without escapes), one-line flow lists and mappings, folded and literal texts, comments. This
 * parser reads that part only, with the core schema's own rules for plain scalars, and the same
 * positions as the `yaml` package's nodes. Anything else (anchors, tags, escapes, multi-line scalars,
 * duplicate keys, a limit the slow path checks on the syntax, tabs, …) makes it step aside, so the slow
 * path (parse-yaml.ts) reads the text and every error message stays as it was.
 * test/io/yaml-fast.test.ts holds it equal to the slow path on every YAML file of the repository.
 */
import type { InputLimits } from './limits.js';
import { treeSourceMap, type SourceMap } from './source-map.js';

/** A value and where it starts; containers keep their children for positions. */
interface FastNode {
  offset: number;
  value: unknown;
  children?: Map<string, FastNode> | FastNode[];
}

/** Thrown inside the parser to step aside; never leaves this module. */
const STEP_ASIDE = Symbol('step aside');

/**
 * Lexer tokens the slow path allows per value (parse-yaml.ts). Every token of the subset consumes at
 * least one character except the markers before a document and a scalar, so a text of n characters makes
 * fewer than 2n + 2 tokens; the fast path reads only texts under half that bound again.
 */
const TOKENS_PER_VALUE = 8;

// Only printable characters and line feeds: no tabs, carriage returns, controls, line or paragraph
// separators, byte order marks or lone surrogates.
const UNUSUAL_CHARACTER = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
const KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
// Keys the core schema would read as null or a boolean, or that JavaScript treats specially.
const SPECIAL_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
// The core schema's plain-scalar tags (yaml/dist/schema/core), in the order it tries them.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Characters a plain scalar may not start with here (indicators), and the block-scalar headers read.
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const BLOCK_HEADERS = new Set(['>', '>-', '|', '|-']);
/** A study report is a few levels deep; deeper text is left to the slow path, which reports depth problems. */
const MAX_FAST_DEPTH = 48;

function stepAside(): never {
  throw STEP_ASIDE;
}

/** Trailing spaces off (YAML's white space is the space here: no-break and other Unicode spaces are text). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(0, end);
}

/** Whether a plain scalar may start at `at`: not an indicator, except a `-` before a digit or a dot (-80, -.5). */
function plainStart(text: string, at: number): boolean {
  const first = text[at]!;
  if (!INDICATORS.has(first)) return true;
  return first === '-' && /[0-9.]/.test(text[at + 1] ?? '');
}

/** A plain scalar as the core schema reads it; infinities and NaN step aside (the slow path refuses them). */
function plainValue(source: string): unknown {
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT_OCT.test(source)) return parseInt(source.slice(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.slice(2), 16);
  if (FLOAT_NAN.test(source)) stepAside();
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

interface Line {
  start: number;
  /** Index of the line feed, or the text's length. */
  end: number;
  indent: number;
  /** Not blank and not a comment. */
  significant: boolean;
}

class FastYaml {
  readonly #text: string;
  readonly #limits: InputLimits;
  readonly #lines: Line[] = [];
  #line = 0;
  #depth = 0;

  constructor(text: string, limits: InputLimits) {
    this.#text = text;
    this.#limits = limits;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let indent = start;
      while (indent < end && text.charCodeAt(indent) === 0x20) indent++;
      this.#lines.push({ start, end, indent: indent - start, significant: indent < end && text[indent] !== '#' });
      start = end + 1;
    }
  }

  document(): FastNode {
    this.#skipInsignificant();
    const first = this.#lines[this.#line];
    if (!first || first.indent !== 0) stepAside();
    const root = this.#mapping(0, first.start);
    this.#skipInsignificant();
    if (this.#line < this.#lines.length) stepAside();
    return root;
  }

  #skipInsignificant(): void {
    while (this.#line < this.#lines.length && !this.#lines[this.#line]!.significant) this.#line++;
  }

  /** One level deeper: within the depth limit, and within a few dozen levels (the parser recurses per level). */
  #enter(): void {
    if (++this.#depth >= Math.min(this.#limits.maxDepth, MAX_FAST_DEPTH)) stepAside();
  }

  /** The key at `at` (followed by a colon and a space or the line end), and where its value text starts. */
  #key(at: number, end: number): { key: string; next: number } | undefined {
    const match = KEY.exec(this.#text.slice(at, Math.min(end, at + 200)));
    if (!match) return undefined;
    const after = at + match[0].length;
    if (this.#text[after] !== ':' || (after + 1 < end && this.#text[after + 1] !== ' ')) return undefined;
    if (SPECIAL_KEYS.has(match[0])) stepAside();
    return { key: match[0], next: after + 1 };
  }

  /** A block mapping whose keys stand at column `indent`; the first key starts at `first` (mid-line after `- `). */
  #mapping(indent: number, first: number): FastNode {
    this.#enter();
    const value: Record<string, unknown> = {};
    const children = new Map<string, FastNode>();
    let at = first;
    for (;;) {
      const line = this.#lines[this.#line]!;
      const found = this.#key(at, line.end);
      if (!found) stepAside();
      if (children.has(found.key)) stepAside();
      const child = this.#valueAfter(found.next, line, indent);
      children.set(found.key, child);
      value[found.key] = child.value;
      this.#skipInsignificant();
      const next = this.#lines[this.#line];
      if (!next || next.indent < indent) break;
      if (next.indent > indent || this.#text[next.start + indent] === '-') stepAside();
      at = next.start + indent;
    }
    this.#depth--;
    return { offset: first, value, children };
  }

  /** A block list whose dashes stand at column `indent`. `sharesIndent`: it is a mapping value at its key's column. */
  #sequence(indent: number, sharesIndent: boolean): FastNode {
    this.#enter();
    const children: FastNode[] = [];
    const start = this.#lines[this.#line]!.start + indent;
    for (;;) {
      const line = this.#lines[this.#line]!;
      const dash = line.start + indent;
      if (this.#text[dash] !== '-' || this.#text[dash + 1] !== ' ') stepAside();
      let at = dash + 1;
      while (this.#text[at] === ' ') at++;
      if (at >= line.end || this.#text[at] === '#' || this.#text[at] === '-') stepAside();
      const column = at - line.start;
      children.push(this.#key(at, line.end) ? this.#mapping(column, at) : this.#inline(at, line, indent));
      if (children.length > this.#limits.maxArrayLength) stepAside();
      this.#skipInsignificant();
      const next = this.#lines[this.#line];
      if (!next || next.indent < indent) break;
      if (next.indent > indent) stepAside();
      if (this.#text[next.start + indent] !== '-') {
        if (sharesIndent) break;
        stepAside();
      }
    }
    this.#depth--;
    return { offset: start, value: children.map((child) => child.value), children };
  }

  /** The value of a key at column `indent`: on the same line from `at`, or a block on the lines below. */
  #valueAfter(at: number, line: Line, indent: number): FastNode {
    let from = at;
    while (from < line.end && this.#text[from] === ' ') from++;
    if (from < line.end && this.#text[from] !== '#') return this.#inline(from, line, indent);
    this.#line++;
    this.#skipInsignificant();
    const next = this.#lines[this.#line];
    if (!next) stepAside();
    if (next.indent > indent) {
      const start = next.start + next.indent;
      if (this.#text[start] === '-') return this.#sequence(next.indent, false);
      if (!this.#key(start, next.end)) stepAside();
      return this.#mapping(next.indent, start);
    }
    if (next.indent === indent && this.#text[next.start + indent] === '-') return this.#sequence(indent, true);
    return stepAside();
  }

  /** A one-line value starting at `at`; `parent` is the column of the key or dash it belongs to. */
  #inline(at: number, line: Line, parent: number): FastNode {
    const text = this.#text;
    const first = text[at]!;
    if (first === '|' || first === '>') return this.#blockScalar(at, line, parent);
    let node: FastNode;
    let end: number;
    if (first === '[' || first === '{') {
      this.#enter();
      ({ node, end } = this.#flow(at, line.end));
      this.#depth--;
    } else if (first === '"' || first === "'") {
      ({ node, end } = this.#quoted(at, line.end));
    } else {
      if (!plainStart(text, at)) stepAside();
      const comment = text.indexOf(' #', at);
      const stop = comment !== -1 && comment < line.end ? comment : line.end;
      const source = trimSpaces(text.slice(at, stop));
      if (source.includes(': ') || source.endsWith(':')) stepAside();
      node = { offset: at, value: this.#scalar(source) };
      end = stop;
    }
    this.#restOfLine(end, line.end);
    this.#line++;
    return node;
  }

  #scalar(source: string): unknown {
    if (source.length > this.#limits.maxStringLength) stepAside();
    return plainValue(source);
  }

  /** Only spaces, then the line end or a comment, may follow a value. */
  #restOfLine(at: number, end: number): void {
    let index = at;
    while (index < end && this.#text[index] === ' ') index++;
    if (index < end && (this.#text[index] !== '#' || index === at)) stepAside();
  }

  /** A quoted scalar on one line: '' in single quotes is a quote; of the escapes in double quotes, \", \\ and \/ are read. */
  #quoted(at: number, end: number): { node: FastNode; end: number } {
    const text = this.#text;
    const quote = text[at]!;
    let close = at + 1;
    for (; close < end; close++) {
      const char = text[close];
      if (quote === '"' && char === '\\') close++;
      else if (char === quote) {
        if (quote === "'" && text[close + 1] === "'") close++;
        else break;
      }
    }
    if (close >= end) stepAside();
    const inner = text.slice(at + 1, close);
    if (inner.length > this.#limits.maxStringLength) stepAside();
    const value = quote === "'" ? inner.replaceAll("''", "'") : inner.includes('\\') ? inner.replace(/\\(.)/g, (_escape, char: string) => ('"\\/'.includes(char) ? char : stepAside())) : inner;
    return { node: { offset: at, value }, end: close + 1 };
  }

  /** A flow list or mapping closed on the same line. */
  #flow(at: number, end: number): { node: FastNode; end: number } {
    const text = this.#text;
    const list = text[at] === '[';
    const close = list ? ']' : '}';
    const skip = (index: number): number => {
      while (index < end && text[index] === ' ') index++;
      return index;
    };
    const items: FastNode[] = [];
    const members = new Map<string, FastNode>();
    let index = skip(at + 1);
    if (text[index] !== close) {
      for (;;) {
        let key: string | undefined;
        if (!list) {
          const found = this.#key(index, end);
          if (!found || text[found.next] !== ' ') stepAside();
          key = found.key;
          if (members.has(key)) stepAside();
          index = skip(found.next);
        }
        const { node, end: after } = this.#flowItem(index, end);
        if (key === undefined) items.push(node);
        else members.set(key, node);
        index = skip(after);
        if (text[index] === ',') {
          index = skip(index + 1);
          if (text[index] === close) stepAside();
          continue;
        }
        if (text[index] === close) break;
        stepAside();
      }
    }
    if (items.length > this.#limits.maxArrayLength) stepAside();
    const value = list ? items.map((item) => item.value) : Object.fromEntries([...members].map(([key, node]) => [key, node.value]));
    return { node: { offset: at, value, children: list ? items : members }, end: index + 1 };
  }

  #flowItem(at: number, end: number): { node: FastNode; end: number } {
    const text = this.#text;
    const first = text[at];
    if (first === undefined || at >= end) stepAside();
    if (first === '"' || first === "'") return this.#quoted(at, end);
    if (first === '[' || first === '{') {
      this.#enter();
      const flow = this.#flow(at, end);
      this.#depth--;
      return flow;
    }
    if (!plainStart(text, at)) stepAside();
    // A flow scalar ends at a flow indicator; `: ` would make it a key and ` #` a comment (step aside),
    // while a colon or # inside a word (1:1, C#) is text.
    let stop = at;
    for (; stop < end; stop++) {
      const char = text[stop]!;
      if (',[]{}'.includes(char)) break;
      if (char === ':' && (stop + 1 >= end || ' ,[]{}'.includes(text[stop + 1]!))) stepAside();
      if (char === '#' && text[stop - 1] === ' ') stepAside();
    }
    const source = trimSpaces(text.slice(at, stop));
    if (source === '') stepAside();
    return { node: { offset: at, value: this.#scalar(source) }, end: stop };
  }

  /** `>`, `>-`, `|` or `|-` and lines of the same indentation after it, more than `parent`; no blank line inside. */
  #blockScalar(at: number, line: Line, parent: number): FastNode {
    const text = this.#text;
    const header = trimSpaces(text.slice(at, line.end));
    if (!BLOCK_HEADERS.has(header)) stepAside();
    const lines: string[] = [];
    let indent = -1;
    let length = 0;
    for (this.#line++; this.#line < this.#lines.length; this.#line++) {
      const content = this.#lines[this.#line]!;
      if (content.indent === content.end - content.start) break; // blank: the text ends here (or has a blank line inside)
      if (indent === -1) {
        if (content.indent <= parent) stepAside();
        indent = content.indent;
      }
      if (content.indent < indent) break;
      if (content.indent > indent || text[content.end - 1] === ' ') stepAside();
      const body = text.slice(content.start + indent, content.end);
      // The slow path bounds the text as written (indentation included), so the fast path does too.
      length += content.end - content.start + 1;
      if (length > this.#limits.maxStringLength) stepAside();
      lines.push(body);
    }
    if (lines.length === 0) stepAside();
    // After blank lines, the next line must not continue the text (that would be a blank line inside it;
    // a line starting with # there is text, not a comment).
    let after = this.#line;
    while (after < this.#lines.length && this.#lines[after]!.indent === this.#lines[after]!.end - this.#lines[after]!.start) after++;
    const next = this.#lines[after];
    if (next && next.indent >= indent) stepAside();
    const joined = lines.join(header[0] === '>' ? ' ' : '\n');
    return { offset: at, value: header.endsWith('-') ? joined : `${joined}\n` };
  }
}

function childOf(node: FastNode, segment: string): FastNode | undefined {
  const { children } = node;
  if (children instanceof Map) return children.get(segment);
  if (Array.isArray(children) && /^\d+$/.test(segment)) return children[Number(segment)];
  return undefined;
}

/**
 * The value and positions of YAML text written in the subset above; undefined for anything else, which
 * the slow path then reads. The value's limits (values, text lengths) are checked after, as for any value.
 */
export function parseYamlFast(text: string, limits: InputLimits): { value: unknown; sourceMap: SourceMap } | undefined {
  // Within the slow path's budget of lexer tokens by construction, and only ordinary characters.
  if (4 * text.length + 4 > TOKENS_PER_VALUE * limits.maxValues || UNUSUAL_CHARACTER.test(text)) return undefined;
  let root: FastNode;
  try {
    root = new FastYaml(text, limits).document();
  } catch (error) {
    if (error === STEP_ASIDE) return undefined;
    throw error;
  }
  return { value: root.value, sourceMap: treeSourceMap(text, root, childOf, (node) => node.offset) };
}
