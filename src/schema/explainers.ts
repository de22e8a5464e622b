/**
 * The explaining validators of each schema version: ajv's generated code, which says what is wrong with a
 * document the fast check (`fast-check.ts`) has rejected. A valid document never runs them.
 *
 * Here they are imported statically: the library, the page and the sources hold them from the start. The
 * command-line build puts `src/cli/explainers-on-demand.ts` in this module's place (tsup.config.ts): it
 * loads a version's validators when a document first needs them, so `check` on valid documents never
 * compiles their 1.4 MB. Both modules export the same two functions.
 */
import * as generated10 from './generated/1.0/validators.js';
import * as generated11 from './generated/1.1/validators.js';
import type { GeneratedValidator } from './runtime.js';
import type { SchemaVersion } from './versions.js';

/** A version's generated validators by name (`validateSkeleton`, `value_<Def>`, `validateNotReported`, …). */
export type Explainers = Readonly<Record<string, GeneratedValidator>>;

const EXPLAINERS: Readonly<Record<SchemaVersion, unknown>> = { '1.0': generated10, '1.1': generated11 };

/** The explaining validators of a version. */
export function explainersOf(version: SchemaVersion): Explainers {
  return EXPLAINERS[version] as Explainers;
}

/** Makes every version's explaining validators ready to run (here they always are). */
export function loadExplainers(): Promise<void> {
  return Promise.resolve();
}
