/** The form is generated from the schema and the checklist: every item, every property, nothing by hand. */
import { describe, expect, it } from 'vitest';
import { applyOverlay, builtinChecklist, type ChecklistVersion } from '../../src/checklist/checklist.js';
import { explainItem } from '../../src/checklist/explain.js';
import { SECTION_KEYS } from '../../src/report/types.js';
import { schemaVersion } from '../../src/schema/versions.js';
import { formModel, type FormField, type FormItem, type FormModel } from '../../src/form/index.js';

type Json = Record<string, unknown>;

const VERSIONS: ChecklistVersion[] = ['1.0', '1.1'];
const models = Object.fromEntries(VERSIONS.map((version) => [version, formModel(version, builtinChecklist(version))])) as Record<ChecklistVersion, FormModel>;

function item(model: FormModel, id: string): FormItem {
  const found = model.items.get(id);
  if (!found) throw new Error(`no form item ${id}`);
  return found;
}

/** Every field path of a form field tree ('*' for list entries), the field itself included. */
function fieldPaths(field: FormField, out = new Set<string>()): Set<string> {
  out.add(field.path.join('/'));
  if (field.kind === 'group') for (const child of field.fields) fieldPaths(child, out);
  if (field.kind === 'list') fieldPaths(field.entry, out);
  if (field.kind === 'quantity') {
    fieldPaths(field.value, out);
    fieldPaths(field.unit, out);
    if (field.note) fieldPaths(field.note, out);
  }
  if (field.kind === 'range') {
    fieldPaths(field.min, out);
    fieldPaths(field.max, out);
  }
  return out;
}

function sub(field: FormField, key: string): FormField {
  if (field.kind === 'group') {
    const found = field.fields.find((child) => child.key === key);
    if (found) return found;
  }
  if (field.kind === 'quantity' && (key === 'value' || key === 'unit')) return field[key];
  if (field.kind === 'range' && (key === 'min' || key === 'max')) return field[key];
  throw new Error(`${field.path.join('/')} has no field ${key}`);
}

/**
 * An independent walk of the JSON Schema: every property path reachable from a schema node, following
 * `$ref`s, detail-state wrappers and list entries (`*`). The value's own `where` is the item's field, not a
 * sub-field; a `where` deeper down (one dose amount's, one injection site's) is a sub-field like any other.
 */
function schemaPaths(schema: Json, node: Json, path: string[], out = new Set<string>(), depth = 0): Set<string> {
  const defs = schema.$defs as Record<string, Json>;
  let current = node;
  for (;;) {
    const anyOf = current.anyOf as Json[] | undefined;
    if (anyOf && anyOf[0]?.$ref === '#/$defs/DetailState') current = anyOf[1]!;
    else if (typeof current.$ref === 'string') current = defs[(current.$ref as string).slice('#/$defs/'.length)]!;
    else break;
  }
  out.add(path.join('/'));
  if (depth > 12) throw new Error(`too deep at ${path.join('/')}`);
  if (current.type === 'array' && current.items) {
    const entry = current.items as Json;
    const resolved = typeof entry.$ref === 'string' ? defs[(entry.$ref as string).slice('#/$defs/'.length)]! : entry;
    if (!Array.isArray(resolved.enum)) schemaPaths(schema, entry, [...path, '*'], out, depth + 1);
  }
  for (const [key, child] of Object.entries((current.properties ?? {}) as Record<string, Json>)) {
    if (key !== 'where' || depth > 0) schemaPaths(schema, child, [...path, key], out, depth + 1);
  }
  return out;
}

/** The value branch of an item definition, or the node itself for a plain property (study.design). */
function itemValueNode(schema: Json, section: string, path: string[]): Json {
  const defs = schema.$defs as Record<string, Json>;
  const sectionNode = (schema.properties as Record<string, Json>)[section]!;
  const top = (sectionNode.properties as Record<string, Json>)[path[0]!]!;
  const def = typeof top.$ref === 'string' ? defs[(top.$ref as string).slice('#/$defs/'.length)]! : top;
  const oneOf = def.oneOf as Json[] | undefined;
  return oneOf && oneOf.length === 3 ? oneOf[2]! : top;
}

