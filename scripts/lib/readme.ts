/** The manual's sections generated from data (the item list in docs/checklist-items.md), so they cannot go stale; drift-tested. */
import { builtinChecklist, effectiveWeight } from '../../src/checklist/checklist.js';
import { describeCondition, describeWhen } from '../../src/checklist/describe.js';
import { SECTION_KEYS } from '../../src/report/types.js';

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** The full item list, one table per section. */
export function itemsMarkdown(): string {
  const checklist = builtinChecklist();
  const lines = [
    `## The checklist, item by item (version ${checklist.version})`,
    '',
    `${checklist.items.length} items. Generated from \`src/checklist/data/${checklist.version}/\` by \`npm run generate\`; a test fails if this list and the data disagree.`,
    '"Per" says whether the item is asked once per study, per preparation or per treatment arm. `secretome-checklist explain <id>` prints the rationale, sources and an example.',
  ];
  for (const section of SECTION_KEYS) {
    const items = checklist.items.filter((item) => item.section === section);
    lines.push('', `### ${checklist.sectionTitles[section]} (\`${section}\`)`, '', '| Item | Level | Weight | Applies | Per | What to report |', '|---|---|---|---|---|---|');
    for (const item of items) {
      const escalations = (item.levelWhen ?? []).map((rule) => `; ${rule.level} ${describeWhen(rule.when)}`).join('');
      // 1.1 items without an explicit weight weigh by their effective level (essential 2, recommended 1).
      const weight = item.weight !== undefined || !item.levelWhen?.length ? String(effectiveWeight(item)) : `${effectiveWeight(item)} (2 when essential, 1 when recommended)`;
      lines.push(
        `| \`${item.id}\` | ${item.level}${escalations} | ${weight} | ${escapeCell(describeCondition(item.appliesWhen))} | ${item.scope} | ${escapeCell(item.title)}: ${escapeCell(item.hint)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the file has no ${start} … ${end} block`);
  return `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}
