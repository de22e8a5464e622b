/**
 * Turns command-line inputs (files, directories, quoted globs, `-`) into a list of documents to read.
 *
 * One rule for directories and globs: symbolic links are followed, and every file and directory is
 * visited once, by its real path (a link loop or two names for one file cannot check a file twice or
 * walk forever). A folder that cannot be read is one error line; the rest of the batch is still checked.
 * The report file named with --output is never an input found by walking or matching, so a report written
 * into the folder it checks is not read back on the next run. Files named one by one are checked as named.
 *
 * Spreadsheets: a workbook (.xlsx) is an input; a CSV or TSV file found by walking or matching is one
 * only when it is a study sheet (read-spreadsheet.ts), so a summary table or the review's tables.tsv
 * beside the study reports is not; Excel's lock files (`~$studies.xlsx`) never are.
 */
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { InputError } from '../io/errors.js';
import { readError } from '../io/read-file.js';
import { isStudySheetFile } from '../io/read-spreadsheet.js';

/** `expanded`: found by walking a directory or matching a glob (so the user asked for a batch). */
export type Source = { kind: 'file'; path: string; display: string; expanded: boolean } | { kind: 'stdin'; display: string; expanded: false };

const DOCUMENT_EXTENSIONS = /\.(json|ya?ml|xlsx|csv|tsv)$/i;

/** What the inputs may be, for messages. */
export const INPUT_KINDS = '.json, .yaml, .yml, .xlsx, .csv or .tsv';

/** A file found by walking or matching that is an input: a document, a workbook, or a CSV/TSV study sheet. */
function isInput(name: string, path: string): boolean {
  if (!DOCUMENT_EXTENSIONS.test(name) || name.startsWith('~$')) return false;
  return /\.(csv|tsv)$/i.test(name) ? isStudySheetFile(path) : true;
}

export interface ExpandResult {
  sources: Source[];
  errors: InputError[];
  /**
   * Inputs found by walking or matching that are the file of --output (`exclude`), as shown to the user: a
   * study there would be replaced by the report. A report an earlier run wrote there is not one of them.
   */
  outputIsInput: string[];
}

export interface ExpandOptions {
  cwd: string;
  allowEmpty: boolean;
  stdinFilename?: string;
  /** The real path of the report file (--output): never taken as an input of a directory or glob. */
  exclude?: string;
}

/** How much of the --output file is read to tell an earlier report from a study. */
const REPORT_SNIFF_BYTES = 4096;

/**
 * Whether the file at the --output path, found by walking or matching, is a report an earlier run wrote
 * (JSON with a reportVersion, a JSON array of reports, or SARIF), which the next run may replace; anything
 * else there is a study the user gave, which it may not.
 */