describe('the form model', () => {
  it.each(VERSIONS)('has one entry for every checklist %s item, in the checklist order, in sections in report order', (version) => {
    const checklist = builtinChecklist(version);
    const model = models[version];
    expect(model.sections.map((section) => section.key)).toEqual(SECTION_KEYS);
    expect(model.sections.flatMap((section) => section.items.map((entry) => entry.id))).toEqual(checklist.items.map((entry) => entry.id));
    for (const section of model.sections) expect(section.title).toBe(checklist.sectionTitles[section.key]);
  });

  it.each(VERSIONS)('has a field for every schema %s property reachable from an item', (version) => {
    const schema = schemaVersion(version).schema as Json;
    const model = models[version];
    const missing: string[] = [];
    for (const entry of model.items.values()) {
      if (entry.sharedWith !== undefined) continue;
      const expected = schemaPaths(schema, itemValueNode(schema, entry.section, entry.path), [entry.path[0]!]);
      const present = fieldPaths(entry.field);
      for (const path of expected) if (!present.has(path)) missing.push(`${entry.section}/${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('has a field for every non-item property of a section and of a preparation or arm entry', () => {
    const model = models['1.1'];
    const study = model.sections.find((section) => section.key === 'study')!;
    expect(study.extraFields.map((field) => field.key)).toEqual(['title', 'citation', 'citations', 'condition', 'note', 'where']);
    expect(model.sections.find((section) => section.key === 'outcomes')!.extraFields.map((field) => field.key)).toEqual(['results']);
    expect(model.units.preparation.fields.map((field) => field.key)).toEqual(['id', 'label']);
    expect(model.units.arm.fields.map((field) => field.key)).toEqual(['id', 'label', 'preparationId']);
    expect(model.units.arm.extraFields.map(({ section, field }) => `${section}/${field.key}`)).toEqual(['outcomes/results']);
    expect(model.units.preparation.overrides.map((list) => `${list.section}.${list.container} by ${list.idField}`)).toEqual([
      'storage.preparations by preparationId',
      'qualityControl.preparations by preparationId',
      'characterization.preparations by preparationId',
    ]);
  });

  it('gives each item its title, level, hint, scope and the explanation "explain" prints', () => {
    const checklist = builtinChecklist('1.1');
    for (const source of checklist.items) {
      const entry = item(models['1.1'], source.id);
      expect(entry).toMatchObject({ title: source.title, level: source.level, hint: source.hint, scope: source.scope });
      expect(entry.explain).toEqual(explainItem(source));
      expect(entry.notApplicableBecause).toBe(source.notApplicableBecause);
    }
    expect(item(models['1.1'], 'storage.temperature').scope).toBe('preparation');
    expect(item(models['1.1'], 'doseAdministration.volume').scope).toBe('arm');
  });

  it('shows a user checklist\'s added item, with the field of the schema property it checks', () => {
    const added = applyOverlay(builtinChecklist('1.1'), {
      id: 'journal-x',
      add: [
        {
          id: 'storage.containerDetail',
          section: 'storage',
          path: 'container/description',
          scope: 'preparation',
          level: 'essential',
          title: 'Storage container, described',
          rationale: 'The journal asks for the container material.',
          hint: 'Describe the tube or vial.',
          sources: ['Journal X author guidelines'],
        },
      ],
    });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    const model = formModel('1.1', added.value);
    const entry = item(model, 'storage.containerDetail');
    expect(model.sections.find((section) => section.key === 'storage')!.items.map((candidate) => candidate.id)).toContain('storage.containerDetail');
    expect(entry.field).toMatchObject({ kind: 'text', path: ['container', 'description'] });
    expect(entry.sharedWith).toBe('storage.container');
  });

  it('an item value may be "not reported" or "not applicable", and says where in the manuscript it is', () => {
    const temperature = item(models['1.1'], 'storage.temperature');
    expect(temperature.stateCapable).toBe(true);
    expect(temperature.whereCapable).toBe(true);
    // study.design is a plain property: it decides what applies, so it has no state of its own.
    expect(item(models['1.1'], 'study.design')).toMatchObject({ stateCapable: false, whereCapable: false, field: { kind: 'multi-choice' } });
  });

  it('marks the fields of a 1.1 value that can be "not reported" or "not applicable" on their own, and none in 1.0', () => {
    const donors = item(models['1.1'], 'cellSource.donors').field;
    expect(sub(donors, 'sex')).toMatchObject({ kind: 'list', detail: true });
    expect(sub(donors, 'count')).toMatchObject({ kind: 'number', integer: true, minimum: 1, detail: true });
    // Free text that describes a value is never a detail of its own.
    expect(sub(item(models['1.1'], 'storage.form').field, 'description')).toMatchObject({ kind: 'text', detail: false });
    const details10 = [...models['1.0'].items.values()].flatMap((entry) => [...fieldPaths(entry.field)].filter((path) => path !== entry.path.join('/')));
    expect(details10.length).toBeGreaterThan(100);
    for (const entry of models['1.0'].items.values()) expect(JSON.stringify(entry.field)).not.toContain('"detail":true');
  });

  it('turns vocabularies into pick lists, and "other" reveals the description beside it', () => {
    const form = sub(item(models['1.1'], 'storage.form').field, 'value');
    expect(form).toMatchObject({ kind: 'choice', otherDescription: 'description' });
    if (form.kind !== 'choice') throw new Error('not a choice');
    expect(form.options.map((option) => option.value)).toEqual(['fresh', 'frozen', 'lyophilised', 'refrigerated', 'other']);
    expect(form.sources?.length).toBeGreaterThan(0);
    // A set of words is a multi-select; words that may repeat (one sex per donor: female, male, male) are rows of pick lists.
    expect(item(models['1.1'], 'study.design').field).toMatchObject({ kind: 'multi-choice', options: [{ value: 'in-vivo' }, { value: 'in-vitro' }, { value: 'clinical' }] });
    expect(sub(item(models['1.1'], 'cellSource.donors').field, 'sex')).toMatchObject({ kind: 'list', entry: { kind: 'choice', path: ['donors', 'sex', '*'] } });
  });

  it('puts a unit pick list beside each number that has a unit, and reads min/max as a range', () => {
    const temperature = item(models['1.1'], 'storage.temperature').field;
    expect(temperature.kind).toBe('quantity');
    if (temperature.kind !== 'quantity') throw new Error('not a quantity');
    expect(temperature.value).toMatchObject({ kind: 'number', path: ['temperature', 'value'] });
    expect(temperature.unit.options.map((option) => option.value)).toContain('°C');
    expect(sub(item(models['1.1'], 'cellSource.donors').field, 'ageYears')).toMatchObject({ kind: 'range', min: { kind: 'number', maximum: 120 } });
  });

  it('makes lists of objects repeatable rows with their sub-fields, and nests objects as groups', () => {
    const steps = sub(item(models['1.1'], 'production.clarification').field, 'steps');
    expect(steps).toMatchObject({ kind: 'list', entry: { kind: 'group', path: ['clarification', 'steps', '*'] } });
    if (steps.kind !== 'list' || steps.entry.kind !== 'group') throw new Error('not rows');
    expect(steps.entry.fields.map((field) => field.key)).toEqual(expect.arrayContaining(['method', 'force', 'duration', 'temperature']));
    expect(sub(steps.entry, 'force')).toMatchObject({ kind: 'quantity' });
    expect(sub(item(models['1.1'], 'characterization.particles').field, 'size')).toMatchObject({ kind: 'group' });
    // An item's own `where` is its "where in the manuscript" field; one dose amount's `where` is a sub-field.
    const amounts = sub(item(models['1.1'], 'doseAdministration.dose').field, 'amounts');
    if (amounts.kind !== 'list') throw new Error('not a list');
    expect(sub(amounts.entry, 'where')).toMatchObject({ kind: 'text', path: ['dose', 'amounts', '*', 'where'] });
    expect(() => sub(item(models['1.1'], 'doseAdministration.dose').field, 'where')).toThrow();
  });

  it('shows an item that reads inside another item\'s value in that item\'s field', () => {
    expect(item(models['1.1'], 'doseAdministration.doseBases').sharedWith).toBe('doseAdministration.dose');
    expect(item(models['1.1'], 'outcomes.trialStatus')).toMatchObject({ sharedWith: 'outcomes.trialRegistration', stateCapable: true, whereCapable: false, field: { kind: 'choice' } });
    expect(item(models['1.1'], 'doseAdministration.dose').sharedWith).toBeUndefined();
  });

  it('keeps the constraints a field has in the schema (patterns with their message, bounds, lengths)', () => {
    const citation = models['1.1'].sections[0]!.extraFields.find((field) => field.key === 'citation')!;
    expect(sub(citation, 'doi')).toMatchObject({ kind: 'text', pattern: expect.stringContaining('10'), patternMessage: expect.stringContaining('DOI') });
    expect(sub(citation, 'year')).toMatchObject({ kind: 'number', integer: true, minimum: 1950, maximum: 2100 });
  });
});
