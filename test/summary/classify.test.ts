// How one study's ledger entry becomes one of the five reporting states (src/summary/classify.ts).
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/report/types.js';
import { classifyEntry, unitCounts } from '../../src/summary/classify.js';

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return { itemId: 'doseAdministration.volume', section: 'doseAdministration', level: 'essential', applicable: true, state: 'value', weight: 2, credit: 1, satisfied: true, deferred: false, ...overrides };
}

function unit(state: NonNullable<LedgerEntry['units']>[number]['state'], extra: Partial<NonNullable<LedgerEntry['units']>[number]> = {}): NonNullable<LedgerEntry['units']>[number] {
  return { unit: 'arm', pointer: '/doseAdministration/arms/0/volume', applies: true, state, credit: state === 'value' || state === 'not-applicable' ? 1 : 0, deferred: false, ...extra };
}

describe('the reporting state of an item in one study', () => {
  it('is reported when the item applies and is satisfied', () => {
    expect(classifyEntry(entry({}))).toBe('reported');
  });

  it('is not applicable when the item does not apply, whatever the units hold', () => {
    expect(classifyEntry(entry({ applicable: false, state: 'missing', satisfied: false, credit: 0 }))).toBe('not-applicable');
  });

  it('maps a study-level value by its state: incomplete, declared not reported, left out (missing or invalid)', () => {
    expect(classifyEntry(entry({ state: 'incomplete', satisfied: false, credit: 0.5 }))).toBe('incomplete');
    expect(classifyEntry(entry({ state: 'not-reported', satisfied: false, credit: 0 }))).toBe('not-reported');
    expect(classifyEntry(entry({ state: 'missing', satisfied: false, credit: 0 }))).toBe('left-out');
    expect(classifyEntry(entry({ state: 'invalid', satisfied: false, credit: 0 }))).toBe('left-out');
  });

  it('takes the least-reported state of its arms: left out before not reported before incomplete', () => {
    const arms = (states: Array<Parameters<typeof unit>[0]>) => entry({ state: states.find((s) => s !== 'value')!, satisfied: false, credit: 0, units: states.map((s) => unit(s)) });
    expect(classifyEntry(arms(['value', 'incomplete', 'not-reported']))).toBe('not-reported');
    expect(classifyEntry(arms(['incomplete', 'missing', 'not-reported']))).toBe('left-out');
    expect(classifyEntry(arms(['value', 'incomplete']))).toBe('incomplete');
  });

  it('is reported when one arm holds a value and another is declared not applicable', () => {
    expect(classifyEntry(entry({ units: [unit('value'), unit('not-applicable')] }))).toBe('reported');
  });

  it('ignores an arm that waits for a gating fact or that the item does not apply to', () => {
    const units = [unit('incomplete'), unit('missing', { deferred: true }), unit('missing', { applies: false })];
    expect(classifyEntry(entry({ state: 'incomplete', satisfied: false, credit: 0.5, units }))).toBe('incomplete');
    expect(unitCounts(entry({ state: 'incomplete', satisfied: false, credit: 0.5, units }))).toEqual({ reported: 0, incomplete: 1, 'not-reported': 0, 'left-out': 0, 'not-applicable': 2 });
  });
});

describe('the units of an item in one study', () => {
  it('count each arm by its own state', () => {
    const units = [unit('value'), unit('not-reported'), unit('not-reported'), unit('missing')];
    expect(unitCounts(entry({ state: 'not-reported', satisfied: false, credit: 0, units }))).toEqual({ reported: 1, incomplete: 0, 'not-reported': 2, 'left-out': 1, 'not-applicable': 0 });
  });

  it('are the study itself when the item is reported once', () => {
    expect(unitCounts(entry({ state: 'missing', satisfied: false, credit: 0 }))).toEqual({ reported: 0, incomplete: 0, 'not-reported': 0, 'left-out': 1, 'not-applicable': 0 });
  });

  it('are all not applicable when the item does not apply', () => {
    expect(unitCounts(entry({ applicable: false, state: 'value', units: [unit('value'), unit('missing')] }))['not-applicable']).toBe(2);
  });
});
