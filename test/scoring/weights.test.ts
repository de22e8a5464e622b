/**
 * Levels carry weights: without an explicit weight an item weighs by the level it has for the document
 * (essential 2, recommended 1), so an item escalated by a profile, a user checklist or a condition
 * (`levelWhen`) weighs as essential. Checklist 1.0 gives every item an explicit weight: its scores stay.
 */
import { describe, expect, it } from 'vitest';
import { builtinChecklist, effectiveWeight } from '../../src/checklist/checklist.js';
import { check, inVivo, ledgerOf } from './documents-1.1.js';

/** A study that leaves out recommended items (and reports every essential one it is asked for here). */
const document = inVivo({ production: { preparation: { value: 'small-ev' } } });

describe('weights follow the effective level in checklist 1.1', () => {
  it('1.1 items carry no weight of their own: essential weighs 2, recommended 1', () => {
    const items = builtinChecklist('1.1').items;
    expect(items.every((item) => item.weight === undefined)).toBe(true);
    expect(ledgerOf(check(document), 'cellSource.species').weight).toBe(2);
    expect(ledgerOf(check(document), 'cellSource.provider').weight).toBe(1);
  });

  it('journal-strict doubles the weight of a recommended item and changes the score', () => {
    const plain = check(document);
    const strict = check(document, { profile: 'journal-strict' });
    expect(ledgerOf(plain, 'cellSource.provider')).toMatchObject({ level: 'recommended', weight: 1 });
    expect(ledgerOf(strict, 'cellSource.provider')).toMatchObject({ level: 'essential', weight: 2 });
    expect(strict.score.sections.cellSource.applicable).toBeGreaterThan(plain.score.sections.cellSource.applicable);
    const withSpecies = inVivo({ cellSource: { species: { value: 'human' }, tissue: { value: 'bone-marrow' }, relation: { value: 'xenogeneic' } } });
    expect(check(withSpecies, { profile: 'journal-strict' }).score.overall).not.toBe(check(withSpecies).score.overall);
  });

  it('an item escalated by its condition (levelWhen) weighs 2 where it is essential', () => {
    const particles = (type: string) => ledgerOf(check(inVivo({ production: { preparation: { value: type } } })), 'characterization.particles');
    expect(particles('small-ev')).toMatchObject({ level: 'essential', weight: 2 });
    expect(particles('conditioned-medium')).toMatchObject({ level: 'recommended', weight: 1 });
  });

  it('an explicit weight wins over the level, also in a user checklist', () => {
    const report = check(document, { checklist: { items: { 'cellSource.provider': { weight: 5 } } } });
    expect(ledgerOf(report, 'cellSource.provider')).toMatchObject({ level: 'recommended', weight: 5 });
    expect(effectiveWeight({ ...builtinChecklist('1.1').items[0]!, weight: 3 }, 'recommended')).toBe(3);
  });
});

describe('1.0 documents score exactly as before', () => {
  it('every 1.0 item has an explicit weight: 2 for essential, 1 for recommended', () => {
    for (const item of builtinChecklist('1.0').items) expect(item.weight, item.id).toBe(item.level === 'essential' ? 2 : 1);
  });

  it('journal-strict escalates 1.0 items without changing their weight, so 1.0 scores do not move', () => {
    const legacy = { checklistVersion: '1.0', study: { design: ['in-vivo'] }, cellSource: { species: { value: 'human' } } };
    const plain = check(legacy);
    const strict = check(legacy, { profile: 'journal-strict' });
    expect(plain.checklist.version).toBe('1.0');
    expect(ledgerOf(strict, 'cellSource.provider')).toMatchObject({ level: 'essential', weight: 1 });
    expect(strict.score).toEqual(plain.score);
  });
});
