/**
 * The one cell grammar, used by the writer and the reader alike (docs/spreadsheets.md, "Cells"):
 *
 * - numbers as papers write them: `2000000`, `2e6`, `2×10^6`, `2 x 10⁶`, `2 000 000`, `2,000,000`, `−80`
 *   (a comma before exactly three digits groups thousands; any other comma is a decimal comma: `2,5`);
 * - a list of plain values in one cell, separated by `;` (or `|`): `CD9; CD63; CD81`;
 * - a value and its unit in two columns, or both in the value cell: `−80 °C`; a range typed in the value
 *   cell fills the range beside it: `350–450 µL`;
 * - `not reported` (or `NR`): the paper does not say; `not applicable: <reason>` (or `N/A: <reason>`);
 * - YAML flow text for what the flat grammar cannot hold: `[{ marker: CD73, percent: 98.9 }]`;
 * - a cell that starts with `"`, `{` or `[` is YAML flow and means exactly that value, which is how the
 *   writer keeps text that would otherwise read as something else (`"not reported"` is the text).
 *
 * Reading a cell gives a value, a state, or a problem (said to a biologist, without the cell's name: the
 * caller adds where it is).
 */
import { parseYamlText } from '../io/parse-yaml.js';
import { checkValueLimits, DEFAULT_LIMITS, type InputLimits } from '../io/limits.js';
import { stringify } from 'yaml';
import { isPlainObject } from '../schema/pointer.js';
import type { CellValue, Column } from './types.js';

/** `{ notReported: true }` or `{ notApplicable: reason }`, as the document model writes them. */
export type StateValue = { notReported: true } | { notApplicable: string };

/** What a cell says about its column's field. */
export type CellRead =
  | { type: 'empty' }
  /** A value for the field. `exact`: written as YAML flow, so it is this field's own value as written. */
  | { type: 'value'; value: unknown; exact: boolean }
  /** `not reported` / `not applicable: reason` in words: the state of the field or of the value it starts. */
  | { type: 'state'; state: StateValue }
  | { type: 'problem'; message: string; hint?: string };

/** "not reported", "NR", and "n.r." / "n. r." as tables in papers abbreviate it. */
const NOT_REPORTED = /^(?:not[\s-]+reported|nr|n\.\s?r)\.?$/i;
const NOT_APPLICABLE = /^(?:not[\s-]+applicable|n\/a|na)\s*(?::\s*([\s\S]*))?$/i;
/** Shortest reason the schema accepts for `notApplicable`. */
const MIN_REASON = 3;

/** The state written in words, a reason-less "not applicable" (a problem), or undefined for other text. */
export function readStateWords(text: string): { state: StateValue } | { problem: string; hint: string } | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 2000) return undefined;
  if (NOT_REPORTED.test(trimmed)) return { state: { notReported: true } };
  const match = NOT_APPLICABLE.exec(trimmed);
  if (!match) return undefined;
  const reason = (match[1] ?? '').trim();
  if (reason.length === 0) {
    return {
      problem: '"not applicable" needs a reason.',
      hint: 'Write it as "not applicable: <why>" (e.g. "not applicable: the secretome was used fresh"), or "not reported" if the paper does not say.',
    };
  }
  if (reason.length < MIN_REASON) return { problem: `the reason "${reason}" is too short to say why the item does not apply.`, hint: 'Write a few words, e.g. "not applicable: used fresh".' };
  return { state: { notApplicable: reason } };
}

/** Whether a value is a state as the document model writes it (with `where`/`note` beside it or not). */
export function isStateObject(value: unknown): value is StateValue & { where?: string; note?: string } {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  const hasState = value.notReported === true || typeof value.notApplicable === 'string';
  return hasState && keys.every((key) => key === 'notReported' || key === 'notApplicable' || key === 'where' || key === 'note') && !(('notReported' in value) && ('notApplicable' in value));
}

/** The words the writer uses for a bare state, or undefined when the state carries more than the words say. */
export function stateWords(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  if (value.notReported === true) return 'not reported';
  if (typeof value.notApplicable === 'string') {
    const words = `not applicable: ${value.notApplicable}`;
    const read = readStateWords(words);
    return read && 'state' in read && (read.state as { notApplicable?: string }).notApplicable === value.notApplicable ? words : undefined;
  }
  return undefined;
}

