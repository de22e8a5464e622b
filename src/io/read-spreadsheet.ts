/**
 * Spreadsheets on disk (Node only): the Preparations and Arms CSV files that go with a Studies CSV file,
 * and which CSV files in a folder are study sheets at all.
 *
 * A CSV set is `studies.csv` with `preparations.csv` and `arms.csv` beside it (or `<stem>.studies.csv`
 * with `<stem>.preparations.csv` and `<stem>.arms.csv`; `.tsv` the same). The Studies file is the input;
 * the other two are read with it, and a Studies file alone is a complete input.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { InputError } from './errors.js';
import { readInputFileSync } from './read-file.js';
import type { CompanionFile } from './spreadsheet.js';

/** `studies.csv`, `lab-a.studies.tsv`: the stem before `studies` and the extension. */
const STUDIES_NAME = /^(?:(.+)\.)?studies\.(csv|tsv|tab)$/i;
/** `arms.csv`, `lab-a.preparations.csv`. */
const COMPANION_NAME = /^(?:(.+)\.)?(preparations|arms)\.(csv|tsv|tab)$/i;

/** The names of the files that go with a Studies file, in sheet order; none for any other name. */
export function companionNames(file: string): string[] {
  const match = STUDIES_NAME.exec(basename(file));
  if (!match) return [];
  const [, stem, extension] = match;
  const prefix = stem === undefined ? '' : `${stem}.`;
  // Same case as the Studies file's name (STUDIES.CSV goes with PREPARATIONS.CSV).
  const upper = basename(file) === basename(file).toUpperCase() && /[A-Z]/.test(basename(file));
  return ['preparations', 'arms'].map((sheet) => `${prefix}${upper ? sheet.toUpperCase() : sheet}.${extension}`);
}

/** For a Preparations or Arms file: the name of the Studies file it goes with. */
export function studiesNameFor(file: string): string | undefined {
  const match = COMPANION_NAME.exec(basename(file));
  if (!match) return undefined;
  const [, stem, sheet, extension] = match;
  const studies = sheet === sheet!.toUpperCase() ? 'STUDIES' : 'studies';
  return `${stem === undefined ? '' : `${stem}.`}${studies}.${extension}`;
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The companion files that exist beside a Studies file at `path` (shown as beside `display`), read with the
 * same size limit as any input. A companion that exists but cannot be read is an error: checking the
 * studies without it would drop their per-preparation and per-arm values without a word.
 */
export function readCompanionsSync(path: string, display: string, maxBytes: number): { ok: true; companions: CompanionFile[] } | { ok: false; error: InputError } {
  const companions: CompanionFile[] = [];
  for (const name of companionNames(path)) {
    const companionPath = join(dirname(path), name);
    if (!isFile(companionPath)) continue;
    const file = display.includes('/') || display.includes('\\') ? join(dirname(display), name) : name;
    const read = readInputFileSync(companionPath, file, maxBytes);
    if (!read.ok) return read;
    companions.push({ file, bytes: read.bytes });
  }
  return { ok: true, companions };
}

/** How much of a CSV file is looked at to decide whether it is a study sheet. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether a CSV/TSV file found in a folder is a study sheet to check: its first rows name the study id
 * column (`studyId`, or its title "Study id"), and it is not a Preparations or Arms file whose Studies file
 * lies beside it (that one reads it). Other CSV files (a summary, the review's tables) are not inputs.
 */
export function isStudySheetFile(path: string): boolean {
  const studies = studiesNameFor(path);
  if (studies !== undefined && isFile(join(dirname(path), studies))) return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const length = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, length).toString('utf8').toLowerCase();
    return /(^|[\t,;"'\s])study ?id([\t,;"'\r\n]|$)/m.test(head);
  } catch {
    // Unreadable: taken, so reading it reports why.
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
