/** `--checklist-version V` of init, explain and schema: a version this package has, the latest by default. */
import { CHECKLIST_VERSION, CHECKLIST_VERSIONS, isChecklistVersion, type ChecklistVersion } from '../../checklist/checklist.js';
import { visibleText } from '../../io/errors.js';
import { UsageError } from '../io.js';

export function checklistVersionOption(text: string | undefined): ChecklistVersion {
  if (text === undefined) return CHECKLIST_VERSION;
  if (!isChecklistVersion(text)) throw new UsageError(`--checklist-version must be ${CHECKLIST_VERSIONS.join(' or ')}, not "${visibleText(text.slice(0, 40))}".`);
  return text;
}
