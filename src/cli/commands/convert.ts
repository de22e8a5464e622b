/**
 * `convert`: study reports between YAML/JSON documents and spreadsheets, both ways, without loss.
 * Documents become one workbook (or one CSV/TSV set); a workbook becomes one document per study. Every
 * input is read, with the limits of `check`, before anything is written; a bad cell stops the whole
 * conversion (a study that cannot be read whole cannot be converted faithfully). Files that exist are
 * replaced only with --force, an input never; each file is written under a temporary name and renamed
 * (src/cli/new-files.ts, as init writes).
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { loadTask, parseLoaded, type ParsedDocument } from '../batch/check-task.js';
import type { CheckSettings } from '../batch/types.js';
import { CONVERT_FORMATS, LossyConversionError, studiesToDelimited, studiesToWorkbook, studyIdOfFile, studyToText, type ConvertFormat, type StudyDocument } from '../../convert/convert.js';
import { formatInputError, visibleText, type InputError } from '../../io/errors.js';
import { companionNames } from '../../io/read-spreadsheet.js';
import { spreadsheetFormat } from '../../io/spreadsheet.js';
import { SHEET_KINDS } from '../../tabular/types.js';
import { expandInputs } from '../inputs.js';
import { EXIT, UsageError, parseCommandArgs, type CliIo, type ExitCode } from '../io.js';
import { LIMIT_OPTIONS, parseLimitFlags } from '../limit-options.js';
import { writeNewFiles, type NewFile } from '../new-files.js';
import { realTarget } from '../output-path.js';
import { CONVERT_HELP } from '../usage.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  to: { type: 'string' },
  force: { type: 'boolean', short: 'f' },
  help: { type: 'boolean', short: 'h' },
  ...LIMIT_OPTIONS,
} as const;

const FORMAT_OF_EXTENSION: Readonly<Record<string, ConvertFormat>> = { yaml: 'yaml', yml: 'yaml', json: 'json', xlsx: 'xlsx', csv: 'csv', tsv: 'tsv' };

/** A study read from an input, with where it came from (for messages). */
interface ReadStudy extends StudyDocument {
  /** `papers/ref-107.yaml`, or `studies.xlsx › Studies!A7`. */
  origin: string;
}


function parseOptions(args: string[]) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const to = values.to?.toLowerCase();
  if (to !== undefined && !(CONVERT_FORMATS as readonly string[]).includes(to)) {
    throw new UsageError(`--to must be one of ${CONVERT_FORMATS.join(', ')}, not "${visibleText(values.to!.slice(0, 40))}".`);
  }
  return { values, inputs: positionals, to: to as ConvertFormat | undefined, limits: parseLimitFlags(values) };
}

/** The studies of every input, or every error that stops the conversion. */
async function readStudies(inputs: string[], io: CliIo, settings: CheckSettings): Promise<{ studies: ReadStudy[]; errors: InputError[]; inputPaths: string[]; spreadsheets: number; sourceCount: number }> {
  const { sources, errors } = await expandInputs(inputs, { cwd: io.cwd, allowEmpty: false });
  const studies: ReadStudy[] = [];
  const inputPaths: string[] = [];
  let spreadsheets = 0;
  for (const source of sources) {
    if (source.kind === 'stdin') throw new UsageError('convert reads files: name them (standard input, -, is not read).');
    inputPaths.push(source.path);
    const loaded = loadTask({ kind: 'file', path: source.path, display: source.display }, settings);
    if (loaded.kind === 'bytes') {
      for (const companion of loaded.companions ?? []) inputPaths.push(resolve(dirname(source.path), basename(companion.file)));
      if (spreadsheetFormat(source.display, loaded.bytes) !== undefined) spreadsheets++;
    }
    for (const parsed of parseLoaded(loaded, settings) as ParsedDocument[]) {
      if (!parsed.ok) errors.push(parsed.error);
      else if (parsed.studyId !== undefined) studies.push({ id: parsed.studyId, document: parsed.document, origin: `${parsed.file} › ${parsed.sheet ?? 'Studies'}!A${parsed.line ?? ''}` });
      else studies.push({ id: studyIdOfFile(parsed.file), document: parsed.document, origin: parsed.file });
    }
  }
  return { studies, errors, inputPaths, spreadsheets, sourceCount: sources.length };
}

