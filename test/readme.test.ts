/** The README is the front door and docs/ the manual: generated parts match the data, and the examples are real. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyOverlay, builtinChecklist } from '../src/checklist/checklist.js';
import { documentVersion, SCHEMAS } from '../src/schema/versions.js';
import { itemsMarkdown, replaceSection } from '../scripts/lib/readme.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const items = readFileSync(join(ROOT, 'docs/checklist-items.md'), 'utf8');
const manual = ['document-format.md', 'scoring.md'].map((file) => readFileSync(join(ROOT, 'docs', file), 'utf8')).join('\n');
const yamlBlocks = [...manual.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('README', () => {
  it('lists every checklist item as the data defines it (run "npm run generate" after editing the data)', () => {
    expect(replaceSection(items, 'items', itemsMarkdown()) === items, 'the item list in docs/checklist-items.md is stale').toBe(true);
  });

  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('its study-report example is structurally valid', () => {
    const example = parse(yamlBlocks.find((block) => block.includes('checklistVersion'))!) as unknown;
    const schema = SCHEMAS[documentVersion(example)];
    expect(schema.version).toBe('1.1');
    expect([...schema.validateStructure(example), ...schema.checkReferences(example)]).toEqual([]);
  });

  it('its user-checklist example loads', () => {
    const overlay = yamlBlocks.find((block) => block.startsWith('id: lab-sop'));
    expect(applyOverlay(builtinChecklist(), parse(overlay!)).ok).toBe(true);
  });

  it('is a front page of at most 15 KB; the manual lives in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
    for (const page of ['document-format', 'scoring', 'checklist-items', 'cli', 'browser', 'library', 'testing', 'performance']) {
      expect(readme).toContain(`(docs/${page}.md)`);
    }
  });

  it('links only to files that exist, from the README and from every page of the manual', () => {
    const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
    for (const page of pages) {
      const text = readFileSync(join(ROOT, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        expect(existsSync(join(ROOT, dirname(page), target!)), `${page} links to ${target}`).toBe(true);
      }
    }
  });
});
