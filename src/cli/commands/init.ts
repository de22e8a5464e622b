/**
 * `init`: a commented YAML template with every item that applies to the chosen design and fraction,
 * generated from the checklist (titles, levels, examples), so it cannot drift from it. Everything but
 * `checklistVersion` is commented out: the template is valid as it stands and scores 0.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { builtinChecklist } from '../../checklist/checklist.js';
import { createValidator } from '../../validator.js';
import { SECTION_KEYS } from '../../report/types.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';

const FRACTIONS = { whole: 'conditioned-medium', ev: 'small-ev', 'ev-depleted': 'ev-depleted-conditioned-medium' } as const;
const flagsSchema = z.object({
  design: z.array(z.enum(['in-vivo', 'in-vitro', 'clinical'], { error: '--design must be in-vivo, in-vitro or clinical' })).default(['in-vivo']),
  fraction: z.enum(['whole', 'ev', 'ev-depleted'], { error: '--fraction must be whole, ev or ev-depleted' }).default('ev'),
});

function flow(value: unknown): string {
  return JSON.stringify(value).replace(/([{,])"([A-Za-z][A-Za-z0-9]*)":/g, '$1$2: ').replace(/,/g, ', ');
}

export function buildTemplate(design: string[], fraction: keyof typeof FRACTIONS): string {
  const checklist = builtinChecklist();
  const probe = { checklistVersion: '1.0', study: { design }, production: { preparation: { value: FRACTIONS[fraction] } } };
  const ledger = createValidator({ ledger: true }).validate(probe).ledger ?? [];
  const applicable = new Set(ledger.filter((entry) => entry.applicable).map((entry) => entry.itemId));
  const lines = [
    `# MSC-secretome study report: template for checklist ${checklist.version} (design: ${design.join(', ')}; preparation: ${FRACTIONS[fraction]}).`,
    '# Uncomment each item and replace the example with what the study reports. Any item may instead be',
    '#   { notApplicable: "why it does not apply" }  or  { notReported: true }  (checked: the paper does not say),',
    '# and may carry where: "Methods 2.3" (the manuscript location).',
    '# Several preparations: list them in production.preparations; several arms: doseAdministration.arms.',
    '# Check it with: secretome-checklist check <this file>',
    'checklistVersion: "1.0"',
  ];
  for (const section of SECTION_KEYS) {
    const items = checklist.items.filter((item) => item.section === section && applicable.has(item.id) && !item.satisfiedWhen);
    if (items.length === 0) continue;
    lines.push('', `# ── ${checklist.sectionTitles[section]} ──`, `# ${section}:`);
    for (const item of items) {
      const key = (item.path ?? item.id.split('.')[1])!;
      const example = item.id === 'study.design' ? design : item.id === 'production.preparation' ? { value: FRACTIONS[fraction] } : item.example;
      lines.push(`#   # ${item.title} (${item.level}). ${item.hint}`, `#   ${key}: ${flow(example)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function runInit(args: string[], io: CliIo): ExitCode {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { design: { type: 'string', multiple: true }, fraction: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout.write('Usage: secretome-checklist init [--design in-vivo|in-vitro|clinical]... [--fraction whole|ev|ev-depleted] > study.yaml\n');
    return EXIT.pass;
  }
  const flags = flagsSchema.safeParse({ design: values.design, fraction: values.fraction });
  if (!flags.success) throw new UsageError(flags.error.issues[0]!.message);
  io.stdout.write(buildTemplate([...new Set(flags.data.design)], flags.data.fraction));
  return EXIT.pass;
}
