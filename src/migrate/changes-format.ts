/** The changes between two checklist versions as text (terminal) and Markdown (docs/checklist-versions.md). */
import type { AspectChange, ChecklistChanges, ItemSummary } from './changes.js';

const ASPECT_WORDS: Record<AspectChange['aspect'], string> = {
  title: 'title',
  level: 'level',
  weight: 'weight',
  applies: 'applies',
  per: 'checked per',
  field: 'field',
  expects: 'expected details',
};

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function changesText(changes: ChecklistChanges): string {
  const lines = [`Checklist ${changes.from} → ${changes.to}`];
  const item = (entry: ItemSummary): string => `  ${entry.id.padEnd(40)} ${entry.level}, weight ${entry.weight}. ${entry.title}${entry.applies !== 'always' ? ` (applies when ${entry.applies})` : ''}`;
  lines.push('', `Items added: ${changes.added.length}`, ...changes.added.map(item));
  lines.push('', `Items removed: ${changes.removed.length}`, ...changes.removed.map(item));
  lines.push('', `Items changed: ${changes.changed.length}`);
  for (const entry of changes.changed) {
    lines.push(`  ${entry.id} (${entry.title})`);
    for (const change of entry.changes) lines.push(`    ${ASPECT_WORDS[change.aspect]}: ${change.from} → ${change.to}`);
  }
  lines.push('', `Vocabularies changed: ${changes.vocabulary.length}`);
  for (const entry of changes.vocabulary) {
    const parts = [
      ...(entry.added.length > 0 ? [`${entry.newField ? 'new field, words' : 'added'}: ${entry.added.join(', ')}`] : []),
      ...(entry.removed.length > 0 ? [`removed: ${entry.removed.join(', ')}`] : []),
    ];
    lines.push(`  ${entry.field}: ${parts.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function changesMarkdown(changes: ChecklistChanges): string {
  const lines = [
    `## Checklist ${changes.from} → ${changes.to}`,
    '',
    `${count(changes.added.length, 'item')} added, ${changes.removed.length} removed, ${changes.changed.length} changed; ${changes.vocabulary.length === 1 ? '1 vocabulary' : `${changes.vocabulary.length} vocabularies`} changed. Generated from the checklist data and the two schemas by \`npm run generate\` (the same list as \`secretome-checklist changes --from ${changes.from} --to ${changes.to}\`); a test fails if it drifts.`,
  ];
  const items = (title: string, entries: ItemSummary[]): void => {
    lines.push('', `### ${title}`, '');
    if (entries.length === 0) {
      lines.push('None.');
      return;
    }
    lines.push('| Item | Level | Weight | Applies | Title |', '|---|---|---|---|---|');
    for (const entry of entries) lines.push(`| \`${entry.id}\` | ${cell(entry.level)} | ${entry.weight} | ${cell(entry.applies)} | ${cell(entry.title)} |`);
  };
  items('Items added', changes.added);
  items('Items removed', changes.removed);
  lines.push('', '### Items changed', '');
  if (changes.changed.length === 0) lines.push('None.');
  else {
    lines.push(`| Item | What | ${changes.from} | ${changes.to} |`, '|---|---|---|---|');
    for (const entry of changes.changed) {
      for (const [index, change] of entry.changes.entries()) {
        lines.push(`| ${index === 0 ? `\`${entry.id}\`` : ''} | ${ASPECT_WORDS[change.aspect]} | ${cell(change.from)} | ${cell(change.to)} |`);
      }
    }
  }
  lines.push('', '### Vocabularies', '');
  if (changes.vocabulary.length === 0) lines.push('None.');
  else {
    lines.push('| Field | Words added | Words removed |', '|---|---|---|');
    for (const entry of changes.vocabulary) {
      const added = entry.added.map((word) => `\`${word}\``).join(', ');
      lines.push(`| \`${entry.field}\`${entry.newField ? ' (new)' : ''} | ${added || '–'} | ${entry.removed.map((word) => `\`${word}\``).join(', ') || '–'} |`);
    }
  }
  return lines.join('\n');
}
