/**
 * `migrate`: moves study reports to another checklist version. Inputs are named, bounded and read as
 * `check` reads them; the migrated text goes to standard output, to `--output`, or back into each input
 * with `--in-place` (the only way an input is ever rewritten). A document that cannot be migrated is
 * left as it is, with one line per reason.
 */
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatInputError, visibleText, type InputError } from '../../io/errors.js';
import { resolveLimits } from '../../io/limits.js';
import { parseReportBytes, readInputFile, tooLarge } from '../../io/read-file.js';
import { migrateParsedText, type MigrateTextResult } from '../../migrate/text.js';
import { CHECKLIST_VERSIONS, LATEST_VERSION, isChecklistVersion } from '../../migrate/versions.js';
import { expandInputs, type Source } from '../inputs.js';
import { EXIT, UsageError, parseCommandArgs, type CliIo, type ExitCode } from '../io.js';
import { LIMIT_OPTIONS, parseLimitFlags } from '../limit-options.js';
import { MIGRATE_HELP } from '../usage.js';

const OPTIONS = {
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'in-place': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...LIMIT_OPTIONS,
} as const;

/** Where the migrated text goes. */
type Destination = { kind: 'stdout' } | { kind: 'file'; path: string; name: string } | { kind: 'in-place' };

function parseOptions(args: string[]) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const to = values.to ?? LATEST_VERSION;
  if (!isChecklistVersion(to)) throw new UsageError(`--to must be ${CHECKLIST_VERSIONS.join(' or ')}, not "${visibleText(to.slice(0, 40))}".`);
  if (values.output !== undefined && values['in-place']) throw new UsageError('--output and --in-place contradict each other: give one of them.');
  return { to, values, inputs: positionals, limits: parseLimitFlags(values) };
}

function syntaxOf(name: string): 'json' | 'yaml' | undefined {
  return /\.json$/i.test(name) ? 'json' : /\.ya?ml$/i.test(name) ? 'yaml' : undefined;
}

/**
 * Replaces a file by writing a sibling and renaming it over: a crash leaves the old file or the new, never
 * half of one. A symbolic link stays a link (its target is replaced), and the file keeps its permissions.
 */
async function replaceFile(path: string, text: string): Promise<void> {
  const target = await realpath(path);
  const { mode } = await stat(target);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The lines that say why a document was not migrated, each naming the file and place. */
function failureLines(file: string, result: Extract<MigrateTextResult, { ok: false }>, to: string): string[] {
  if ('input' in result) return [formatInputError(result.input)];
  const lines = result.errors.map((error) => {
    const place = error.line !== undefined ? `:${error.line}:${error.column}` : '';
    const at = error.pointer !== '' && error.pointer !== '/checklistVersion' ? ` ${error.pointer}:` : '';
    return visibleText(`${file}${place}:${at} ${error.message}${error.hint ? ` ${error.hint}` : ''}`);
  });
  const misfits = result.errors.filter((error) => error.code === 'does-not-fit').length;
  if (misfits > 0) {
    lines.push(visibleText(`${file}: not migrated: checklist ${to} cannot hold ${misfits === 1 ? 'the value above' : `the ${misfits} values above`}. Keep the document at its version, or remove ${misfits === 1 ? 'it' : 'them'} first.`));
  }
  return lines;
}

export async function runMigrate(args: string[], io: CliIo): Promise<ExitCode> {
  const { to, values, inputs, limits } = parseOptions(args);
  if (values.help) {
    io.stdout.write(MIGRATE_HELP);
    return EXIT.pass;
  }
  if (inputs.length === 0) throw new UsageError('no input: name the study reports to migrate (files, directories, quoted globs, or - for standard input).');
  const { sources, errors } = await expandInputs(inputs, { cwd: io.cwd, allowEmpty: false });
  const several = sources.length > 1 || sources.some((source) => source.expanded);
  if (values['in-place'] && sources.some((source) => source.kind === 'stdin')) throw new UsageError('--in-place cannot rewrite standard input; use --output or standard output.');
  if (several && !values['in-place']) {
    throw new UsageError(`${sources.length} documents: migrate them with --in-place (each file is rewritten), or one at a time to standard output or --output.`);
  }
  const destination: Destination = values['in-place'] ? { kind: 'in-place' } : values.output !== undefined ? { kind: 'file', path: resolve(io.cwd, values.output), name: values.output } : { kind: 'stdout' };
  const maxBytes = resolveLimits(limits).maxBytes;

  let failed = errors.length > 0;
  for (const error of errors) io.stderr.write(`${formatInputError(error)}\n`);
  for (const source of sources) {
    const outcome = await migrateSource(source, { to, limits, maxBytes, io, destination });
    if (outcome.length > 0) {
      failed = true;
      io.stderr.write(`${outcome.join('\n')}\n`);
    }
  }
  return failed ? EXIT.usage : EXIT.pass;
}

/** Migrates one input and writes it where it goes; returns the lines of its failure (none when it worked). */
async function migrateSource(
  source: Source,
  options: { to: string; limits: ReturnType<typeof parseLimitFlags>; maxBytes: number; io: CliIo; destination: Destination },
): Promise<string[]> {
  const { io, destination, maxBytes } = options;
  let bytes: Uint8Array;
  if (source.kind === 'stdin') {
    bytes = await io.readStdin(maxBytes + 1);
    if (bytes.length > maxBytes) return [formatInputError(tooLarge(source.display, undefined, maxBytes))];
  } else {
    const read = await readInputFile(source.path, source.display, maxBytes);
    if (!read.ok) return [formatInputError(read.error)];
    bytes = read.bytes;
  }
  if (destination.kind === 'file') {
    if (source.kind === 'file' && resolve(source.path) === destination.path) return [`${visibleText(destination.name)}: this is the input itself; use --in-place to rewrite it.`];
    const want = syntaxOf(destination.name);
    const have = syntaxOf(source.display);
    if (want !== undefined && have !== undefined && want !== have) {
      return [`${visibleText(destination.name)}: the input is ${have.toUpperCase()}, and migrate keeps it so; name the output .${have === 'json' ? 'json' : 'yaml'}.`];
    }
  }
  const parseOptions = { ...options.limits, filename: source.display };
  // Decoded as parseReportBytes decodes it (it has refused anything that is not UTF-8); a byte-order mark is kept.
  const parsed = parseReportBytes(bytes, parseOptions);
  const text = parsed.ok ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : '';
  const result = migrateParsedText(text, parsed, { ...parseOptions, to: options.to });
  if (!result.ok) return failureLines(source.display, result, options.to);
  try {
    if (destination.kind === 'stdout') io.stdout.write(result.text);
    else if (destination.kind === 'file') await writeFile(destination.path, result.text);
    else if (result.edits.length > 0 && source.kind === 'file') await replaceFile(source.path, result.text);
  } catch (error) {
    const where = destination.kind === 'file' ? destination.name : source.display;
    const failure: InputError = { code: 'read-failed', file: where, message: `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}); the input is unchanged.` };
    return [formatInputError(failure)];
  }
  return [];
}
