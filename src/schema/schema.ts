/**
 * The study-report JSON Schema 1.0 and the facts about it the rest of the library needs. Kept as the 1.0
 * view while callers move to the version registry (`versions.ts`), which holds every version.
 */
import studyReportSchema from '../../schemas/study-report-1.0.schema.json' with { type: 'json' };
import type { SectionKey } from '../report/types.js';
import { createSchemaFacts, type UnitContainer } from './facts.js';

type Json = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) of a study report, as shipped in `schemas/`. */
export const schema: Readonly<Json> = studyReportSchema as Json;

/** Where per-unit entries live: production declares preparations; other sections override per preparation. */
export const UNIT_CONTAINERS: Readonly<Record<string, UnitContainer>> = {
  production: { container: 'preparations', idField: 'id', unit: 'preparation' },
  storage: { container: 'preparations', idField: 'preparationId', unit: 'preparation' },
  qualityControl: { container: 'preparations', idField: 'preparationId', unit: 'preparation' },
  characterization: { container: 'preparations', idField: 'preparationId', unit: 'preparation' },
  doseAdministration: { container: 'arms', idField: 'id', unit: 'arm' },
};

const facts = createSchemaFacts(schema as Json, UNIT_CONTAINERS);

/** For each section, its item keys and the `$defs` name that validates each. */
export const ITEM_DEFS: Readonly<Record<string, Readonly<Record<string, string>>>> = facts.itemDefs;

/** Keys allowed in a section object, or in its unit entries, for "did you mean" suggestions. */
export function allowedKeys(pointerParts: string[]): string[] {
  return facts.allowedKeys(pointerParts);
}

/** The schema node of a `$defs` entry. */
export function definition(name: string): Json | undefined {
  return facts.definition(name);
}

export const SCHEMA_SECTIONS = Object.keys(ITEM_DEFS) as SectionKey[];
