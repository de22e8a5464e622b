/** Checking one task: parse, validate, and turn every failure into an input error. Runs in the main thread or a worker. */
import type { InputError } from '../../io/errors.js';
import { parseReportText } from '../../io/parse.js';
import type { SourceMap } from '../../io/source-map.js';
import { resolveLimits } from '../../io/limits.js';
import { parseReportBytesNode, readInputFileSync } from '../../io/read-file.js';
import { readCompanionsSync } from '../../io/read-spreadsheet.js';
import { parseSpreadsheet } from '../../io/parsers.js';
import type { CompanionFile } from '../../io/spreadsheet.js';
import { spreadsheetFormat } from '../../io/spreadsheet-format.js';
import { ndjsonReporter } from '../../reporters/ndjson.js';
import type { ReporterOptions } from '../../reporters/types.js';
import { validateParsed, type Validator } from '../../validator.js';
import { reporterOptions } from '../../reporters/options.js';
import { documentName } from '../../reporters/shared/summary.js';
import { failsThreshold, hiddenFailureNote } from '../../report/threshold.js';
import { isNotLoaded, takeNeeded, withLoaded } from '../on-demand.js';
import type { CheckSettings, Outcome, Task } from './types.js';

/** A bug, not the user's fault: reported like an input error, so one document does not stop a batch. */
export function internalError(file: string, error: unknown): InputError {
  return { code: 'internal-error', file, message: `internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}. Please report this.` };
}

/** The name a task's reports and errors go by. */
export function taskFile(task: Task): string {
  return task.kind === 'line' ? `${task.display}:${task.line}` : task.display;
}

/**
 * A task whose input has been read (a file's bytes; for a Studies CSV file also the Preparations and Arms
 * files beside it), or the error reading it gave.
 */
export type LoadedTask = Exclude<Task, { kind: 'file' | 'bytes' }> | { kind: 'bytes'; bytes: Uint8Array; display: string; companions?: CompanionFile[] } | { kind: 'error'; error: InputError };

/**
 * Reads a file task's bytes, as parseReportFile would (the same limits and errors); other tasks are ready.
 * A study report's bytes are borrowed from the reader's kept buffer (they are good until the next read):
 * every caller parses a loaded task before it loads the next, and parsing copies what it keeps. A
 * spreadsheet's bytes are copied, as its companion files are read next and its parser may keep views.
 */
export function loadTask(task: Task, settings: CheckSettings): LoadedTask {
  if (task.kind !== 'file') return task;
  const { maxBytes } = resolveLimits(settings.limits);
  const read = readInputFileSync(task.path, task.display, maxBytes, true);
  if (!read.ok) return { kind: 'error', error: read.error };
  const format = spreadsheetFormat(task.display, read.bytes);
  if (format === undefined) return { kind: 'bytes', bytes: read.bytes, display: task.display };
  // A copy (Buffer's slice would be a view on the kept buffer).
  const bytes = Buffer.from(read.bytes);
  if (format === 'xlsx') return { kind: 'bytes', bytes, display: task.display };
  const companions = readCompanionsSync(task.path, task.display, maxBytes);
  return companions.ok ? { kind: 'bytes', bytes, display: task.display, companions: companions.companions } : { kind: 'error', error: companions.error };
}

/**
 * One document of a parsed task, and where its report and errors say it came from: `line` for a line of
 * an NDJSON file; `studyId`, `sheet` and `line` (its row) for a study of a spreadsheet. A task gives one
 * entry, or one per study of a spreadsheet (an entry per bad row among them).
 */
export type ParsedDocument =
  | { ok: true; document: Record<string, unknown>; sourceMap: SourceMap; file: string; line?: number; studyId?: string; sheet?: string }
  | { ok: false; error: InputError };

/** Positions within one line of a file, moved to that file's lines (columns stay as they are). */
function onLine(sourceMap: SourceMap, line: number): SourceMap {
  return {
    locate(pointer) {
      const at = sourceMap.locate(pointer);
      return at && { line: at.line + line - 1, column: at.column };
    },
  };
}

