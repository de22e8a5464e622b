/**
 * Study documents as `convert` writes them: YAML or JSON with keys in the schema's order, and a study's id
 * from its file name. Runtime-agnostic and free of the workbook writer, so the page can load it.
 */
import { stringify } from 'yaml';
import { inSchemaOrder } from './key-order.js';

/** A study's id from its file's name: `papers/ref-107.yaml` → `ref-107`. */
export function studyIdOfFile(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
}

/** A study as YAML, keys in schema order (block style, no anchors, no line folding). */
export function documentToYaml(document: Record<string, unknown>): string {
  return stringify(inSchemaOrder(document), { version: '1.2', aliasDuplicateObjects: false, lineWidth: 0 });
}

/** A study as JSON, keys in schema order, two-space indent. */
export function documentToJson(document: Record<string, unknown>): string {
  return `${JSON.stringify(inSchemaOrder(document), null, 2)}\n`;
}

