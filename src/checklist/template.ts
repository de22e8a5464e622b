/**
 * A commented YAML template with every item that applies to a design and fraction, generated from the
 * checklist of a version (titles, levels, hints, examples) and its schema, so it cannot drift from them.
 * Everything but `checklistVersion` is commented out: the template is valid as it stands and scores 0.
 * Runtime-agnostic: used by the CLI's `init` and by the browser checker page.
 */
import { SECTION_KEYS } from '../report/types.js';
import { schemaVersion } from '../schema/versions.js';
import { createValidator } from '../validator.js';
import { builtinChecklist, CHECKLIST_VERSION, type ChecklistVersion } from './checklist.js';
import type { ChecklistItem } from './model.js';
import { isPlainObject } from '../schema/pointer.js';

/** The fractions a template can start from, and the preparation each stands for. */
export const TEMPLATE_FRACTIONS = { whole: 'conditioned-medium', ev: 'small-ev', 'ev-depleted': 'ev-depleted-conditioned-medium' } as const;
export type TemplateFraction = keyof typeof TEMPLATE_FRACTIONS;

/** Study designs a template can be made for. */
export const TEMPLATE_DESIGNS = ['in-vivo', 'in-vitro', 'clinical'] as const;
export type TemplateDesign = (typeof TEMPLATE_DESIGNS)[number];

const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9]*$/;

/** A value in YAML flow style on one line: `{value: -80, unit: "°C"}`; texts quoted as JSON, so commas and colons inside them stay text. */
export function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, entry]) => `${PLAIN_KEY.test(key) ? key : JSON.stringify(key)}: ${flow(entry)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The fields of a section's template, one line each: an item whose path goes deeper (`trialRegistration/status`)
 * adds its example inside the field it belongs to, and items that read the same field (animals and patients
 * are both `recipients`) share one line, so the uncommented template has no key twice.
 */
function fields(items: ChecklistItem[], design: string[], fraction: TemplateFraction): Map<string, { comments: string[]; example: unknown }> {
  const found = new Map<string, { comments: string[]; example: unknown }>();
  for (const item of items) {
    const [key, ...rest] = (item.path ?? item.id.split('.')[1]!).split('/') as [string, ...string[]];
    const example = item.id === 'study.design' ? design : item.id === 'production.preparation' ? { value: TEMPLATE_FRACTIONS[fraction] } : item.example;
    const field = found.get(key) ?? { comments: [], example: undefined };
    field.comments.push(`${item.title} (${item.level}). ${item.hint}`);
    if (rest.length === 0) {
      // A field already filled in by another item keeps that example; parts added by deeper paths are kept.
      if (field.example === undefined) field.example = example;
      else if (isPlainObject(field.example) && isPlainObject(example)) field.example = { ...example, ...field.example };
    } else if (example !== undefined) {
      let node = (field.example ??= {}) as Record<string, unknown>;
      if (!isPlainObject(node)) continue;
      for (const segment of rest.slice(0, -1)) node = isPlainObject(node[segment]) ? (node[segment] as Record<string, unknown>) : (node[segment] = {});
      node[rest.at(-1)!] = example;
    }
    found.set(key, field);
  }
  return found;
}


/** The template for one or more designs and a fraction, as YAML text ending in a newline (the latest checklist by default). */
export function buildTemplate(design: string[], fraction: TemplateFraction, version: ChecklistVersion = CHECKLIST_VERSION): string {
  const checklist = builtinChecklist(version);
  const probe = { checklistVersion: version, study: { design }, production: { preparation: { value: TEMPLATE_FRACTIONS[fraction] } } };
  const ledger = createValidator({ ledger: true }).validate(probe).ledger ?? [];
  // Items that wait for a fact the probe does not state (priming, storage form, …) belong in the template too.
  const wanted = new Set(ledger.filter((entry) => entry.applicable || entry.deferred).map((entry) => entry.itemId));
  // Where the schema lets a detail inside a value be not reported (1.1 and later), the header says so.
  const detailStates = schemaVersion(version).definition('DetailState') !== undefined;
  const lines = [
    `# MSC-secretome study report: template for checklist ${checklist.version} (design: ${design.join(', ')}; preparation: ${TEMPLATE_FRACTIONS[fraction]}).`,
    '# Uncomment each item and replace the example with what the study reports. Any item may instead be',
    '#   { notApplicable: "why it does not apply" }  or  { notReported: true }  (checked: the paper does not say),',
    ...(detailStates ? ['# and so may any detail inside a value, e.g.  donors: { count: 3, sex: { notReported: true } }.', '# A value that lacks details is incomplete (partial credit), not wrong; the report names what is missing.'] : []),
    '# Any item may carry where: "Methods 2.3" (the manuscript location).',
    '# Several preparations: list them in production.preparations; several arms: doseAdministration.arms.',
    '# Check it with: secretome-checklist check <this file>',
    `checklistVersion: "${version}"`,
  ];
  for (const section of SECTION_KEYS) {
    const items = checklist.items.filter((item) => item.section === section && wanted.has(item.id) && !item.satisfiedWhen);
    if (items.length === 0) continue;
    lines.push('', `# ── ${checklist.sectionTitles[section]} ──`, `# ${section}:`);
    for (const [key, field] of fields(items, design, fraction)) {
      lines.push(...field.comments.map((comment) => `#   # ${comment}`), `#   ${key}: ${flow(field.example)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
