/** `changes`: what changed between two checklist versions, as text, Markdown or JSON. */
import { parseArgs } from 'node:util';
import { visibleText } from '../../io/errors.js';
import { checklistChanges } from '../../migrate/changes.js';
import { changesMarkdown, changesText } from '../../migrate/changes-format.js';
import { CHECKLIST_VERSIONS, LATEST_VERSION, isChecklistVersion, type ChecklistVersion } from '../../migrate/versions.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { CHANGES_HELP } from '../usage.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

function version(flag: string, value: string): ChecklistVersion {
  if (!isChecklistVersion(value)) throw new UsageError(`${flag} must be ${CHECKLIST_VERSIONS.join(' or ')}, not "${visibleText(value.slice(0, 40))}".`);
  return value;
}

export function runChanges(args: string[], io: CliIo): ExitCode {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
  if (values.help) {
    io.stdout.write(CHANGES_HELP);
    return EXIT.pass;
  }
  const from = version('--from', values.from ?? CHECKLIST_VERSIONS[0]);
  const to = version('--to', values.to ?? LATEST_VERSION);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}.`);
  const changes = checklistChanges(from, to);
  io.stdout.write(format === 'json' ? `${JSON.stringify(changes, null, 2)}\n` : format === 'markdown' ? `${changesMarkdown(changes)}\n` : changesText(changes));
  return EXIT.pass;
}
