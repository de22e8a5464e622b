/**
 * The command-line tool's explaining validators (in place of `src/schema/explainers.ts`, see there and
 * tsup.config.ts): a version's generated validators are imported when a document of that version is first
 * rejected by the fast check. Compiling both versions' 1.4 MB cost `check` about 17 ms before its first
 * document (a fifth of its start); a batch of valid documents now never pays it.
 *
 * Structural validation is synchronous, so it cannot wait for the import: until a version is loaded, its
 * validators throw `ExplainersNotLoaded`; whoever checks (src/cli/batch/check-task.ts) catches that, awaits
 * `loadExplainers(version)` and checks the document again, which gives the same report as the first run
 * would have.
 */
import type { Explainers } from '../schema/explainers.js';
import type { GeneratedValidator } from '../schema/runtime.js';
import type { SchemaVersion } from '../schema/versions.js';

/** Thrown by a validator whose version is not loaded yet: a signal to load it and check again. */
class ExplainersNotLoaded extends Error {
  constructor(readonly version: SchemaVersion) {
    super(`the explaining validators of schema ${version} are not loaded (await loadExplainers first)`);
  }
}

const IMPORTS: Readonly<Record<SchemaVersion, () => Promise<unknown>>> = {
  '1.0': () => import('../schema/generated/1.0/validators.js'),
  '1.1': () => import('../schema/generated/1.1/validators.js'),
};

const loaded: Partial<Record<SchemaVersion, Explainers>> = {};
const loading: Partial<Record<SchemaVersion, Promise<void>>> = {};

/**
 * Stand-ins for a version's validators, to be looked up by name as the generated module's exports are:
 * each calls the real validator once it is loaded and carries its `errors`, as ajv's validators do.
 */
function standIns(version: SchemaVersion): Explainers {
  const made = new Map<string, GeneratedValidator>();
  const standIn = (name: string): GeneratedValidator => {
    const validator: GeneratedValidator = (data, context) => {
      const module = loaded[version];
      if (!module) throw new ExplainersNotLoaded(version);
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

/** The explaining validators of a version: stand-ins that work once `loadExplainers(version)` has settled. */
export function explainersOf(version: SchemaVersion): Explainers {
  return standIns(version);
}

/** Loads a version's explaining validators (every version's without one); at most once each. */
export function loadExplainers(version?: SchemaVersion): Promise<void> {
  if (version === undefined) return Promise.all((Object.keys(IMPORTS) as SchemaVersion[]).map((each) => loadExplainers(each))).then(() => undefined);
  return (loading[version] ??= IMPORTS[version]().then((module) => {
    loaded[version] = module as Explainers;
  }));
}

/** The version whose explaining validators a failed check was missing, if that is why it failed. */
export function missingExplainers(error: unknown): SchemaVersion | undefined {
  return error instanceof ExplainersNotLoaded ? error.version : undefined;
}
