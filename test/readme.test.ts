/** The README is the front door: its generated parts match the data, and its examples are real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyOverlay, builtinChecklist } from '../src/checklist/checklist.js';
import { validateStructure } from '../src/schema/validate-structure.js';
import { itemsMarkdown, replaceSection } from '../scripts/lib/readme.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('README', () => {
  it('lists every checklist item as the data defines it (run "npm run generate" after editing the data)', () => {
    expect(replaceSection(readme, 'items', itemsMarkdown()) === readme, 'the item list in README.md is stale').toBe(true);
  });

  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('its study-report example is structurally valid', () => {
    const example = yamlBlocks.find((block) => block.includes('checklistVersion'));
    expect(validateStructure(parse(example!))).toEqual([]);
  });

  it('its user-checklist example loads', () => {
    const overlay = yamlBlocks.find((block) => block.startsWith('id: lab-sop'));
    expect(applyOverlay(builtinChecklist(), parse(overlay!)).ok).toBe(true);
  });
});
