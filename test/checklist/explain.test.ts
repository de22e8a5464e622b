/** explainItem: what `explain` prints and GET /v1/items/{id} returns, as data. */
import { describe, expect, it } from 'vitest';
import { explainItem } from '../../src/checklist/explain.js';
import type { ChecklistItem } from '../../src/checklist/model.js';

const item: ChecklistItem = {
  id: 'storage.temperature',
  section: 'storage',
  scope: 'preparation',
  level: 'recommended',
  levelWhen: [{ when: { fact: 'design', includes: 'clinical' }, level: 'essential' }],
  weight: 2,
  appliesWhen: { not: { fact: 'preparation.storageForm', equals: 'fresh' } },
  title: 'Storage temperature',
  rationale: 'Vesicles change with temperature.',
  hint: 'State the temperature.',
  sources: ['MISEV2023 §5'],
  example: { value: -80, unit: '°C' },
} as ChecklistItem;

describe('explainItem', () => {
  it('says when the item applies and when its level changes, in words', () => {
    const about = explainItem(item);
    expect(about.appliesWhen).toBe('unless the storage form is fresh');
    expect(about.levelWhen).toEqual(['essential when the study design includes clinical']);
  });

  it('points at the value by the item key, or by its path when it has one', () => {
    expect(explainItem(item).pointer).toBe('/storage/temperature');
    expect(explainItem({ ...item, path: 'conditions/temperature' }).pointer).toBe('/storage/conditions/temperature');
  });

  it('keeps the facts as they are and leaves the example out when there is none', () => {
    const about = explainItem(item);
    expect(about).toMatchObject({ id: 'storage.temperature', section: 'storage', scope: 'preparation', level: 'recommended', weight: 2, title: 'Storage temperature', rationale: 'Vesicles change with temperature.', hint: 'State the temperature.', sources: ['MISEV2023 §5'], example: { value: -80, unit: '°C' } });
    const { example: _example, ...bare } = item;
    expect('example' in explainItem(bare as ChecklistItem)).toBe(false);
    expect(explainItem({ ...item, levelWhen: undefined } as ChecklistItem).levelWhen).toEqual([]);
    expect(explainItem({ ...item, appliesWhen: undefined } as ChecklistItem).appliesWhen).toBe('always');
  });
});
