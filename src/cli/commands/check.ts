/**
 * `check`: reads every input, validates and scores it, prints one report per document (and a summary for
 * a batch) and sets the exit code from the worst document. A bad input is reported on stderr in one line
 * and the rest of the batch is still checked.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { formatInputError, visibleText, type InputError } from '../../io/errors.js';
import { resolveLimits } from '../../io/limits.js';
import type { Report } from '../../report/types.js';
import { loadReporter } from '../../reporters/index.js';
import { commandValidator } from '../command-validator.js';
import { parseCheckOptions } from '../check-options.js';
import { readSettingsFile } from '../config.js';
import { expandInputs, INPUT_KINDS } from '../inputs.js';
import { spreadsheetFormat } from '../../io/spreadsheet-format.js';
import { checkOutputPath, type ProtectedFile } from '../output-path.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { reporterOptions } from '../../reporters/options.js';
import { failsThreshold, hiddenFailureNote } from '../../report/threshold.js';
import { documentName } from '../../reporters/shared/summary.js';
import { CHECK_HELP } from '../usage.js';
import { withLoaded } from '../on-demand.js';
import { createChecker } from '../batch/check-task.js';
import { openOutputFile, writeAndWait, type OutputFile } from '../batch/output.js';
import { checkSources } from '../batch/run-batch.js';
import { threadsFor } from '../batch/threads.js';
import { tuneCompiler } from '../batch/compiler-tuning.js';
import { builtWorkerEntry } from '../batch/worker-entry.js';
import type { EarlyWorkers } from '../batch/pool.js';
import type { CheckSettings } from '../batch/types.js';

const PROGRESS_THRESHOLD = 50;


/** Opens the file of --output (under a temporary name until the report is complete). */
async function openOutput(target: string, name: string): Promise<OutputFile> {
  try {
    return await openOutputFile(target);
  } catch (error) {
    throw new UsageError(`${name}: the report cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

/** `early`: a worker started before this module was loaded (batch/early.ts), for the pool if there is one. */
export async function runCheck(args: string[], io: CliIo, early?: EarlyWorkers): Promise<ExitCode> {
  // A YAML config file or checklist needs the YAML parser, which the built CLI loads on demand.
  const options = await withLoaded(() => parseCheckOptions(args, io));
  if (options.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.pass;
  }
  if (options.inputs.length === 0) throw new UsageError('no input: name files, directories or quoted globs, or - for standard input.');
  if (options.inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be named only once.');

  const checklistFile = options.checklist;
  const custom = checklistFile !== undefined ? { data: await withLoaded(() => readSettingsFile(checklistFile, io.cwd, 'checklist')), file: checklistFile } : undefined;
  const settings: CheckSettings = {
    validator: { profile: options.profile, ...(custom ? { checklist: custom.data, checklistFile: custom.file } : {}), ledger: options.ledger || options.verbose, limits: options.limits },
    limits: options.limits,
    // NDJSON on standard output is written report by report as the documents are checked.
    streamNdjson: options.format === 'ndjson' && options.output === undefined,
    thresholds: { failOn: options.failOn, ...(options.minScore !== undefined ? { minScore: options.minScore } : {}) },
  };
  const validator = commandValidator(settings.validator);

  // The report never replaces an input, the config or the checklist, and is never read back as an input.
  const protectedFiles: ProtectedFile[] = [
    ...options.inputs.filter((input) => input !== '-').map((input) => ({ name: input, path: resolve(io.cwd, input), what: 'input' as const })),
    ...(options.configFile ? [{ name: options.configFile, path: options.configFile, what: 'config file' as const }] : []),
    ...(options.checklist !== undefined ? [{ name: options.checklist, path: resolve(io.cwd, options.checklist), what: 'checklist' as const }] : []),
  ];
  const outputPath = options.output !== undefined ? await checkOutputPath(options.output, io.cwd, protectedFiles) : undefined;
  const { sources, errors: expandErrors, outputIsInput } = await expandInputs(options.inputs, {
    cwd: io.cwd,
    allowEmpty: options.allowEmpty,
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
    ...(outputPath !== undefined ? { exclude: outputPath } : {}),
  });
  // The output file found among the studies of a folder or glob: writing the report there would replace one.
  const [hit] = outputIsInput;
  if (hit !== undefined) throw new UsageError(`${options.output}: the output file is the input ${hit} (found by ${options.inputs.length === 1 ? options.inputs[0] : 'the inputs'}); writing the report there would replace it. Name another file with --output.`);
  const inputErrors: InputError[] = [...expandErrors];
  for (const error of expandErrors) io.stderr.write(`${formatInputError(error)}\n`);

  let stdinBytes: Promise<Uint8Array> | undefined;
  // One byte past the limit is enough to refuse a single document; NDJSON is bounded line by line.
  const stdin = (): Promise<Uint8Array> => (stdinBytes ??= io.readStdin(options.ndjsonInput ? undefined : resolveLimits(options.limits).maxBytes + 1));
  let streamedFailure = false;
  let failed = false;
  let documents = 0;
  const showProgress = io.stderrIsTTY && sources.length >= PROGRESS_THRESHOLD;
  // A spreadsheet holds a batch of studies (one report each), however many rows it has.
  const spreadsheets = sources.some((source) => spreadsheetFormat(source.display) !== undefined);
  const batch = options.inputs.length > 1 || options.ndjsonInput || spreadsheets || sources.some((source) => source.expanded);
  // Documents to check, when known before checking starts: one per file (NDJSON files and spreadsheets hold any number).
  if (io.setEngineFlag) tuneCompiler(options.ndjsonInput || spreadsheets ? undefined : sources.length, io.setEngineFlag);
  const reporter = await loadReporter(options.format);
  const renderOptions = reporterOptions(validator.checklist, { color: options.color, quiet: options.quiet, verbose: options.verbose, batch });
  const file = outputPath !== undefined ? await openOutput(outputPath, options.output!) : undefined;
  const sink = file?.sink ?? io.stdout;
  // A batch is written as it is checked (bounded memory, however many documents); one document at the end.
  // Imported only here: it holds every format's batch writer, which NDJSON on stdout and a single document never use.
  const stream = batch && !settings.streamNdjson ? new (await import('../batch/report-stream.js')).ReportStream(options.format, renderOptions, sink) : undefined;
  const single: Report[] = [];
  try {
    const events = checkSources(sources, createChecker(validator, settings), {
      ndjsonInput: options.ndjsonInput,
      // The size limit applies to the whole NDJSON input, the other limits to each document in it.
      maxBytes: resolveLimits(options.limits).maxBytes,
      stdinBytes: stdin,
      ...(io.stdinStream ? { stdinStream: io.stdinStream } : {}),
      ...(early ? { early } : {}),
      threads: threadsFor(options.jobs, { tasks: options.ndjsonInput ? undefined : sources.length, cores: availableParallelism(), workerBuilt: () => builtWorkerEntry() !== undefined }),
    });
    for await (const event of events) {
      if (event.kind === 'source-done') {
        if (showProgress) io.stderr.write(`\r\u001b[KChecked ${event.index + 1}/${sources.length} files`);
      } else if (event.kind === 'error') {
        inputErrors.push(event.error);
        io.stderr.write(`${showProgress ? '\r\u001b[K' : ''}${formatInputError(event.error)}\n`);
      } else if (event.kind === 'line') {
        await writeAndWait(io.stdout, event.text);
        streamedFailure ||= event.fails;
        if (event.note) io.stderr.write(`${visibleText(event.note)}\n`);
      } else {
        // A document that fails only by a threshold its report does not show (a score under --min-score
        // under a green tick, or shown rounded up) gets its reason on stderr: exit code 1 is never unexplained.
        const note = hiddenFailureNote(event.report, documentName(event.report, documents), options);
        if (note) io.stderr.write(`${visibleText(note)}\n`);
        failed ||= failsThreshold(event.report, options);
        documents++;
        if (stream) await stream.add(event.report);
        else single.push(event.report);
      }
    }
    if (showProgress) io.stderr.write('\r\u001b[K');
    // Written even for no reports: machine formats stay parseable (`[]`, an empty SARIF run) and --output
    // always leaves a file for the next step of a pipeline (e.g. a SARIF upload after --allow-empty).
    if (stream) await stream.finish();
    // Standard input found to be a workbook of several studies is a batch after all.
    else if (!settings.streamNdjson) await writeAndWait(sink, reporter(single, single.length > 1 ? { ...renderOptions, batch: true } : renderOptions));
    await file?.commit().catch((error: unknown) => {
      throw new UsageError(`${options.output}: the report cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    });
  } finally {
    stream?.close();
    file?.abort();
  }
  // Text has nothing to show for no documents; an empty screen would look like a hang or a crash.
  if (documents === 0 && inputErrors.length === 0 && options.format === 'text' && !settings.streamNdjson) {
    io.stderr.write(`No documents: ${visibleText(options.inputs.join(', '))} matched no ${INPUT_KINDS} file (--allow-empty).\n`);
  }
  if (inputErrors.length > 0) return EXIT.usage;
  return streamedFailure || failed ? EXIT.fail : EXIT.pass;
}
