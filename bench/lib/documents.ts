/**
 * The documents every benchmark runs on: the examples (their 1.0 originals), and documents of 1, 10 and 100
 * treatment arms built from multi-arm-three-doses.yaml (its arms repeated with fresh ids), plus damaged copies for the
 * agreement checks. Deterministic: the same documents on every run and machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportText } from '../../src/io/parse.js';

type Json = Record<string, unknown>;

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
// The 1.0 originals of the examples: the baselines (ajv, the zod model) are built from the 1.0 schema, so
// the documents must be 1.0 too (examples/ holds them migrated to 1.1; bench/schema-versions.ts compares
// 1.1 with 1.0).
export const EXAMPLES_DIR = join(ROOT, 'test/fixtures/documents-1.0');
export const SCHEMA_FILE = join(ROOT, 'schemas/study-report-1.0.schema.json');
export const ARM_COUNTS = [1, 10, 100] as const;

export interface NamedDocument {
  name: string;
  document: Json;
}

/** The examples as checklist 1.1 documents (examples/), for baselines built from the 1.1 schema. */
export const CURRENT_EXAMPLES_DIR = join(ROOT, 'examples');
export const CURRENT_SCHEMA_FILE = join(ROOT, 'schemas/study-report-1.1.schema.json');

/** The study reports (.yaml) of a folder, by name; by default the 1.0 originals of the examples. */
export function exampleDocuments(dir: string = EXAMPLES_DIR): NamedDocument[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = parseReportText(readFileSync(join(dir, file), 'utf8'), { filename: file });
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
      return { name: file, document: parsed.document };
    });
}

/** The multi-arm example with `count` arms: its own arms repeated in turn, each with its own id and label. */
export function withArms(base: Json, count: number): Json {
  const document = structuredClone(base);
  const dose = document.doseAdministration as Json;
  const arms = (base.doseAdministration as Json).arms as Json[];
  dose.arms = Array.from({ length: count }, (_, index) => ({
    ...structuredClone(arms[index % arms.length]!),
    id: `arm-${index + 1}`,
    label: `Arm ${index + 1}`,
  }));
  return document;
}

export function armDocuments(): NamedDocument[] {
  const base = exampleDocuments().find((entry) => entry.name === 'multi-arm-three-doses.yaml');
  if (!base) throw new Error(`${EXAMPLES_DIR}/multi-arm-three-doses.yaml is missing`);
  return ARM_COUNTS.map((count) => ({ name: `${count} arm${count === 1 ? '' : 's'}`, document: withArms(base.document, count) }));
}

/** A small deterministic random source (the same damaged documents on every run). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const REPLACEMENTS: unknown[] = [null, 'text', -5, 0, 1e12, true, [], {}, { notApplicable: 'x' }, { notApplicable: 'not done' }, { notReported: true }, { notReported: false }, { value: 'other' }, { unknownKey: 1 }, 'µL', { value: 1, unit: 'mL' }, ['a', 'a'], ''];

function paths(node: unknown, base: Array<string | number>, out: Array<Array<string | number>>): Array<Array<string | number>> {
  if (base.length > 0) out.push(base);
  if (node !== null && typeof node === 'object') {
    for (const key of Object.keys(node)) paths((node as Json)[key], [...base, Array.isArray(node) ? Number(key) : key], out);
  }
  return out;
}

/** A copy with one to four values removed, replaced by something else, or given a stray sibling key. */
export function damaged(document: Json, next: () => number): Json {
  const copy = structuredClone(document);
  const all = paths(copy, [], []);
  const changes = 1 + Math.floor(next() * 4);
  for (let change = 0; change < changes; change++) {
    const path = all[Math.floor(next() * all.length)]!;
    let parent: unknown = copy;
    for (const segment of path.slice(0, -1)) parent = (parent as Json | undefined)?.[segment as string];
    if (parent === null || typeof parent !== 'object') continue;
    const key = path[path.length - 1]!;
    const roll = next();
    if (roll < 0.3) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Json)[key];
    } else if (roll < 0.85) {
      (parent as Json)[key as string] = structuredClone(REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]);
    } else if (!Array.isArray(parent)) {
      (parent as Json)[`${String(key)}X`] = 1;
    }
  }
  return copy;
}
