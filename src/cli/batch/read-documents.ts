/**
 * The documents behind `check`'s inputs, for commands that need the documents and not only their reports
 * (`summary`): the same expansion, reading, limits and parsing as `check` (loadTask and parseLoaded), so
 * every input format `check` reads (YAML, JSON, NDJSON lines, spreadsheets: one document per study row)
 * comes here too. Errors are values, in input order.
 */
import { resolveLimits } from '../../io/limits.js';
import type { Source } from '../inputs.js';
import { internalError, loadTask, parseLoaded, taskFile, type ParsedDocument } from './check-task.js';
import { sourceTasks } from './sources.js';
import type { CheckSettings } from './types.js';

export interface ReadOptions {
  settings: CheckSettings;
  ndjsonInput: boolean;
  stdinBytes: () => Promise<Uint8Array>;
  stdinStream?: () => AsyncIterable<Uint8Array>;
}

/** Every document of `sources`, in input order; never throws for bad input. */
export async function* readDocuments(sources: readonly Source[], options: ReadOptions): AsyncGenerator<ParsedDocument> {
  const events = sourceTasks(sources, {
    ndjsonInput: options.ndjsonInput,
    maxBytes: resolveLimits(options.settings.limits).maxBytes,
    stdinBytes: options.stdinBytes,
    ...(options.stdinStream ? { stdinStream: options.stdinStream } : {}),
  });
  for await (const event of events) {
    if (event.kind === 'source-done') continue;
    if (event.kind === 'error') {
      yield { ok: false, error: event.error };
      continue;
    }
    let documents: ParsedDocument[];
    try {
      documents = parseLoaded(loadTask(event, options.settings), options.settings);
    } catch (error) {
      documents = [{ ok: false, error: internalError(taskFile(event), error) }];
    }
    yield* documents;
  }
}
