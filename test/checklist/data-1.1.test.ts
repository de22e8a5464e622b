/**
 * Checklist 1.1 as data: its item paths, expected details and examples must fit schema 1.1. A path that
 * names no field of the schema could never be given, so the item would stay incomplete for ever; an
 * example that is invalid, or that lacks a detail its own item expects, would teach the wrong thing
 * through `explain` and the templates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ExpectedDetail } from '../../src/checklist/model.js';
import { SCHEMAS } from '../../src/schema/versions.js';
import { assessDetails } from '../../src/scoring/details.js';
import { ROOT } from '../helpers.js';

const DIR = join(ROOT, 'src/checklist/data/1.1');
const schema = SCHEMAS['1.1'];

const items: ChecklistItem[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json') && file !== 'checklist.json')
  .flatMap((file) => (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { items: ChecklistItem[] }).items);

const itemPath = (item: ChecklistItem): string[] => (item.path ?? item.id.slice(item.id.indexOf('.') + 1)).split('/');

/** The first segment of `parts` that the schema does not allow where it stands, or undefined. */
function unknownSegment(parts: string[]): string | undefined {
  for (let index = 0; index < parts.length; index++) {
    // `*` steps into a list: the schema's entries are reached through any index.
    if (parts[index] === '*') continue;
    const holder = parts.slice(0, index).map((part) => (part === '*' ? '0' : part));
    if (!schema.allowedKeys(holder).includes(parts[index]!)) return parts.slice(0, index + 1).join('/');
  }
  return undefined;
}

const detailPaths = (detail: ExpectedDetail): string[] => [...(detail.anyOf ?? [detail.path!]), ...(detail.when ? [detail.when.path] : [])];

/** A minimal 1.1 document holding `value` where the item reads it (at section level). */
function documentWith(item: ChecklistItem, value: unknown): Record<string, unknown> {
  const path = itemPath(item);
  const section: Record<string, unknown> = {};
  let holder = section;
  for (const segment of path.slice(0, -1)) holder = (holder[segment] = {}) as Record<string, unknown>;
  holder[path.at(-1)!] = value;
  const study = { design: ['in-vivo'], ...(item.section === 'study' ? section : {}) };
  return { checklistVersion: '1.1', study, ...(item.section === 'study' ? {} : { [item.section]: section }) };
}

describe('checklist 1.1 data against schema 1.1', () => {
  it('has items, and every item with details has an example', () => {
    expect(items.length).toBeGreaterThan(80);
    expect(items.filter((item) => item.expects && item.example === undefined).map((item) => item.id)).toEqual([]);
  });

  it.each(items.map((item) => [item.id, item] as const))('%s reads a field of the schema', (_id, item) => {
    expect(unknownSegment([item.section, ...itemPath(item)])).toBeUndefined();
  });

  it.each(items.filter((item) => item.expects).map((item) => [item.id, item] as const))(
    '%s expects only details the schema has a place for',
    (_id, item) => {
      const unknown = item.expects!.flatMap((detail) =>
        detailPaths(detail).flatMap((path) => {
          const bad = unknownSegment([item.section, ...itemPath(item), ...path.split('/')]);
          return bad ? [`${detail.id}: ${bad}`] : [];
        }),
      );
      expect(unknown).toEqual([]);
    },
  );

  it.each(items.filter((item) => item.example !== undefined).map((item) => [item.id, item] as const))(
    'the example of %s is a valid, complete value',
    (_id, item) => {
      expect(schema.validateStructure(documentWith(item, item.example))).toEqual([]);
      const outcome = assessDetails(item.expects ?? [], item.example);
      expect(outcome.missing.map((detail) => detail.id)).toEqual([]);
      expect(outcome.credit).toBe(1);
    },
  );

  it('catches a detail path the schema does not have (the check can fail)', () => {
    expect(unknownSegment(['outcomes', 'sampleSize', 'justifcation'])).toBe('outcomes/sampleSize/justifcation');
    expect(unknownSegment(['doseAdministration', 'dose', 'amounts', '*', 'unit'])).toBeUndefined();
    expect(unknownSegment(['doseAdministration', 'dose', 'amounts', '*', 'units'])).toBe('doseAdministration/dose/amounts/*/units');
  });
});