/** Ids that would collide (the same id twice, or two file names that differ only in case). */
function checkIds(studies: readonly ReadStudy[], asFileNames: boolean): string[] {
  const problems: string[] = [];
  const seen = new Map<string, ReadStudy>();
  for (const study of studies) {
    const key = asFileNames ? study.id.toLowerCase() : study.id;
    const earlier = seen.get(key);
    if (earlier) problems.push(`${study.origin}: the study id "${study.id}" is also the id of ${earlier.origin}. Ids must be unique: rename one of them.`);
    else seen.set(key, study);
    if (study.id !== study.id.trim() || study.id === '') problems.push(`${study.origin}: the study id "${study.id}" is empty or begins or ends with a space.`);
    // eslint-disable-next-line no-control-regex
    else if (asFileNames && (/[\\/:*?"<>|\u0000-\u001f]/.test(study.id) || study.id === '.' || study.id === '..' || study.id.length > 200 || /[. ]$/.test(study.id))) {
      problems.push(`${study.origin}: the study id "${study.id}" cannot name a file (it may not hold / \\ : * ? " < > |, end with a dot, or be longer than 200 characters). Change the id.`);
    }
  }
  return problems;
}

/** The files a conversion writes: one spreadsheet (three files for CSV/TSV), or one document per study. */
async function outputFiles(format: ConvertFormat, target: { path: string; name: string; folder: boolean }, studies: readonly ReadStudy[]): Promise<NewFile[]> {
  const inFolder = (file: string): { path: string; name: string } => ({ path: join(target.path, file), name: join(target.name, file) });
  if (format === 'xlsx') {
    const at = target.folder ? inFolder('studies.xlsx') : target;
    return [{ ...at, content: await studiesToWorkbook(studies) }];
  }
  if (format === 'csv' || format === 'tsv') {
    const texts = studiesToDelimited(studies, format);
    const studiesFile = target.folder ? inFolder(`studies.${format}`) : target;
    const names = [basename(studiesFile.path), ...companionNames(studiesFile.path)];
    return SHEET_KINDS.map((kind, index) => ({ path: join(dirname(studiesFile.path), names[index]!), name: join(dirname(studiesFile.name), names[index]!), content: texts[kind] }));
  }
  if (!target.folder) return [{ ...target, content: studyToText(studies[0]!, format) }];
  return studies.map((study) => ({ ...inFolder(`${study.id}.${format}`), content: studyToText(study, format) }));
}

export async function runConvert(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, inputs, to, limits } = parseOptions(args);
  if (values.help) {
    io.stdout.write(CONVERT_HELP);
    return EXIT.pass;
  }
  if (inputs.length === 0) throw new UsageError('no input: name study reports (.yaml, .json), a workbook (.xlsx) or a Studies sheet (.csv, .tsv), or folders of them.');
  if (values.output === undefined) throw new UsageError('name where to write with --output (a .xlsx file, a studies.csv file, or a folder).');

  // Where to write, and in which format: from --to, else from --output's extension.
  const output = values.output;
  const outputPath = resolve(io.cwd, output);
  const folder = /[\\/]$/.test(output) || (await stat(outputPath).then((info) => info.isDirectory(), () => false));
  const extension = folder ? undefined : /\.([A-Za-z]+)$/.exec(output)?.[1]?.toLowerCase();
  const named = extension !== undefined ? FORMAT_OF_EXTENSION[extension] : undefined;
  if (!folder && named === undefined) throw new UsageError(`${output}: name a .xlsx, .csv, .tsv, .yaml or .json file, or a folder (ending in /).`);
  if (to !== undefined && named !== undefined && to !== named) throw new UsageError(`--to ${to} and --output ${output} contradict each other: give one of them.`);
  if (!folder && (named === 'csv' || named === 'tsv') && companionNames(outputPath).length === 0) {
    throw new UsageError(`${output}: a ${named.toUpperCase()} set is named studies.${named} (or NAME.studies.${named}), so that preparations.${named} and arms.${named} beside it are read with it.`);
  }

  const settings: CheckSettings = { validator: {}, limits, streamNdjson: false, thresholds: { failOn: 'none' } };
  const { studies, errors, inputPaths, spreadsheets, sourceCount } = await readStudies(inputs, io, settings);
  if (errors.length > 0) {
    for (const error of errors) io.stderr.write(`${formatInputError(error)}\n`);
    io.stderr.write(`Nothing was written: fix ${errors.length === 1 ? 'this input' : `these ${errors.length} inputs`} first.\n`);
    return EXIT.usage;
  }
  if (studies.length === 0) throw new UsageError('the inputs hold no study.');
  // A folder gets documents from spreadsheets and a workbook from documents, unless --to says otherwise.
  const format: ConvertFormat = to ?? named ?? (spreadsheets === sourceCount ? 'yaml' : 'xlsx');
  if (!folder && (format === 'yaml' || format === 'json') && studies.length > 1) {
    throw new UsageError(`${output}: the inputs hold ${studies.length} studies, one ${format.toUpperCase()} file each: name a folder (e.g. --output studies/).`);
  }
  const idProblems = checkIds(studies, folder && (format === 'yaml' || format === 'json'));
  if (idProblems.length > 0) throw new UsageError(idProblems.join('\n'));

  let files: NewFile[];
  try {
    files = await outputFiles(format, { path: outputPath, name: withoutTrailingSeparators(output), folder }, studies);
  } catch (error) {
    if (error instanceof LossyConversionError) {
      io.stderr.write(`secretome-checklist: internal error: ${visibleText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }

  // Never over an input; over any other file only with --force (writeNewFiles checks every file before writing any).
  const inputReal = new Set(await Promise.all(inputPaths.map((path) => realpath(path).catch(() => path))));
  for (const file of files) {
    if (inputReal.has(await realTarget(file.path))) throw new UsageError(`${file.name}: this is one of the inputs; converting it would replace it. Name another output.`);
  }
  await writeNewFiles(files, { force: values.force === true });
  const what = `${studies.length} ${studies.length === 1 ? 'study' : 'studies'}`;
  io.stdout.write(`${visibleText(`Converted ${what} to ${files.length === 1 ? files[0]!.name : `${files.length} files in ${folder ? output : dirname(files[0]!.name)}`}`)} (${format.toUpperCase()}).\n`);
  return EXIT.pass;
}

/** "out/" or "out\\" as the folder "out" (a scan: a pattern anchored at the end backtracks quadratically on a long path). */
function withoutTrailingSeparators(path: string): string {
  let end = path.length;
  while (end > 0 && (path[end - 1] === '/' || path[end - 1] === '\\')) end--;
  return path.slice(0, end);
}
