/** docs/checklist-versions.md, the part between <!-- changes:start --> and <!-- changes:end -->: what changed from each version to the next. */
import { checklistChanges } from '../../src/migrate/changes.js';
import { changesMarkdown } from '../../src/migrate/changes-format.js';
import { CHECKLIST_VERSIONS } from '../../src/migrate/versions.js';

export const VERSIONS_DOC = 'docs/checklist-versions.md';

export function versionChangesMarkdown(): string {
  return CHECKLIST_VERSIONS.slice(1)
    .map((to, index) => changesMarkdown(checklistChanges(CHECKLIST_VERSIONS[index]!, to)))
    .join('\n\n');
}
