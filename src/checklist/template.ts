/**
 * A commented YAML template with every item that applies to a design and fraction, generated from the
 * checklist (titles, levels, hints, examples), so it cannot drift from it. Everything but
 * `checklistVersion` is commented out: the template is valid as it stands and scores 0.
 * Runtime-agnostic: used by the CLI's `init` and by the browser checker page.
 */
import { SECTION_KEYS } from '../report/types.js';
import { createValidator } from '../validator.js';
import { builtinChecklist } from './checklist.js';

/** The fractions a template can start from, and the preparation each stands for. */
export const TEMPLATE_FRACTIONS = { whole: 'conditioned-medium', ev: 'small-ev', 'ev-depleted': 'ev-depleted-conditioned-medium' } as const;
export type TemplateFraction = keyof typeof TEMPLATE_FRACTIONS;

/** Study designs a template can be made for. */
export const TEMPLATE_DESIGNS = ['in-vivo', 'in-vitro', 'clinical'] as const;
export type TemplateDesign = (typeof TEMPLATE_DESIGNS)[number];

function flow(value: unknown): string {
  return JSON.stringify(value).replace(/([{,])"([A-Za-z][A-Za-z0-9]*)":/g, '$1$2: ').replace(/,/g, ', ');
}

/** The template for one or more designs and a fraction, as YAML text ending in a newline. */
export function buildTemplate(design: string[], fraction: TemplateFraction): string {
  const checklist = builtinChecklist();
  const probe = { checklistVersion: '1.0', study: { design }, production: { preparation: { value: TEMPLATE_FRACTIONS[fraction] } } };
  const ledger = createValidator({ ledger: true }).validate(probe).ledger ?? [];
  const applicable = new Set(ledger.filter((entry) => entry.applicable).map((entry) => entry.itemId));
  const lines = [
    `# MSC-secretome study report: template for checklist ${checklist.version} (design: ${design.join(', ')}; preparation: ${TEMPLATE_FRACTIONS[fraction]}).`,
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
      const example = item.id === 'study.design' ? design : item.id === 'production.preparation' ? { value: TEMPLATE_FRACTIONS[fraction] } : item.example;
      lines.push(`#   # ${item.title} (${item.level}). ${item.hint}`, `#   ${key}: ${flow(example)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
