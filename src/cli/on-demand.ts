/**
 * Code the built CLI loads when a document first needs it, not at start: the explaining validators
 * (explainers-on-demand.ts) and the parsers beyond the fast JSON path (parsers-on-demand.ts). A batch of
 * valid JSON documents never loads them.
 *
 * Checking is synchronous, so it cannot wait for an import. A stand-in whose code is not loaded yet says
 * what it needs (`need`) and fails: the validators by throwing `NotLoaded`, a parser by returning an error.
 * Whoever checks (src/cli/batch/check-task.ts) then throws that attempt's outcome away, loads what was
 * needed (`takeNeeded`) and checks the document again. Checking has no side effects, so the second outcome
 * is the one the first would have been with everything loaded.
 */

/** Thrown by a stand-in whose code is not loaded yet, after saying what it needs. */
class NotLoaded extends Error {}

const needed = new Set<() => Promise<unknown>>();

/** Records that a check needed `load` (the same function each time: it is loaded once) and throws. */
export function needAndThrow(load: () => Promise<unknown>, what: string): never {
  needed.add(load);
  throw new NotLoaded(`${what} is not loaded yet (a check that needs it is run again once it is)`);
}

/** Records that a check needed `load`; for a stand-in that fails by returning an error value. */
export function need(load: () => Promise<unknown>): void {
  needed.add(load);
}

/** Whether an exception is a stand-in's `NotLoaded`, which is not the document's fault. */
export function isNotLoaded(error: unknown): boolean {
  return error instanceof NotLoaded;
}

const NOTHING: ReadonlyArray<() => Promise<unknown>> = [];

/** What the checks since the last call needed, and forgets it (called once per document: no allocation when nothing was). */
export function takeNeeded(): ReadonlyArray<() => Promise<unknown>> {
  if (needed.size === 0) return NOTHING;
  const loads = [...needed];
  needed.clear();
  return loads;
}

/** A module imported at most once, with the same loader function every time it is needed. */
export function onDemand<T>(load: () => Promise<T>): { module: () => T | undefined; load: () => Promise<unknown> } {
  let module: T | undefined;
  let loading: Promise<unknown> | undefined;
  return {
    module: () => module,
    load: () =>
      (loading ??= load().then((loaded) => {
        module = loaded;
      })),
  };
}

/** Rounds of loading before giving up: more than there is code to load on demand. */
const MAX_LOAD_ROUNDS = 8;

/**
 * Runs a synchronous step (reading a config file, checking a document) and, if it needed code not loaded
 * yet, loads that code and runs the step again; the result (or exception) of the run that had all it needed.
 */
export async function withLoaded<T>(step: () => T): Promise<T> {
  for (let round = 0; ; round++) {
    let result: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      result = { ok: true, value: step() };
    } catch (error) {
      result = { ok: false, error };
    }
    const loads = takeNeeded();
    if (loads.length === 0 || round === MAX_LOAD_ROUNDS) {
      if (!result.ok) throw result.error;
      return result.value;
    }
    await Promise.all(loads.map((load) => load()));
  }
}
