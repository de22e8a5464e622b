/**
 * Where `--output` may write: never over one of the inputs, the config file or the user checklist, compared
 * by real path (a symbolic link or `./` cannot hide that two names are one file). Writing the report over
 * the study would lose the study; the check refuses before it reads anything.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './io.js';

/** The real path of a file, or of the folder it would be created in (joined with its name) when it does not exist yet. */
export async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const folder = await realpath(dirname(path)).catch(() => dirname(path));
    return join(folder, basename(path));
  }
}

export interface ProtectedFile {
  /** As the user named it. */
  name: string;
  /** Absolute. */
  path: string;
  what: 'input' | 'config file' | 'checklist';
}

/** Throws a UsageError when `output` is one of `files`; returns the output's real path (for leaving it out of directory walks). */
export async function checkOutputPath(output: string, cwd: string, files: readonly ProtectedFile[]): Promise<string> {
  const target = await realTarget(resolve(cwd, output));
  for (const file of files) {
    const real = await realpath(file.path).catch(() => undefined);
    if (real === target) {
      throw new UsageError(`${output}: the output file is the ${file.what} ${file.name}; writing the report there would replace it. Name another file with --output.`);
    }
  }
  return target;
}
