/**
 * The changes between checklist versions are read from the data, never written by hand: each kind of
 * change is found, and the generated list in docs/checklist-versions.md matches the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/checklist/checklist.js';
import type { ChecklistItem } from '../../src/checklist/model.js';
import { checklistChanges, compareChecklists, vocabularies } from '../../src/migrate/changes.js';
import { changesMarkdown, changesText } from '../../src/migrate/changes-format.js';
import { replaceSection } from '../../scripts/lib/readme.js';
import { VERSIONS_DOC, versionChangesMarkdown } from '../../scripts/lib/versions-doc.js';
import { ROOT } from '../helpers.js';

function item(id: string, fields: Partial<ChecklistItem> = {}): ChecklistItem {
  const section = id.split('.')[0] as ChecklistItem['section'];
  return { id, section, scope: 'study', level: 'recommended', title: id, rationale: 'Why.', hint: 'How.', sources: ['Test'], ...fields } as ChecklistItem;
}

function checklist(version: string, items: ChecklistItem[]): Checklist {
  return { id: 'test', version, profile: 'default', sectionTitles: {}, items } as unknown as Checklist;
}

const NO_SCHEMA = { from: {}, to: {} };

describe('compareChecklists', () => {
  it('finds items added and removed, with their level, effective weight and applicability', () => {
    const changes = compareChecklists(
      checklist('1', [item('storage.temperature', { weight: 2, level: 'essential' }), item('storage.old')]),
      checklist('2', [item('storage.temperature', { weight: 2, level: 'essential' }), item('storage.added', { level: 'essential', appliesWhen: { fact: 'preparation.storageForm', equals: 'frozen' } })]),
      NO_SCHEMA,
    );
    expect(changes.added).toEqual([{ id: 'storage.added', title: 'storage.added', level: 'essential', weight: 2, applies: 'the storage form is frozen' }]);
    expect(changes.removed).toEqual([{ id: 'storage.old', title: 'storage.old', level: 'recommended', weight: 1, applies: 'always' }]);
    expect(changes.changed).toEqual([]);
  });

  it('names each aspect that changed, with the old and the new value', () => {
    const before = item('storage.excipient', { weight: 1, title: 'Excipient' });
    const after = item('storage.excipient', {
      title: 'Cryoprotectant or excipient',
      levelWhen: [{ when: { fact: 'preparation.lyophilised', equals: true }, level: 'essential' }],
      appliesWhen: { not: { fact: 'preparation.storageForm', equals: 'fresh' } },
      scope: 'preparation',
      path: 'excipient',
      expects: [{ id: 'concentration', label: 'the concentration', path: 'concentration', when: { path: 'value', equals: 'other' } }],
    });
    const [change] = compareChecklists(checklist('1', [before]), checklist('2', [after]), NO_SCHEMA).changed;
    expect(change!.changes).toEqual([
      { aspect: 'title', from: 'Excipient', to: 'Cryoprotectant or excipient' },
      { aspect: 'level', from: 'recommended', to: 'recommended; essential when the preparation is lyophilised' },
      { aspect: 'applies', from: 'always', to: 'unless the storage form is fresh' },
      { aspect: 'per', from: 'study', to: 'preparation' },
      { aspect: 'expects', from: 'none', to: 'the concentration (when value is other)' },
    ]);
  });

  it('compares effective weights: an item without a weight weighs by its level', () => {
    const changes = compareChecklists(checklist('1', [item('study.design', { weight: 1, level: 'essential' })]), checklist('2', [item('study.design', { level: 'essential' })]), NO_SCHEMA);
    expect(changes.changed[0]!.changes).toEqual([{ aspect: 'weight', from: '1', to: '2' }]);
  });
});

describe('vocabularies', () => {
  const schema = (words: string[]) => ({
    properties: {
      doseAdministration: {
        properties: { route: { $ref: '#/$defs/Route' }, arms: { items: { properties: { route: { $ref: '#/$defs/Route' } } } } },
      },
    },
    $defs: { Route: { oneOf: [{ $ref: '#/$defs/Route' }, { properties: { value: { anyOf: [{ const: 'x' }, { enum: words }] } } }] } },
  });

  it('finds every enum by the field it applies to, folding per-arm entries into their section, through references and combinators', () => {
    expect(vocabularies(schema(['oral', 'other']))).toEqual(new Map([['doseAdministration/route/value', new Set(['oral', 'other'])]]));
  });

  it('lists the words added and removed per field', () => {
    const changes = compareChecklists(checklist('1', []), checklist('2', []), { from: schema(['oral', 'iv']), to: schema(['oral', 'intranasal', 'topical']) });
    expect(changes.vocabulary).toEqual([{ field: 'doseAdministration/route/value', added: ['intranasal', 'topical'], removed: ['iv'], newField: false }]);
  });
});

describe('checklist 1.0 → 1.1', () => {
  let changes: ReturnType<typeof checklistChanges>;
  beforeAll(() => {
    changes = checklistChanges('1.0', '1.1');
  });
  const changed = (id: string, aspect: string) => changes.changed.find((entry) => entry.id === id)?.changes.find((change) => change.aspect === aspect);

  it('removes no item: 1.1 keeps every item of 1.0', () => {
    expect(changes.removed).toEqual([]);
  });

  it('lists the applicability fixes of 1.1', () => {
    for (const id of ['storage.excipient', 'storage.freezeThaw', 'outcomes.emotionalDimension', 'doseAdministration.timing']) expect(changed(id, 'applies'), id).toBeDefined();
  });

  it('lists the new vocabulary words, e.g. the new routes', () => {
    const route = changes.vocabulary.find((entry) => entry.field === 'doseAdministration/route/value');
    expect(route?.added).toEqual(expect.arrayContaining(['intratracheal', 'intravertebral']));
  });

  it('text and Markdown show every added, removed and changed item', () => {
    const text = changesText(changes);
    const markdown = changesMarkdown(changes);
    for (const entry of [...changes.added, ...changes.removed, ...changes.changed]) {
      expect(text).toContain(entry.id);
      expect(markdown).toContain(`\`${entry.id}\``);
    }
  });

  it(`${VERSIONS_DOC} holds the generated list (run "npm run generate" after changing the data)`, () => {
    const doc = readFileSync(join(ROOT, VERSIONS_DOC), 'utf8');
    expect(replaceSection(doc, 'changes', versionChangesMarkdown()) === doc, `${VERSIONS_DOC} is stale`).toBe(true);
  });
});
