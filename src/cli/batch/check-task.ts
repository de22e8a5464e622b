/** Checking one task: parse, validate, and turn every failure into an input error. Runs in the main thread or a worker. */
import type { InputError } from '../../io/errors.js';
import { parseReportText, type ParseResult } from '../../io/parse.js';
import { parseReportBytes, parseReportFile } from '../../io/read-file.js';
import { ndjsonReporter } from '../../reporters/ndjson.js';
import type { ReporterOptions } from '../../reporters/types.js';
import type { Validator } from '../../validator.js';
import { reporterOptions } from '../reporter-options.js';
import { failsThreshold } from '../threshold.js';
import type { CheckSettings, Outcome, Task } from './types.js';

async function parseTask(task: Task, settings: CheckSettings): Promise<ParseResult> {
  const limits = settings.limits;
  switch (task.kind) {
    case 'file':
      return parseReportFile(task.path, { ...limits, filename: task.display });
    case 'bytes':
      return parseReportBytes(task.bytes, { ...limits, filename: task.display });
    case 'line': {
      const result = parseReportText(task.text, { ...limits, filename: `${task.display}:${task.line}`, format: 'json' });
      // An error names the NDJSON input and the line, with the column within the line.
      return result.ok
        ? result
        : { ok: false, error: { ...result.error, file: task.display, line: task.line, ...(result.error.column !== undefined ? { column: result.error.column } : {}) } };
    }
  }
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

export async function checkTask(task: Task, { validator, settings, lineOptions }: Checker): Promise<Outcome> {
  const parsed = await parseTask(task, settings);
  if (!parsed.ok) return { kind: 'error', error: parsed.error };
  try {
    const report = validator.validate(parsed.document, { file: parsed.file, sourceMap: parsed.sourceMap });
    if (!settings.streamNdjson) return { kind: 'report', report };
    return { kind: 'line', text: ndjsonReporter([report], lineOptions), fails: failsThreshold(report, settings.thresholds) };
  } catch (error) {
    // A bug, not the user's fault; one document must not stop the rest of a batch.
    const failure: InputError = { code: 'internal-error', file: parsed.file, message: `internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}. Please report this.` };
    return { kind: 'error', error: failure };
  }
}
