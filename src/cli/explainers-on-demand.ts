/**
 * The command-line tool's explaining validators (in place of `src/schema/explainers.ts`, see there and
 * tsup.config.ts): a version's generated validators are imported when a document of that version is first
 * rejected by the fast check (see on-demand.ts). Compiling both versions' 1.4 MB cost `check` about 17 ms
 * before its first document; a batch of valid documents now never pays it.
 */
import type { Explainers } from '../schema/explainers.js';
import type { GeneratedValidator } from '../schema/runtime.js';
import type { SchemaVersion } from '../schema/versions.js';
import { needAndThrow, onDemand } from './on-demand.js';

/** Each version's generated validators, imported when a document of that version first needs them. */
const GENERATED: Readonly<Record<SchemaVersion, ReturnType<typeof onDemand<Explainers>>>> = {
  '1.0': onDemand(async () => (await import('../schema/generated/1.0/validators.js')) as unknown as Explainers),
  '1.1': onDemand(async () => (await import('../schema/generated/1.1/validators.js')) as unknown as Explainers),
};

/**
 * Stand-ins for a version's validators, looked up by name as the generated module's exports are: each
 * calls the real validator once it is loaded and carries its `errors`, as ajv's validators do.
 */
function standIns(version: SchemaVersion): Explainers {
  const made = new Map<string, GeneratedValidator>();
  const standIn = (name: string): GeneratedValidator => {
    const validator: GeneratedValidator = (data, context) => {
      const module = GENERATED[version].module() ?? needAndThrow(GENERATED[version].load, `the explaining validators of schema ${version}`);
      const real = module[name]!;
      const valid = real(data, context);
      validator.errors = real.errors;
      return valid;
    };
    made.set(name, validator);
    return validator;
  };
  // A Proxy, because the names are those of the generated module, which is not loaded yet.
  return new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? (made.get(name) ?? standIn(name)) : undefined) });
}

/** The explaining validators of a version: stand-ins that work once it is loaded. */
export function explainersOf(version: SchemaVersion): Explainers {
  return standIns(version);
}

/** Loads every version's explaining validators, for a command that validates without check's retry. */
export async function loadExplainers(): Promise<void> {
  await Promise.all(Object.values(GENERATED).map((generated) => generated.load()));
}