// Numbers ------------------------------------------------------------------------------------------------

const SUPERSCRIPTS: Readonly<Record<string, string>> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+' };
/** Minus signs and spaces that papers and word processors use. */
const MINUS = /[\u2212\u2013\u2012\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2009\u202F\u2007]/g;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+(?:e[+-]?\d+)?$/i;
/**
 * 2×10^6, 2 x 10^6, 2·10⁶, 2*10^6, 10^6. Non-ASCII characters of regular expressions are written as \u
 * escapes (the bundle stays ASCII), and no two parts can match the same digits (no backtracking blow-up).
 */
const POWER = /^(?:([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*[\u00D7xX\u00B7*]\s*)?10\^?\(?([+-]?\d{1,3})\)?$/;
/** Superscript digits and signs (10⁶, 10⁻³). */
const SUPERSCRIPT_RUN = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079\u207A\u207B]+/g;

/** A number as papers write it, or undefined. Text longer than any number is never read as one. */
export function parseNumber(text: string): number | undefined {
  if (text.length > 60) return undefined;
  let written = text.trim().replace(MINUS, '-');
  written = written.replace(SUPERSCRIPT_RUN, (run) => `^${[...run].map((char) => SUPERSCRIPTS[char]).join('')}`);
  written = written.replace(/\^\^/g, '^');
  // A decimal comma never has a space after it: "3, 5" is a list of two numbers written with a comma, not 3.5.
  if (/,\s/.test(written)) return undefined;
  const compact = written.replace(SPACES, '');
  if (compact.length === 0) return undefined;
  // "2 000 000": spaces only between groups of three digits.
  const spaced = written.replace(/[\u00A0\u2009\u202F\u2007]/g, ' ');
  if (/\d \d/.test(spaced) && !/^[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?(?:\s*[\u00D7xX\u00B7*].*)?$/.test(spaced.trim())) return undefined;
  let value: number | undefined;
  if (PLAIN.test(compact)) value = Number(compact);
  else if (THOUSANDS.test(compact)) value = Number(compact.replace(/,/g, ''));
  // A decimal comma (a CSV file saved where "2,5" is two and a half); "2,500" is read as thousands above.
  else if (DECIMAL_COMMA.test(compact)) value = Number(compact.replace(',', '.'));
  else {
    const power = POWER.exec(compact);
    if (power) value = Number(`${power[1] ?? '1'}e${power[2]}`);
  }
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** "−80 °C", "10 µL", "2×10^6 cells": a number, then a unit of the column's units. */
export function parseQuantity(text: string, units: readonly string[]): { value: number; unit: string } | undefined {
  if (text.length > 100) return undefined;
  const { rest, unit } = splitUnit(text.trim(), units);
  if (unit === undefined) return undefined;
  const value = parseNumber(rest);
  return value === undefined ? undefined : { value, unit };
}

/** The unit of the column's units that ends the text (the longest, so "µg/mL" is not read as "mL"), and the text before it. */
function splitUnit(text: string, units: readonly string[]): { rest: string; unit?: string } {
  let best: string | undefined;
  for (const unit of units) {
    if (text.endsWith(unit) && (!best || unit.length > best.length)) best = unit;
  }
  return best === undefined ? { rest: text } : { rest: text.slice(0, text.length - best.length), unit: best };
}

const WORD_CHAR = /\w/;
const DIGIT_OR_SPACE = /[\d\s]/;

/**
 * The two ends of a range at its first separator: an en or em dash or the word "to" anywhere, a hyphen only
 * after a digit or space (a leading one is a minus sign). A scan, not a regular expression: a pattern with
 * two open groups around the separator backtracks quadratically on long text.
 */
function rangeEnds(text: string): [string, string] | undefined {
  for (let index = 1; index < text.length; index++) {
    const char = text[index]!;
    const before = text[index - 1]!;
    let length = 0;
    if (char === '\u2013' || char === '\u2014') length = 1;
    else if (char === '-' && DIGIT_OR_SPACE.test(before)) length = 1;
    else if (text.startsWith('to', index) && !WORD_CHAR.test(before) && !WORD_CHAR.test(text[index + 2] ?? '')) length = 2;
    if (length === 0) continue;
    const low = text.slice(0, index).trim();
    const high = text.slice(index + length).trim();
    if (low !== '' && high !== '') return [low, high];
  }
  return undefined;
}

/** "98.9 %" as printed: the number without its trailing sign (a scan, for the same reason as rangeEnds). */
function withoutPercentSign(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('%') ? trimmed.slice(0, -1).trimEnd() : text;
}

/** "350–450 µL", "1-2", "10 to 20 mg": two numbers, and a unit of the column's units when one follows. */
export function parseRange(text: string, units: readonly string[]): { min: number; max: number; unit?: string } | undefined {
  if (text.length > 100) return undefined;
  const { rest, unit } = splitUnit(text.trim(), units);
  const ends = rangeEnds(rest.trim());
  if (!ends) return undefined;
  const min = parseNumber(ends[0]);
  const max = parseNumber(ends[1]);
  if (min === undefined || max === undefined) return undefined;
  return unit === undefined ? { min, max } : { min, max, unit };
}

// YAML flow ------------------------------------------------------------------------------------------------

/** Whether the text is meant as YAML flow (an exact value), judged by its first character. */
function looksExact(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first === '"' || first === '{' || first === '[';
}

/** Reads YAML flow text with the project's parser and limits. */
export function readYaml(text: string, limits: InputLimits): { ok: true; value: unknown } | { ok: false; message: string; hint?: string } {
  const parsed = parseYamlText(text, '', limits);
  if (!parsed.ok) return { ok: false, message: parsed.error.message.replace(/^invalid YAML/, 'the YAML text is not valid'), ...(parsed.error.hint ? { hint: parsed.error.hint } : {}) };
  const over = checkValueLimits(parsed.value, limits);
  if (over) return { ok: false, message: over.message, ...(over.hint ? { hint: over.hint } : {}) };
  return { ok: true, value: parsed.value };
}

/** YAML flow text of a value: `[{ marker: CD73, percent: 98.9 }]`. */
export function writeYaml(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0, version: '1.2', schema: 'core' }).trimEnd();
}

// Reading ------------------------------------------------------------------------------------------------

const TRUE_WORDS = new Set(['true', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'n']);

/** Limits for YAML flow cells and long text (the defaults of a YAML file when not given). */
export interface ReadOptions {
  limits?: InputLimits;
}

function problem(message: string, hint?: string): CellRead {
  return hint === undefined ? { type: 'problem', message } : { type: 'problem', message, hint };
}

function example(column: Column): string {
  switch (column.kind) {
    case 'number':
      return column.units?.length ? `a number such as 2000000, 2e6 or 2×10^6 (its unit in the next column, or typed after it: "-80 °C")` : 'a number such as 2000000, 2e6 or 2×10^6';
    case 'integer':
      return 'a whole number';
    case 'boolean':
      return 'true or false (yes or no)';
    case 'list':
      return 'values separated by ";"';
    default:
      return 'a value';
  }
}

/** "20 µl", "1.5e9 particles": a number, then words that are not part of it (at most 60 characters in all). */
function numberThenWords(text: string): { number: string; words: string } | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 60) return undefined;
  for (let end = trimmed.length - 1; end > 0; end--) {
    const words = trimmed.slice(end).trim();
    if (!/^[^\d\s]/.test(words) || /\d/.test(words)) continue;
    const number = trimmed.slice(0, end).trim();
    if (parseNumber(number) !== undefined) return { number, words };
  }
  return undefined;
}

