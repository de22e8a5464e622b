/**
 * `summary`: reads study reports as `check` does, checks each with the ledger, and prints how often each
 * item is reported across them (CSV, Markdown, JSON or an HTML page with charts), with the evidence tables
 * on request. A bad input is one line on stderr; the others are still summarised, and the exit code is 2.
 */
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as z from 'zod';
import { formatInputError, visibleText, type InputError } from '../../io/errors.js';
import { resolveLimits } from '../../io/limits.js';
import { profileOption } from '../../options/check.js';
import { EvidenceBuilder } from '../../summary/evidence/tables.js';
import { tidyCsvHeader, tidyCsvRows } from '../../summary/formats/csv.js';
import { GRID_MAX_STUDIES } from '../../summary/formats/html.js';
import { SUMMARY_FORMATS, renderSummary, type SummaryFormat } from '../../summary/render.js';
import { SummaryBuilder } from '../../summary/summarize.js';
import { commandValidator } from '../command-validator.js';
import { readDocuments } from '../batch/read-documents.js';
import { openOutputFile, writeAndWait, type OutputFile } from '../batch/output.js';
import type { CheckSettings } from '../batch/types.js';
import { readSettingsFile } from '../config.js';
import { expandInputs, type Source } from '../inputs.js';
import { parseCommandArgs, EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { LIMIT_OPTIONS, parseLimitFlags } from '../limit-options.js';
import { checkOutputPath, type ProtectedFile } from '../output-path.js';
import { SUMMARY_HELP } from '../usage.js';
import { VERSION } from '../version.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  tables: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  profile: { type: 'string', short: 'p' },
  checklist: { type: 'string' },
  'stdin-filename': { type: 'string' },
  'ndjson-input': { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...LIMIT_OPTIONS,
} as const;

/** Rows each output needs kept: JSON all of them, the HTML grid its first studies, the others none. */
const KEEP_ROWS: Record<SummaryFormat, number> = { json: Number.POSITIVE_INFINITY, html: GRID_MAX_STUDIES, markdown: 0, csv: 0 };

/**
 * The summary never replaces a study report: not one named as an input (checkOutputPath), nor one found in
 * an input folder or by a glob. An output file that exists and is among the inputs is refused (a summary
 * written into the folder it reads can be written once; the next run names the clash instead of
 * replacing a file it would have read).
 */
async function refuseInputAsOutput(outputPath: string, name: string, sources: readonly Source[]): Promise<void> {
  if (!(await stat(outputPath).then((info) => info.isFile(), () => false))) return;
  for (const source of sources) {
    if (source.kind !== 'file') continue;
    if ((await realpath(source.path).catch(() => source.path)) === outputPath) {
      throw new UsageError(`${name}: the output file is one of the inputs (${source.display}); writing the summary there would replace it. Name a file outside the inputs with --output.`);
    }
  }
}

/** Opens the file of --output (under a temporary name until the summary is complete). */
async function openOutput(target: string, name: string): Promise<OutputFile> {
  try {
    return await openOutputFile(target);
  } catch (error) {
    throw new UsageError(`${name}: the summary cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

const flagsSchema = z.object({
  format: z.enum(SUMMARY_FORMATS, { error: `--format must be one of ${SUMMARY_FORMATS.join(', ')}` }).optional(),
  profile: profileOption('--profile').optional(),
});

export async function runSummary(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals: inputs } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(SUMMARY_HELP);
    return EXIT.pass;
  }
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) throw new UsageError(flags.error.issues[0]!.message);
  const format: SummaryFormat = flags.data.format ?? 'markdown';
  if (inputs.length === 0) throw new UsageError('no input: name study reports, directories or quoted globs (or - for standard input).');
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be named only once.');
  const limits = parseLimitFlags(values);

  const custom = values.checklist !== undefined ? { data: readSettingsFile(values.checklist, io.cwd, 'checklist'), file: values.checklist } : undefined;
  const settings: CheckSettings = {
    validator: { profile: flags.data.profile ?? 'default', ...(custom ? { checklist: custom.data, checklistFile: custom.file } : {}), ledger: true, limits },
    limits,
    streamNdjson: false,
    thresholds: { failOn: 'none' },
  };
  const validator = commandValidator(settings.validator);

  const protectedFiles: ProtectedFile[] = [
    ...inputs.filter((input) => input !== '-').map((input) => ({ name: input, path: resolve(io.cwd, input), what: 'input' as const })),
    ...(values.checklist !== undefined ? [{ name: values.checklist, path: resolve(io.cwd, values.checklist), what: 'checklist' as const }] : []),
  ];
  const outputPath = values.output !== undefined ? await checkOutputPath(values.output, io.cwd, protectedFiles) : undefined;
  const { sources, errors: expandErrors } = await expandInputs(inputs, {
    cwd: io.cwd,
    allowEmpty: values['allow-empty'] ?? false,
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
  });
  if (outputPath !== undefined) await refuseInputAsOutput(outputPath, values.output!, sources);
  const inputErrors: InputError[] = [...expandErrors];
  for (const error of expandErrors) io.stderr.write(`${formatInputError(error)}\n`);

  const ndjsonInput = values['ndjson-input'] ?? false;
  let stdinBytes: Promise<Uint8Array> | undefined;
  // Each study is tallied (and its evidence rows composed) as it is read; documents and reports are not
  // kept, and rows only as far as the output needs them: the tidy CSV is written study by study.
  const streamCsv = format === 'csv' && !values.tables;
  const builder = new SummaryBuilder(validator.checklist, { keepRows: KEEP_ROWS[format] });
  const evidence = values.tables ? new EvidenceBuilder() : undefined;
  let studies = 0;
  const file = outputPath !== undefined ? await openOutput(outputPath, values.output!) : undefined;
  const sink = file?.sink ?? io.stdout;
  try {
    if (streamCsv) await writeAndWait(sink, tidyCsvHeader());
    for await (const read of readDocuments(sources, {
      settings,
      ndjsonInput,
      stdinBytes: () => (stdinBytes ??= io.readStdin(ndjsonInput ? undefined : resolveLimits(limits).maxBytes + 1)),
      ...(io.stdinStream ? { stdinStream: io.stdinStream } : {}),
    })) {
      if (!read.ok) {
        inputErrors.push(read.error);
        io.stderr.write(`${formatInputError(read.error)}\n`);
        continue;
      }
      const report = validator.validate(read.document, {
        file: read.file,
        sourceMap: read.sourceMap,
        ...(read.line !== undefined ? { line: read.line } : {}),
        ...(read.studyId !== undefined ? { studyId: read.studyId } : {}),
        ...(read.sheet !== undefined ? { sheet: read.sheet } : {}),
      });
      // A spreadsheet study is named by its id (the report's source.studyId), an NDJSON line by file and line.
      const label = read.studyId === undefined && read.line !== undefined ? { label: `${read.file}:${read.line}` } : {};
      const added = builder.add({ report, document: read.document, ...label });
      evidence?.add({ study: added.facts.study, file: added.facts.file, document: read.document });
      if (streamCsv) await writeAndWait(sink, tidyCsvRows(added.facts, added.rows));
      studies++;
    }
    if (!streamCsv) {
      const tables = evidence?.finish();
      await writeAndWait(sink, renderSummary(format, builder.finish(), { toolVersion: VERSION, ...(tables ? { tables } : {}) }));
    }
    await file?.commit().catch((error: unknown) => {
      throw new UsageError(`${values.output}: the summary cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    });
  } finally {
    file?.abort();
  }
  if (studies === 0 && inputErrors.length === 0) io.stderr.write(`No documents: ${visibleText(inputs.join(', '))} matched no study report (--allow-empty).\n`);
  return inputErrors.length > 0 ? EXIT.usage : EXIT.pass;
}
