/**
 * The scorer decides a detail that is one key of the value (its condition, if any, one key too) by reading
 * that key, without walking a path: over half the details of checklist 1.1. Those readings must give the
 * tally the general walk gives (assessDetails) for every detail of the built-in checklists, whatever state
 * the key and the condition's key are written in.
 */
import { describe, expect, it } from 'vitest';
import { builtinChecklist, CHECKLIST_VERSIONS } from '../../src/checklist/checklist.js';
import type { DetailWhen, ExpectedDetail } from '../../src/checklist/model.js';
import { assessDetails, detailPlans, tallyDetails } from '../../src/scoring/details.js';

/** Every list of expected details in a checklist, wherever an item holds one. */
function expectLists(node: unknown, found: ExpectedDetail[][] = []): ExpectedDetail[][] {
  if (Array.isArray(node)) for (const entry of node) expectLists(entry, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'expects' && Array.isArray(value)) found.push(value as ExpectedDetail[]);
      else expectLists(value, found);
    }
  }
  return found;
}

const isOneKey = (path: string | undefined): path is string => path !== undefined && !path.includes('/') && path !== '*';

/** The ways a detail's own key is written: absent, given, declared not reported or not applicable, empty. */
const KEY_STATES: unknown[] = [undefined, 'stated', 12, { notReported: true }, { notApplicable: 'not used here' }, {}, []];

/** Values of a condition's key on both sides of it, and absent. */
function conditionValues(when: DetailWhen | undefined): unknown[] {
  if (!when) return [undefined];
  const around = [undefined, 'other', 0, true, { notReported: true }];
  if (when.equals !== undefined) return [...around, when.equals];
  if (when.in !== undefined) return [...around, ...when.in];
  if (when.min !== undefined) return [...around, when.min - 1, when.min, when.min + 1];
  return around;
}

/** The fast tally as assessDetails words it. */
function tallied(expects: readonly ExpectedDetail[], value: unknown): { given: number; counted: number; missing: string[]; notReported: string[] } {
  const tally = tallyDetails(detailPlans(expects), value);
  return { given: tally.given, counted: tally.counted, missing: tally.missing ?? [], notReported: tally.notReported ?? [] };
}

function walked(expects: readonly ExpectedDetail[], value: unknown): ReturnType<typeof tallied> {
  const outcome = assessDetails(expects, value);
  return { given: outcome.given, counted: outcome.counted, missing: outcome.missing.map((d) => d.label), notReported: outcome.notReported.map((d) => d.label) };
}

// The versions whose items expect details (1.0's items have none).
const WITH_DETAILS = CHECKLIST_VERSIONS.filter((version) => expectLists(builtinChecklist(version).items).length > 0);

describe.each(WITH_DETAILS)('checklist %s: details that are one key', (version) => {
  const lists = expectLists(builtinChecklist(version).items);
  const oneKey = lists.flatMap((expects) => expects.filter((detail) => isOneKey(detail.path) && (!detail.when || isOneKey(detail.when.path))).map((detail) => ({ expects, detail })));

  it('are tallied as the general walk tallies them, in every state of the key and of its condition', () => {
    expect(oneKey.length).toBeGreaterThan(100);
    let compared = 0;
    for (const { expects, detail } of oneKey) {
      for (const state of KEY_STATES) {
        for (const condition of conditionValues(detail.when)) {
          const value: Record<string, unknown> = {};
          if (detail.when && condition !== undefined) value[detail.when.path] = condition;
          if (state !== undefined) value[detail.path!] = state;
          expect(tallied(expects, value), `${detail.id} = ${JSON.stringify(state)}, ${detail.when?.path} = ${JSON.stringify(condition)}`).toEqual(walked(expects, value));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(oneKey.length * KEY_STATES.length);
  });
});

it('checklist 1.1 is among the versions with details', () => {
  expect(WITH_DETAILS).toContain('1.1');
});