/** The problem of a number followed by words its column does not take: an unknown unit, or a unit in a column without one. */
function wordAfterNumber(column: Column, cell: string, { number, words }: { number: string; words: string }): CellRead {
  const shown = `"${cell.trim()}"`;
  const units = column.units ?? [];
  if (units.length === 0) return problem(`${shown}: the column takes a number alone, without "${words}".`, `Write ${number}; what is counted or measured is in the column's title and note.`);
  const lower = words.toLowerCase();
  const meant = units.find((unit) => unit.toLowerCase() === lower) ?? units.find((unit) => unit.toLowerCase() === lower.replace(/^u/, 'µ'));
  const listed = units.length > 8 ? `${units.slice(0, 8).join(', ')}, …` : units.join(', ');
  return problem(
    `${shown}: "${words}" is not one of this column's units (${listed}).`,
    `${meant !== undefined ? `Did you mean "${meant}"? ` : ''}Write the number alone here (${number}) and choose the unit from the list in the unit column beside it.`,
  );
}

/**
 * A list cell written with commas instead of ";" ("female, male"). Choices split where every part is a choice
 * and the whole is none (nothing else could be meant); other text is asked about rather than read as one entry.
 * A trailing ";" ("IL-6, measured by ELISA;") says the commas belong to one entry.
 */
