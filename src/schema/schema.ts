/** The study-report JSON Schema and the facts about it the rest of the library needs. */
import studyReportSchema from '../../schemas/study-report-1.0.schema.json' with { type: 'json' };
import type { SectionKey } from '../report/types.js';

type Json = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) of a study report, as shipped in `schemas/`. */
export const schema: Readonly<Json> = studyReportSchema as Json;

const defs = (schema.$defs ?? {}) as Record<string, Json>;
const sectionSchemas = (schema.properties ?? {}) as Record<string, Json>;

/** Where per-unit entries live: production declares preparations; other sections override per preparation. */
export const UNIT_CONTAINERS: Readonly<Record<string, { container: string; idField: string; unit: 'preparation' | 'arm' }>> = {
  production: { container: 'preparations', idField: 'id', unit: 'preparation' },
  storage: { container: 'preparations', idField: 'preparationId', unit: 'preparation' },
  qualityControl: { container: 'preparations', idField: 'preparationId', unit: 'preparation' },
  characterization: { container: 'preparations', idField: 'preparationId', unit: 'preparation' },
  doseAdministration: { container: 'arms', idField: 'id', unit: 'arm' },
};

function refName(node: unknown): string | undefined {
  const ref = (node as Json | undefined)?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
}

function isItemDef(name: string | undefined): name is string {
  const oneOf = name ? (defs[name]?.oneOf as Json[] | undefined) : undefined;
  return refName(oneOf?.[0]) === 'NotApplicable' && refName(oneOf?.[1]) === 'NotReported';
}

/** For each section, its item keys and the `$defs` name that validates each. */
export const ITEM_DEFS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  Object.entries(sectionSchemas).map(([section, sectionSchema]) => {
    const properties = (sectionSchema.properties ?? {}) as Record<string, unknown>;
    const items = Object.entries(properties).flatMap(([key, property]) => {
      const name = refName(property);
      return isItemDef(name) ? [[key, name] as const] : [];
    });
    return [section, Object.fromEntries(items)];
  }),
);

/** Keys allowed in a section object, or in its unit entries, for "did you mean" suggestions. */
export function allowedKeys(pointerParts: string[]): string[] {
  let node: Json | undefined = schema as Json;
  for (const part of pointerParts) {
    if (!node) return [];
    if (/^\d+$/.test(part) && node.items) node = node.items as Json;
    else node = ((node.properties ?? {}) as Record<string, Json>)[part];
    const name = refName(node);
    if (name) node = (defs[name]?.oneOf as Json[] | undefined)?.[2] ?? defs[name];
    const nested = refName(node);
    if (nested) node = defs[nested];
  }
  return Object.keys((node?.properties ?? {}) as Json);
}

/** The schema node of a `$defs` entry. */
export function definition(name: string): Json | undefined {
  return defs[name];
}

export const SCHEMA_SECTIONS = Object.keys(ITEM_DEFS) as SectionKey[];
