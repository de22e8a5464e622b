/** `explain <itemId>` and `explain --list`: what an item asks for, when, why, and an example. */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { builtinChecklist } from '../../checklist/checklist.js';
import { explainItem } from '../../checklist/explain.js';
import { nearest } from '../../schema/suggest.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';

export function runExplain(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseArgs({ args, options: { list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  const checklist = builtinChecklist();
  if (values.help) {
    io.stdout.write('Usage: secretome-checklist explain <itemId>   |   secretome-checklist explain --list\n');
    return EXIT.pass;
  }
  if (values.list) {
    const lines: string[] = [];
    let section = '';
    for (const item of checklist.items) {
      if (item.section !== section) {
        section = item.section;
        lines.push(`${lines.length > 0 ? '\n' : ''}${checklist.sectionTitles[item.section]}`);
      }
      lines.push(`  ${item.id.padEnd(40)} ${item.level.padEnd(12)} ${item.title}`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.pass;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs an item id (e.g. storage.temperature), or --list.');
  const item = checklist.items.find((candidate) => candidate.id === id);
  if (!item) {
    const guess = nearest(id, checklist.items.map((candidate) => candidate.id));
    throw new UsageError(`there is no item "${id}".${guess ? ` Did you mean "${guess}"?` : ''} List them with "secretome-checklist explain --list".`);
  }
  const about = explainItem(item);
  const example = item.example !== undefined ? stringify({ [item.id.split('.')[1]!]: item.example }).trimEnd().replace(/^/gm, '  ') : '  (none)';
  io.stdout.write(
    [
      `${item.id}: ${item.title}`,
      '',
      `Level:        ${item.level}${about.levelWhen.length > 0 ? ` (${about.levelWhen.join('; ')})` : ''}, weight ${item.weight}`,
      `Applies:      ${about.appliesWhen}${item.scope !== 'study' ? ` (checked for every ${item.scope})` : ''}`,
      `Where:        ${about.pointer}`,
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
    ].join('\n'),
  );
  return EXIT.pass;
}