function readCommaList(column: Column, cell: string): { ok: true; parts: string[] } | { ok: false; read: CellRead } {
  const parts = cell.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const trimmed = cell.trim();
  if (column.vocabulary) {
    if (column.vocabulary.includes(trimmed)) return { ok: true, parts: [trimmed] };
    if (parts.every((part) => column.vocabulary!.includes(part))) return { ok: true, parts };
  }
  const shown = trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
  return {
    ok: false,
    read: problem(
      `"${shown}" is separated by commas; in a list cell entries are separated by ";".`,
      `Write ${parts.slice(0, 3).join('; ')}${parts.length > 3 ? '; …' : ''} for ${parts.length} entries, or end the cell with ";" (${shown};) if it is one entry with commas in it.`,
    ),
  };
}

/** One list entry as its column reads it. */
function readEntry(column: Column, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const entry = text.trim();
  if (column.itemKind === 'number' || column.itemKind === 'integer') {
    const value = parseNumber(entry);
    return value === undefined ? { ok: false, message: `"${entry.slice(0, 60)}" in the list is not a number.` } : { ok: true, value };
  }
  return { ok: true, value: entry };
}

/**
 * What a cell says about its column's field. Empty cells (and cells of spaces) are empty. Text columns keep
 * text exactly as written; other columns trim it.
 */
export function readCell(column: Column, cell: CellValue, options: ReadOptions = {}): CellRead {
  if (cell === null || cell === undefined) return { type: 'empty' };
  if (typeof cell === 'string' && cell.trim() === '') return { type: 'empty' };
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (typeof cell === 'string') {
    if (cell.length > limits.maxStringLength) return problem(`the cell holds ${cell.length} characters, more than the limit of ${limits.maxStringLength}.`);
    if (column.states) {
      const words = readStateWords(cell);
      if (words && 'state' in words) return { type: 'state', state: words.state };
      if (words) return problem(words.problem, words.hint);
    }
    // Ids are always plain text (a file stem such as "[draft] ref-107" is an id).
    if (column.kind === 'yaml' || column.kind === 'extra' || (looksExact(cell) && column.kind !== 'id')) {
      const parsed = readYaml(cell, limits);
      if (parsed.ok) return { type: 'value', value: parsed.value, exact: true };
      // Text that merely starts with a bracket or quote stays text.
      if (column.kind !== 'text') return problem(`${parsed.message.replace(/\.$/, '')} (the cell is read as YAML flow text).`, parsed.hint ?? 'Write a list as [a, b] and a mapping as { key: value }; put text that starts with [, { or " in double quotes.');
    }
  }
  switch (column.kind) {
    case 'text':
      return { type: 'value', value: typeof cell === 'string' ? cell : String(cell), exact: false };
    case 'id':
    case 'choice':
    case 'unit': {
      if (typeof cell === 'string') return { type: 'value', value: cell.trim(), exact: false };
      // A spreadsheet turns "1.0" typed into a cell into the number 1: the entry of the vocabulary it was.
      const entry = typeof cell === 'number' ? column.vocabulary?.find((candidate) => candidate.trim() !== '' && Number(candidate) === cell) : undefined;
      return { type: 'value', value: entry ?? String(cell), exact: false };
    }
    case 'number':
    case 'integer': {
      if (typeof cell === 'number') return { type: 'value', value: cell, exact: false };
      if (typeof cell === 'boolean') return problem(`${String(cell)} is not a number.`, `Write ${example(column)}.`);
      // A percentage may carry its sign ("98.9 %"), as it is printed.
      const value = parseNumber(column.percent ? withoutPercentSign(cell) : cell);
      if (value !== undefined) return { type: 'value', value, exact: false };
      const worded = numberThenWords(cell);
      if (worded) return wordAfterNumber(column, cell, worded);
      return problem(`"${cell.trim().slice(0, 60)}" is not a number.`, `Write ${example(column)}${column.states ? ', or "not reported"' : ''}.`);
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { type: 'value', value: cell, exact: false };
      const word = String(cell).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { type: 'value', value: true, exact: false };
      if (FALSE_WORDS.has(word)) return { type: 'value', value: false, exact: false };
      return problem(`"${String(cell).trim().slice(0, 60)}" is not true or false.`, `Write true or false (yes or no)${column.states ? ', or "not reported"' : ''}.`);
    }
    case 'list': {
      if (typeof cell !== 'string') return { type: 'value', value: [column.itemKind === 'number' || column.itemKind === 'integer' ? cell : String(cell)], exact: false };
      const separator = cell.includes(';') ? ';' : '|';
      let entries = cell.split(separator).filter((entry) => entry.trim() !== '');
      const numbers = column.itemKind === 'number' || column.itemKind === 'integer';
      if (!numbers && entries.length === 1 && cell.includes(',') && !cell.includes(separator)) {
        const commaList = readCommaList(column, cell);
        if (!commaList.ok) return commaList.read;
        entries = commaList.parts;
      }
      if (entries.length > limits.maxArrayLength) return problem(`the list has ${entries.length} entries, more than the limit of ${limits.maxArrayLength}.`);
      const values: unknown[] = [];
      for (const entry of entries) {
        const read = readEntry(column, entry);
        if (!read.ok) return problem(read.message, `Write ${example(column)}.`);
        values.push(read.value);
      }
      return { type: 'value', value: values, exact: false };
    }
    case 'yaml':
    case 'extra':
      // Numbers and booleans typed into a YAML cell are those values.
      return { type: 'value', value: cell, exact: true };
  }
}

