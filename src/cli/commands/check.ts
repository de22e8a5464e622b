/**
 * `check`: reads every input, validates and scores it, prints one report per document (and a summary for
 * a batch) and sets the exit code from the worst document. A bad input is reported on stderr in one line
 * and the rest of the batch is still checked.
 */
import { readFile } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { resolveChecklist } from '../../checklist/checklist.js';
import { formatChecklistError } from '../../checklist/errors.js';
import { formatInputError, type InputError } from '../../io/errors.js';
import { parseReportBytes, parseReportFile } from '../../io/read-file.js';
import type { ParseResult } from '../../io/parse.js';
import { parseReportText } from '../../io/parse.js';
import type { Report } from '../../report/types.js';
import { loadReporter } from '../../reporters/index.js';
import { createValidator, type Validator } from '../../validator.js';
import { parseCheckOptions, type CheckOptions } from '../check-options.js';
import { expandInputs, type Source } from '../inputs.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { reporterOptions } from '../reporter-options.js';
import { failsThreshold } from '../threshold.js';
import { CHECK_HELP } from '../usage.js';

const PROGRESS_THRESHOLD = 50;

async function loadCustomChecklist(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: the checklist file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  try {
    return /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new UsageError(`${file}: the checklist file is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]}).`);
  }
}

/** Each input may hold one document, or with --ndjson-input one per line. */
async function* documentsOf(source: Source, options: CheckOptions, io: CliIo, stdin: () => Promise<Uint8Array>): AsyncGenerator<ParseResult> {
  if (!options.ndjsonInput) {
    yield source.kind === 'stdin' ? parseReportBytes(await stdin(), { filename: source.display }) : await parseReportFile(source.path, { filename: source.display });
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = source.kind === 'stdin' ? await stdin() : await readFile(source.path);
  } catch (error) {
    yield { ok: false, error: { code: 'read-failed', file: source.display, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` } };
    return;
  }
  const lines = new TextDecoder('utf-8').decode(bytes).split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const result = parseReportText(line, { filename: `${source.display}:${index + 1}`, format: 'json' });
    yield result.ok ? result : { ok: false, error: { ...result.error, file: source.display, line: index + 1, ...(result.error.column !== undefined ? { column: result.error.column } : {}) } };
  }
}

export async function runCheck(args: string[], io: CliIo): Promise<ExitCode> {
  const options = parseCheckOptions(args, io);
  if (options.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.pass;
  }
  if (options.inputs.length === 0) throw new UsageError('no input: name files, directories or quoted globs, or - for standard input.');
  if (options.inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be named only once.');

  const custom = options.checklist !== undefined ? { data: await loadCustomChecklist(options.checklist), file: options.checklist } : undefined;
  const resolved = resolveChecklist(options.profile, custom);
  if (!resolved.ok) throw new UsageError(resolved.errors.map(formatChecklistError).join('\n'));
  const validator: Validator = createValidator({ profile: options.profile, ...(custom ? { checklist: custom.data, checklistFile: custom.file } : {}), ledger: options.ledger || options.verbose });

  const { sources, errors: expandErrors } = await expandInputs(options.inputs, {
    cwd: io.cwd,
    allowEmpty: options.allowEmpty,
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
  });
  const inputErrors: InputError[] = [...expandErrors];
  for (const error of expandErrors) io.stderr.write(`${formatInputError(error)}\n`);

  let stdinBytes: Promise<Uint8Array> | undefined;
  const stdin = (): Promise<Uint8Array> => (stdinBytes ??= io.readStdin());
  const reports: Report[] = [];
  const showProgress = io.stderrIsTTY && sources.length >= PROGRESS_THRESHOLD;
  for (const [index, source] of sources.entries()) {
    for await (const parsed of documentsOf(source, options, io, stdin)) {
      if (!parsed.ok) {
        inputErrors.push(parsed.error);
        io.stderr.write(`${showProgress ? '\r\u001b[K' : ''}${formatInputError(parsed.error)}\n`);
        continue;
      }
      reports.push(validator.validate(parsed.document, { file: parsed.file, sourceMap: parsed.sourceMap }));
    }
    if (showProgress) io.stderr.write(`\r\u001b[KChecked ${index + 1}/${sources.length} files`);
  }
  if (showProgress) io.stderr.write('\r\u001b[K');

  const batch = options.inputs.length > 1 || options.ndjsonInput || sources.some((source) => source.expanded);
  if (reports.length > 0 || options.format === 'json') {
    const reporter = await loadReporter(options.format);
    const output = reporter(reports, reporterOptions(validator.checklist, { color: options.color, quiet: options.quiet, verbose: options.verbose, batch }));
    if (options.output !== undefined) {
      try {
        await writeFile(options.output, output);
      } catch (error) {
        throw new UsageError(`${options.output}: the report cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    } else {
      io.stdout.write(output);
    }
  }
  if (inputErrors.length > 0) return EXIT.usage;
  return reports.some((report) => failsThreshold(report, options)) ? EXIT.fail : EXIT.pass;
}
