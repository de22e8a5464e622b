/** A user checklist named on the command line (`--checklist FILE`): read and parsed, or a one-line usage error naming the file. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseSettingsText } from '../config.js';
import { UsageError } from '../io.js';

export async function loadCustomChecklist(file: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: the checklist file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  return parseSettingsText(text, file);
}