function isEarlierReport(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(REPORT_SNIFF_BYTES);
    const head = buffer.subarray(0, readSync(fd, buffer, 0, REPORT_SNIFF_BYTES, 0)).toString('utf8');
    return /^\s*[[{]/.test(head) && /"(reportVersion|runs)"\s*:/.test(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

type EntryKind = 'directory' | 'file' | 'other';

/** What a directory entry that is not a symbolic link is (no await: one per file of a batch). */
function direntKind(entry: Dirent): EntryKind {
  return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
}

/** The real path of a symbolic link (as fs/promises' realpath, which is the native one); undefined for a dangling link. */
function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** What a symbolic link leads to; undefined for a dangling link. */
function linkKind(path: string): EntryKind | undefined {
  try {
    const info = statSync(path);
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
}

/**
 * The path of `name` in `directory`, a resolved path (as every directory walked is): what path.join gives
 * there, without normalising the whole path again for each file (Node's path code, per file, was a tenth
 * of TurboFan's compile time for the walk and the display names of a 1,000-file batch).
 */
function childPath(directory: string, name: string): string {
  return directory.endsWith(sep) ? directory + name : directory + sep + name;
}

/**
 * How the files of a directory are shown (as display() shows a path), worked out once per directory:
 * relative() per file normalised both paths again each time.
 */
type NamesIn = (directory: string) => (name: string) => string;

interface Frame {
  path: string;
  real: string;
  entries: Dirent[];
  next: number;
  /** How an entry of this directory is shown. */
  shown: (name: string) => string;
}

/**
 * The documents under `root`, depth first in name order (as `ls -R` lists them), iteratively: a tree of
 * any depth or size cannot overflow the stack. `seen` holds the real paths of files already taken.
 *
 * Synchronous, as is the reading of the files it finds (batch/check-task.ts): nothing else runs meanwhile,
 * and the first asynchronous file call of a run starts libuv's thread pool and waits for it, a few ms
 * before the first document (time to the first document of /tmp/b1k, alternating: 8.9 → 5.3 ms spent here;
 * a folder of one file: 3.3 → 0.9 ms).
 */
function walk(root: string, seen: Set<string>, visited: Set<string>, display: (path: string) => string, namesIn: NamesIn, exclude: string | undefined, hits: string[]): { files: Array<{ path: string; display: string }>; errors: InputError[] } {
  const files: Array<{ path: string; display: string }> = [];
  const errors: InputError[] = [];
  const open = (path: string, real: string): Frame | undefined => {
    try {
      return { path, real, entries: readdirSync(path, { withFileTypes: true }).sort(byName), next: 0, shown: namesIn(path) };
    } catch (error) {
      errors.push({ ...readError(display(path), error), hint: 'The folder is skipped; the other inputs are still checked.' });
      return undefined;
    }
  };
  const rootReal = realpathSync.native(root);
  visited.add(rootReal);
  const first = open(root, rootReal);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const entry = frame.entries[frame.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    const path = childPath(frame.path, entry.name);
    const kind = entry.isSymbolicLink() ? linkKind(path) : direntKind(entry);
    if (kind === 'directory') {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const real = entry.isSymbolicLink() ? realOrUndefined(path) : childPath(frame.real, entry.name);
      if (real === undefined || visited.has(real)) continue;
      visited.add(real);
      const child = open(path, real);
      if (child) stack.push(child);
    } else if (kind === 'file' && isInput(entry.name, path)) {
      const real = entry.isSymbolicLink() ? (realOrUndefined(path) ?? path) : childPath(frame.real, entry.name);
      if (real === exclude && !isEarlierReport(path)) hits.push(frame.shown(entry.name));
      if (seen.has(real) || real === exclude) continue;
      seen.add(real);
      files.push({ path, display: frame.shown(entry.name) });
    } else if (kind === undefined && DOCUMENT_EXTENSIONS.test(entry.name)) {
      // A link to nothing, named like a document: say so rather than skip it silently.
      errors.push(readError(frame.shown(entry.name), Object.assign(new Error('dangling link'), { code: 'ENOENT' })));
    }
  }
  return { files, errors };
}

export async function expandInputs(inputs: string[], options: ExpandOptions): Promise<ExpandResult> {
  const sources: Source[] = [];
  const errors: InputError[] = [];
  const outputIsInput: string[] = [];
  const display = (path: string): string => relative(options.cwd, path) || path;
  // A file's path relative to the working directory is its folder's and its name: relative() adds a
  // segment as given unless it leads to the working directory or above it, which no file does.
  const namesIn: NamesIn = (directory) => {
    const folder = relative(options.cwd, directory);
    const prefix = folder === '' ? '' : folder + sep;
    return (name) => prefix + name;
  };
  // Real paths of files and directories taken from directories and globs so far.
  const seen = new Set<string>();
  const visited = new Set<string>();
  const add = (path: string, shown: string): void => {
    sources.push({ kind: 'file', path, display: shown, expanded: true });
  };
  let globber: typeof import('tinyglobby') | undefined;
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin', display: options.stdinFilename ?? '<stdin>', expanded: false });
      continue;
    }
    const absolute = resolve(options.cwd, input);
    let info: ReturnType<typeof statSync> | undefined;
    try {
      // Synchronous: see walk.
      info = statSync(absolute);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const found = walk(absolute, seen, visited, display, namesIn, options.exclude, outputIsInput);
      errors.push(...found.errors);
      if (found.files.length === 0 && found.errors.length === 0 && !options.allowEmpty) {
        errors.push({ code: 'read-failed', file: input, message: `the directory holds no ${INPUT_KINDS} files.`, hint: 'Use --allow-empty if that is expected.' });
      }
      // One at a time: spreading a list of 100 000 paths into push() overflows the stack.
      for (const file of found.files) add(file.path, file.display);
    } else if (!info && (globber ??= await import('tinyglobby')).isDynamicPattern(input)) {
      // The glob library is loaded only for an input that is not a file or directory (startup time).
      const matches = (await globber.glob(input, { cwd: options.cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: true })).sort();
      let taken = 0;
      for (const path of matches) {
        // A pattern may match any file; of spreadsheets, only study sheets (and no lock files) are inputs.
        const name = path.replace(/^.*[\\/]/, '');
        if ((name.startsWith('~$') || /\.(csv|tsv)$/i.test(name)) && !isInput(name, path)) continue;
        const real = await realpath(path).catch(() => path);
        if (real === options.exclude && !isEarlierReport(path)) outputIsInput.push(display(path));
        if (seen.has(real) || real === options.exclude) continue;
        seen.add(real);
        add(path, display(path));
        taken++;
      }
      if (taken === 0 && !options.allowEmpty) {
        errors.push({ code: 'read-failed', file: input, message: 'the pattern matches no file.', hint: 'Check the pattern, or use --allow-empty.' });
      }
    } else {
      // Files (and missing ones: reading reports the error with the name the user gave).
      sources.push({ kind: 'file', path: absolute, display: input, expanded: false });
    }
  }
  return { sources, errors, outputIsInput };
}