// Writing ------------------------------------------------------------------------------------------------

/** How a string must be written so that the reader gives it back. */
function writeText(column: Column, text: string): CellValue {
  const trimmedKinds = column.kind !== 'text';
  const plain =
    text.trim() !== '' &&
    !looksExact(text) &&
    !(column.states && readStateWords(text) !== undefined) &&
    !(trimmedKinds && text.trim() !== text) &&
    text.length <= 30_000;
  return plain ? text : JSON.stringify(text);
}

function writeListEntry(column: Column, entry: unknown): string | undefined {
  if (column.itemKind === 'number' || column.itemKind === 'integer') return typeof entry === 'number' && Number.isFinite(entry) ? String(entry) : undefined;
  if (typeof entry !== 'string' || entry.trim() !== entry || entry === '' || /[;|]/.test(entry) || looksExact(entry)) return undefined;
  return entry;
}

/**
 * The cell for a field's value. `exactStates`: write a state as YAML flow (`{ notReported: true }`) rather
 * than in words, so that it stays the field's own state (words in the first column of an otherwise empty
 * value mean the whole value's state). Returns undefined for a value no cell of this column can hold
 * (null, or a number JSON cannot hold).
 */
export function writeCell(column: Column, value: unknown, exactStates = false): CellValue | undefined {
  if (value === undefined) return null;
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return undefined;
  if (column.states && !exactStates) {
    const words = stateWords(value);
    if (words !== undefined) return words;
  }
  switch (column.kind) {
    case 'yaml':
    case 'extra':
      return typeof value === 'number' || typeof value === 'boolean' ? value : writeYaml(value);
    case 'number':
    case 'integer':
      if (typeof value === 'number') return value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'list':
      if (Array.isArray(value) && value.length > 0) {
        const entries = value.map((entry) => writeListEntry(column, entry));
        // A single entry must not read as a state in words.
        if (entries.every((entry) => entry !== undefined) && !(column.states && readStateWords(entries.join('; ')) !== undefined)) {
          // One entry with commas in it ends with ";" so that it is not read as a list written with commas.
          return entries.length === 1 && entries[0]!.includes(',') && !(column.itemKind === 'number' || column.itemKind === 'integer') ? `${entries[0]!};` : entries.join('; ');
        }
      }
      break;
    default:
      if (typeof value === 'string') return writeText(column, value);
  }
  return writeYaml(value);
}
