/**
 * The documents behind `check`'s inputs, for commands that need the documents and not only their reports
 * (`summary`): the same expansion, reading, limits and parsing as `check`, so every input format `check`
 * reads (YAML, JSON, NDJSON lines, spreadsheets) comes here too. Errors are values, in input order.
 */
import type { InputError } from '../../io/errors.js';
import { resolveLimits } from '../../io/limits.js';
import { parseReportText } from '../../io/parse.js';
import { parseReportBytes } from '../../io/read-file.js';
import type { SourceMap } from '../../io/source-map.js';
import type { Source } from '../inputs.js';
import { internalError, loadTask, taskFile } from './check-task.js';
import { sourceTasks } from './sources.js';
import type { CheckSettings, Task } from './types.js';

/** One document read from an input (with its row id when it came from a spreadsheet), or why it could not be. */
export type ReadDocument =
  | { ok: true; document: Record<string, unknown>; sourceMap: SourceMap; file: string; line?: number; label?: string }
  | { ok: false; error: InputError };

/** A task's documents: one for a file, a standard input or an NDJSON line. */
function parseTask(task: Task, settings: CheckSettings): ReadDocument[] {
  const loaded = loadTask(task, settings);
  if (loaded.kind === 'error') return [{ ok: false, error: loaded.error }];
  if (loaded.kind === 'bytes') {
    const parsed = parseReportBytes(loaded.bytes, { ...settings.limits, filename: loaded.display });
    return [parsed.ok ? { ok: true, document: parsed.document, sourceMap: parsed.sourceMap, file: loaded.display } : { ok: false, error: parsed.error }];
  }
  const parsed = parseReportText(loaded.text, { ...settings.limits, filename: loaded.display, format: 'json' });
  if (!parsed.ok) return [{ ok: false, error: { ...parsed.error, line: loaded.line + (parsed.error.line ?? 1) - 1 } }];
  return [{ ok: true, document: parsed.document, sourceMap: parsed.sourceMap, file: loaded.display, line: loaded.line }];
}

export interface ReadOptions {
  settings: CheckSettings;
  ndjsonInput: boolean;
  stdinBytes: () => Promise<Uint8Array>;
  stdinStream?: () => AsyncIterable<Uint8Array>;
}

/** Every document of `sources`, in input order; never throws for bad input. */
export async function* readDocuments(sources: readonly Source[], options: ReadOptions): AsyncGenerator<ReadDocument> {
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
    try {
      yield* parseTask(event, options.settings);
    } catch (error) {
      yield { ok: false, error: internalError(taskFile(event), error) };
    }
  }
}
