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

type Node = Record<string, unknown>;
const defs = (schema.schema as Node).$defs as Record<string, Node>;
const STATES = new Set(['NotApplicable', 'NotReported', 'DetailState']);

/** The shapes a schema node can take, past `$ref`s, item states and detail-state wrappers. */
function shapes(node: Node | undefined, depth = 0): Node[] {
  if (!node || depth > 20) return [];
  const ref = typeof node.$ref === 'string' ? node.$ref.split('/').pop()! : undefined;
  if (ref) return STATES.has(ref) ? [] : shapes(defs[ref], depth + 1);
  const branches = [...((node.oneOf as Node[] | undefined) ?? []), ...((node.anyOf as Node[] | undefined) ?? [])];
  return branches.length > 0 ? branches.flatMap((branch) => shapes(branch, depth + 1)) : [node];
}

/** The schema node of an item's value. */
function itemNode(item: ChecklistItem): Node | undefined {
  let nodes = [((schema.schema as Node).properties as Record<string, Node>)[item.section]!];
  for (const segment of itemPath(item)) nodes = nodes.flatMap((node) => shapes(node)).flatMap((shape) => ((shape.properties as Record<string, Node> | undefined)?.[segment] ? [(shape.properties as Record<string, Node>)[segment]!] : []));
  return nodes[0];
}

/** Detail paths inside a value whose vocabulary has "other" (`*` for list entries). */
function otherPaths(node: Node | undefined, prefix = '', depth = 0): string[] {
  if (depth > 8) return [];
  return shapes(node).flatMap((shape) => [
    ...(Array.isArray(shape.enum) && shape.enum.includes('other') ? [prefix] : []),
    ...(shape.items && typeof shape.items === 'object' ? otherPaths(shape.items as Node, prefix ? `${prefix}/*` : '*', depth + 1) : []),
    ...Object.entries((shape.properties as Record<string, Node> | undefined) ?? {})
      .filter(([key]) => key !== 'where' && key !== 'note')
      .flatMap(([key, child]) => otherPaths(child, prefix ? `${prefix}/${key}` : key, depth + 1)),
  ]);
}

/** Paths inside a value of objects with a value and a unit (quantities); '' for the value itself. */
function quantityPaths(node: Node | undefined, prefix = '', depth = 0): string[] {
  if (depth > 8) return [];
  return shapes(node).flatMap((shape) => {
    const properties = (shape.properties as Record<string, Node> | undefined) ?? {};
    return [
      ...('value' in properties && 'unit' in properties ? [prefix] : []),
      ...(shape.items && typeof shape.items === 'object' ? quantityPaths(shape.items as Node, prefix ? `${prefix}/*` : '*', depth + 1) : []),
      ...Object.entries(properties)
        .filter(([key]) => key !== 'where' && key !== 'note')
        .flatMap(([key, child]) => quantityPaths(child, prefix ? `${prefix}/${key}` : key, depth + 1)),
    ];
  });
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

  it('asks for a description wherever a value may say "other" (1.0 required it in the schema)', () => {
    const withoutDescription = items
      // doseBases reads the dose, whose own item asks for the descriptions.
      .filter((item) => item.id !== 'doseAdministration.doseBases')
      .flatMap((item) => {
        const asked = new Set(
          (item.expects ?? []).flatMap((detail) => (detail.when && (detail.when.equals === 'other' || detail.when.in?.includes('other')) ? [detail.when.path] : [])),
        );
        return otherPaths(itemNode(item)).filter((path) => !asked.has(path)).map((path) => `${item.id}: ${path}`);
      });
    expect(withoutDescription).toEqual([]);
  });

  it('asks for the unit of every quantity an item value can hold (a bare number is stored, the unit named as missing)', () => {
    const withoutUnit = items
      .filter((item) => item.id !== 'doseAdministration.doseBases')
      .flatMap((item) => {
        const asked = new Set((item.expects ?? []).flatMap((detail) => detail.anyOf ?? [detail.path!]));
        return quantityPaths(itemNode(item)).map((path) => (path ? `${path}/unit` : 'unit')).filter((path) => !asked.has(path)).map((path) => `${item.id}: ${path}`);
      });
    expect(withoutUnit).toEqual([]);
  });

  it('finds the "other" words it checks (the check can fail)', () => {
    const item = (id: string) => items.find((candidate) => candidate.id === id)!;
    expect(otherPaths(itemNode(item('cellSource.species')))).toEqual(['value']);
    expect(otherPaths(itemNode(item('production.primingConditions')))).toEqual(['stimuli/*/type']);
    expect(quantityPaths(itemNode(item('storage.temperature')))).toEqual(['']);
    expect(quantityPaths(itemNode(item('storage.reconstitution')))).toEqual(['volume']);
  });

  it('catches a detail path the schema does not have (the check can fail)', () => {
    expect(unknownSegment(['outcomes', 'sampleSize', 'justifcation'])).toBe('outcomes/sampleSize/justifcation');
    expect(unknownSegment(['doseAdministration', 'dose', 'amounts', '*', 'unit'])).toBeUndefined();
    expect(unknownSegment(['doseAdministration', 'dose', 'amounts', '*', 'units'])).toBe('doseAdministration/dose/amounts/*/units');
  });
});
