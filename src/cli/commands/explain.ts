/**
 * `explain <itemId|words>` and `explain --list`: what an item asks for, when, why, and an example. Words
 * that are not an item id search the ids and titles. `--checklist FILE` adds a user checklist's items;
 * `--checklist-version` picks the version (the latest by default).
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { builtinChecklist, resolveChecklist, type Checklist } from '../../checklist/checklist.js';
import { formatChecklistError } from '../../checklist/errors.js';
import { explainItem } from '../../checklist/explain.js';
import type { ChecklistItem } from '../../checklist/model.js';
import { nearest } from '../../schema/suggest.js';
import { visibleText } from '../../io/errors.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { readSettingsFile } from '../config.js';
import { checklistVersionOption } from './version-option.js';

const USAGE = 'Usage: secretome-checklist explain <itemId | words> [--checklist FILE] [--checklist-version V]   |   secretome-checklist explain --list\n';

async function checklistFor(values: { checklist?: string | undefined; 'checklist-version'?: string | undefined }, io: CliIo): Promise<Checklist> {
  const version = checklistVersionOption(values['checklist-version']);
  if (values.checklist === undefined) return builtinChecklist(version);
  const resolved = resolveChecklist('default', { data: readSettingsFile(values.checklist, io.cwd, 'checklist'), file: values.checklist }, version);
  if (!resolved.ok) throw new UsageError(resolved.errors.map(formatChecklistError).join('\n'));
  return resolved.value;
}

/** Items whose id or title contains every word of the query (any case). */
export function searchItems(items: readonly ChecklistItem[], query: string): ChecklistItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const text = `${item.id} ${item.title}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

function row(item: ChecklistItem): string {
  return `  ${item.id.padEnd(40)} ${item.level.padEnd(12)} ${item.title}`;
}

function describeItem(item: ChecklistItem): string {
  const { levelWhen: escalations, weight, appliesWhen, pointer, details } = explainItem(item);
  // Keyed by where the value goes (the item's path), e.g. trialRegistration: { status: completed }.
  const nested = (item.path ?? item.id.split('.')[1]!).split('/').reduceRight<unknown>((value, key) => ({ [key]: value }), item.example);
  const example = item.example !== undefined ? stringify(nested).trimEnd().replace(/^/gm, '  ') : '  (none)';
  return [
    `${item.id}: ${item.title}`,
    '',
    `Level:        ${item.level}${escalations.length > 0 ? ` (${escalations.join('; ')})` : ''}, weight ${weight}`,
    `Applies:      ${appliesWhen}${item.scope !== 'study' ? ` (checked for every ${item.scope})` : ''}`,
    `Where:        ${pointer}`,
    ...(details.length > 0 ? [`Complete:     with ${details.join('; ')}`] : []),
    '',
    `Why: ${item.rationale}`,
    '',
    `How to report it: ${item.hint}`,
    '',
    `Sources: ${item.sources.join('; ')}`,
    '',
    'Example (YAML):',
    example,
    '',
  ].join('\n');
}

export async function runExplain(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { list: { type: 'boolean' }, checklist: { type: 'string' }, 'checklist-version': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.pass;
  }
  const checklist = await checklistFor(values, io);
  if (values.list) {
    const lines: string[] = [];
    let section = '';
    for (const item of checklist.items) {
      if (item.section !== section) {
        section = item.section;
        lines.push(`${lines.length > 0 ? '\n' : ''}${checklist.sectionTitles[item.section]}`);
      }
      lines.push(row(item));
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.pass;
  }
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('explain needs an item id (e.g. storage.temperature) or words to search for, or --list.');
  const item = checklist.items.find((candidate) => candidate.id === query);
  if (item) {
    io.stdout.write(describeItem(item));
    return EXIT.pass;
  }
  const matches = searchItems(checklist.items, query);
  if (matches.length === 1) {
    io.stdout.write(describeItem(matches[0]!));
    return EXIT.pass;
  }
  if (matches.length > 1) {
    io.stdout.write(`${matches.length} items match "${query}":\n${matches.map(row).join('\n')}\nExplain one with "secretome-checklist explain <itemId>".\n`);
    return EXIT.pass;
  }
  const guess = nearest(query, checklist.items.map((candidate) => candidate.id));
  throw new UsageError(`there is no item "${visibleText(query.slice(0, 100))}", and no item id or title contains it.${guess ? ` Did you mean "${guess}"?` : ''} List them with "secretome-checklist explain --list".`);
}
