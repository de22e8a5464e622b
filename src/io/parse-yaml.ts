/** YAML with source positions, configured against alias bombs and for JSON-compatible values only. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { InputError } from './errors.js';
import type { ParsedText } from './parse-json.js';
import { treeSourceMap } from './source-map.js';

/** More aliases than any real study report needs; far fewer than an expansion attack uses. */
export const MAX_YAML_ALIASES = 100;

const ERROR_WORDS: Record<string, string> = {
  DUPLICATE_KEY: 'a key appears twice in the same mapping',
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

function childOf(node: YamlNode, segment: string): YamlNode | undefined {
  if (isMap(node)) {
    const pair = node.items.findLast((entry) => isScalar(entry.key) && String(entry.key.value) === segment);
    return (pair?.value ?? undefined) as YamlNode | undefined;
  }
  if (isSeq(node) && /^\d+$/.test(segment)) return (node.items[Number(segment)] ?? undefined) as YamlNode | undefined;
  return undefined;
}

export function parseYamlText(text: string, file: string): ParsedText {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    schema: 'core',
    merge: false,
    intAsBigInt: false,
    version: '1.2',
  });
  const problem = document.errors[0] ?? document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const at = lineCounter.linePos(problem.pos[0]);
    return {
      ok: false,
      error: {
        code: problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
        file,
        line: at.line,
        column: at.col,
        message: `invalid YAML: ${ERROR_WORDS[problem.code] ?? problem.message.split('\n')[0]}.`,
        ...(problem.code === 'TAB_AS_INDENT' ? { hint: 'Indent with spaces.' } : {}),
      },
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    return { ok: false, error: { code: 'yaml-syntax', file, line: 1, column: 1, message: `invalid YAML: ${ERROR_WORDS.RESOURCE_EXHAUSTION} (${(error as Error).message}).` } };
  }
  const root = (document.contents ?? undefined) as YamlNode | undefined;
  return { ok: true, value, sourceMap: treeSourceMap(text, root, childOf, (node) => node.range?.[0]) };
}
