/**
 * Files a command creates (init's workbook and CSV set): every target is checked before any is written, an
 * existing file is replaced only with --force, and each file is written under a temporary name and
 * renamed, so an interrupted run leaves the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { visibleText } from '../io/errors.js';
import { UsageError } from './io.js';

export interface NewFile {
  /** Absolute. */
  path: string;
  /** As the user will read it. */
  name: string;
  content: string | Uint8Array;
}

async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes the files, creating their folder. Throws a UsageError (nothing written) when one exists and
 * `force` is not set, or when one is a folder.
 */
export async function writeNewFiles(files: readonly NewFile[], options: { force: boolean }): Promise<void> {
  const existing: string[] = [];
  for (const file of files) {
    const info = await stat(file.path).catch(() => undefined);
    if (info?.isDirectory()) throw new UsageError(`${visibleText(file.name)} is a folder: nothing was written. Name a file, or another folder with -o.`);
    if (info) existing.push(file.name);
  }
  if (existing.length > 0 && !options.force) {
    const shown = existing.map(visibleText).join(', ');
    throw new UsageError(`${shown} already ${existing.length === 1 ? 'exists' : 'exist'}: nothing was written. Use --force to replace ${existing.length === 1 ? 'it' : 'them'}, or name another place with -o.`);
  }
  for (const folder of new Set(files.map((file) => dirname(file.path)))) await mkdir(folder, { recursive: true });
  for (const file of files) await writeAtomically(file.path, file.content);
}
