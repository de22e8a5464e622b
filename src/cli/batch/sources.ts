/**
 * From the inputs of `check` to tasks, in input order: a file or standard input is one task; with
 * --ndjson-input every non-empty line is one, read from a stream as it arrives.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { InputError } from '../../io/errors.js';
import { LIMIT_FLAGS } from '../../io/limits.js';
import { notAFileError, readError, tooLarge } from '../../io/read-file.js';
import type { Source } from '../inputs.js';
import { inputLines } from '../../io/lines.js';
import type { Task } from './types.js';

/** Tasks, errors found while reading, and the end of each source (for progress). */
export type SourceEvent = Task | { kind: 'error'; error: InputError } | { kind: 'source-done'; index: number };

export interface SourceOptions {
  ndjsonInput: boolean;
  /** For NDJSON: the largest whole input (checked on files before reading, as for a single document). */
  maxBytes: number;
  /** Standard input, read once: all of it for NDJSON, else at most `maxBytes` + 1 bytes. */
  stdinBytes: () => Promise<Uint8Array>;
  /** Standard input as a stream, when the caller has one (the real process); otherwise it is read whole. */
  stdinStream?: () => AsyncIterable<Uint8Array>;
}

type Opened = { ok: true; chunks: AsyncIterable<Uint8Array> } | { ok: false; error: InputError };

/** A regular file no larger than `maxBytes`, as a stream of chunks that stops one byte past the limit. */
async function openFile(path: string, file: string, maxBytes: number): Promise<Opened> {
  try {
    // stat first: opening a named pipe for reading would wait for a writer.
    if (!(await stat(path)).isFile()) return { ok: false, error: notAFileError(file) };
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (!info.isFile() || info.size > maxBytes) {
      await handle.close();
      return { ok: false, error: info.isFile() ? tooLarge(file, info.size, maxBytes) : notAFileError(file) };
    }
    return { ok: true, chunks: handle.createReadStream({ highWaterMark: 1 << 16, end: maxBytes }) };
  } catch (error) {
    return { ok: false, error: readError(file, error) };
  }
}

/** The lines of one NDJSON input as tasks; a line that is not UTF-8 is an error of that line. */
async function* ndjsonTasks(source: Source, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  if (source.kind === 'stdin') {
    chunks = options.stdinStream ? options.stdinStream() : [await options.stdinBytes()];
  } else {
    const opened = await openFile(source.path, source.display, options.maxBytes);
    if (!opened.ok) {
      yield { kind: 'error', error: opened.error };
      return;
    }
    chunks = opened.chunks;
  }
  let bytes = 0;
  const counted = async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      yield chunk;
    }
  };
  try {
    // Each line is one document: it is bounded by the size limit as it is read, never held whole.
    for await (const entry of inputLines(counted(), options.maxBytes)) {
      if (source.kind === 'file' && bytes > options.maxBytes) {
        // The file grew past the limit while it was read.
        yield { kind: 'error', error: tooLarge(source.display, undefined, options.maxBytes) };
        return;
      }
      if ('tooLong' in entry) {
        yield { kind: 'error', error: { code: 'too-large', file: source.display, line: entry.line, message: `the line is more than the limit of ${options.maxBytes} bytes; it was skipped.`, hint: `One line holds one study report of a few kilobytes; check the input (or raise the limit with ${LIMIT_FLAGS.maxBytes}).` } };
      } else if ('notUtf8' in entry) {
        yield { kind: 'error', error: { code: 'binary', file: source.display, line: entry.line, message: 'the line is not valid UTF-8 text.', hint: 'Save it as UTF-8.' } };
      } else if (entry.text.trim() !== '') {
        yield { kind: 'line', text: entry.text, display: source.display, line: entry.line };
      }
    }
  } catch (error) {
    yield { kind: 'error', error: readError(source.display, error) };
  }
}

/** The events of every source, read as they come (NDJSON lines from a stream, standard input). */
async function* streamedTasks(sources: readonly Source[], options: SourceOptions): AsyncGenerator<SourceEvent> {
  for (const [index, source] of sources.entries()) {
    if (options.ndjsonInput) yield* ndjsonTasks(source, options);
    else if (source.kind === 'stdin') {
      // Standard input is read to one byte past the limit at most (see stdinBytes).
      const bytes = await options.stdinBytes();
      yield bytes.length > options.maxBytes ? { kind: 'error', error: tooLarge(source.display, undefined, options.maxBytes) } : { kind: 'bytes', bytes, display: source.display };
    }
    else yield { kind: 'file', path: source.path, display: source.display };
    yield { kind: 'source-done', index };
  }
}

/** The events of files, each a document: all known at once (each file is read when its task is checked). */
function fileTasks(sources: ReadonlyArray<Extract<Source, { kind: 'file' }>>): SourceEvent[] {
  const events: SourceEvent[] = [];
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index]!;
    events.push({ kind: 'file', path: source.path, display: source.display }, { kind: 'source-done', index });
  }
  return events;
}

const isFile = (source: Source): source is Extract<Source, { kind: 'file' }> => source.kind === 'file';

/**
 * The tasks of every source, in input order. Files that each hold one document come as a list, which a
 * `for await` takes without an async generator's turns for each file (that generator was compiled by
 * TurboFan in a 1,000-file batch: ≈ 15-45 ms of compile time).
 */
export function sourceTasks(sources: readonly Source[], options: SourceOptions): AsyncIterable<SourceEvent> | Iterable<SourceEvent> {
  return !options.ndjsonInput && sources.every(isFile) ? fileTasks(sources) : streamedTasks(sources, options);
}