/** The documents of a loaded task (the one function check, summary and the service read inputs with). */
export function parseLoaded(task: LoadedTask, settings: CheckSettings): ParsedDocument[] {
  if (task.kind === 'error') return [{ ok: false, error: task.error }];
  const limits = settings.limits;
  if (task.kind === 'bytes') {
    const format = spreadsheetFormat(task.display, task.bytes);
    if (format === undefined) return [parseReportBytesNode(task.bytes, { ...limits, filename: task.display })];
    return parseSpreadsheet({ bytes: task.bytes, file: task.display, format, limits, ...(task.companions ? { companions: task.companions } : {}) });
  }
  // An NDJSON line: its report and its errors name the input file, with lines and columns of that file.
  const result = parseReportText(task.text, { ...limits, filename: task.display, format: 'json' });
  if (!result.ok) return [{ ok: false, error: { ...result.error, line: task.line + (result.error.line ?? 1) - 1 } }];
  return [{ ok: true, document: result.document, sourceMap: onLine(result.sourceMap, task.line), file: task.display, line: task.line }];
}

/** The validator and settings one thread checks with, built once. */
export interface Checker {
  validator: Validator;
  settings: CheckSettings;
  /** Options for rendering a report as its NDJSON line. */
  lineOptions: ReporterOptions;
}

export function createChecker(validator: Validator, settings: CheckSettings): Checker {
  return { validator, settings, lineOptions: reporterOptions(validator.checklist, { color: false, quiet: false, verbose: false, batch: true }) };
}

/** Validates one parsed document. */
function checkParsed(parsed: ParsedDocument, { validator, settings, lineOptions }: Checker): Outcome {
  if (!parsed.ok) return { kind: 'error', error: parsed.error };
  try {
    const call = {
      file: parsed.file,
      sourceMap: parsed.sourceMap,
      ...(parsed.line !== undefined ? { line: parsed.line } : {}),
      ...(parsed.studyId !== undefined ? { studyId: parsed.studyId } : {}),
      ...(parsed.sheet !== undefined ? { sheet: parsed.sheet } : {}),
    };
    const report = validateParsed(validator, parsed.document, call, settings.limits);
    if (!settings.streamNdjson) return { kind: 'report', report };
    const note = hiddenFailureNote(report, documentName(report, 0), settings.thresholds);
    return { kind: 'line', text: ndjsonReporter([report], lineOptions), fails: failsThreshold(report, settings.thresholds), ...(note ? { note } : {}) };
  } catch (error) {
    if (isNotLoaded(error)) throw error; // not the document's fault: checkTask loads what it needs and checks again
    return { kind: 'error', error: { ...internalError(parsed.file, error), ...(parsed.line !== undefined ? { line: parsed.line } : {}) } };
  }
}

/**
 * Parses and validates a loaded task: one outcome per document (`several` for a spreadsheet of studies).
 * In the command-line build, code a document needs may not be loaded yet (src/cli/on-demand.ts): then the
 * outcome is not to be used (it may also throw). `checkTask` loads it and checks again; another caller
 * loads everything first (`loadExplainers()`, `loadParsers()`, `loadJsonc()`, as src/cli/run.ts does).
 */
export function checkLoaded(task: LoadedTask, checker: Checker): Outcome {
  if (task.kind === 'error') return task;
  const outcomes = parseLoaded(task, checker.settings).map((parsed) => checkParsed(parsed, checker));
  return outcomes.length === 1 ? outcomes[0]! : { kind: 'several', outcomes };
}

function attempt(task: Task, checker: Checker): Outcome {
  try {
    return checkLoaded(loadTask(task, checker.settings), checker);
  } catch (error) {
    return { kind: 'error', error: internalError(taskFile(task), isNotLoaded(error) ? new Error('code it needs did not load') : error) };
  }
}

/**
 * Reads, parses and validates a task; never throws. The outcome is at hand, except for a task that needed
 * code not loaded yet (in the command-line build, src/cli/on-demand.ts): then it comes as a promise, once
 * that code is loaded and the task checked again.
 */
export function checkTask(task: Task, checker: Checker): Outcome | Promise<Outcome> {
  const outcome = attempt(task, checker);
  const loads = takeNeeded();
  if (loads.length === 0) return outcome;
  return Promise.all(loads.map((load) => load()))
    .then(() => withLoaded(() => attempt(task, checker)))
    .catch((error: unknown): Outcome => ({ kind: 'error', error: internalError(taskFile(task), error) })); // code that failed to load: a bug, reported like one
}
