/** A user checklist named on the command line (`--checklist FILE`): read like a study report (a regular file, bounded), parsed, or a one-line usage error naming the file. */
import { readSettingsFile } from '../config.js';

export async function loadCustomChecklist(file: string, cwd: string): Promise<unknown> {
  return readSettingsFile(file, cwd, 'checklist');
}
