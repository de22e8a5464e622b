/**
 * Properties of validate() over generated documents (fast-check): it never throws and always returns a
 * report that matches schemas/report-2.schema.json, scores stay in [0, 100], the monotonicity contract
 * holds (for 1.0 documents: adding a value never lowers a score; for 1.1, as restated in docs/scoring.md),
 * the order of keys and arms does not matter, and the input is never changed.
 * About 12 000 generated cases per run (the numRuns below).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reportSchema from '../../schemas/report-2.schema.json' with { type: 'json' };
import type { Report } from '../../src/report/types.js';
import { SECTION_KEYS } from '../../src/report/types.js';
import { builtinChecklist, itemPath } from '../../src/checklist/checklist.js';
import type { ChecklistItem } from '../../src/checklist/model.js';
import { validate } from '../../src/validator.js';
import {
  buildDocument,
  deepFreeze,
  documentPlan,
  ITEMS,
  itemValue,
  pointersOf,
  reorder,
  replaceAt,
  seeded,
  unitDocument,
  type DocumentPlan,
} from './documents.js';

export const NUM_RUNS = {
  anyJson: 2000,
  sections: 2000,
  mutated: 2000,
  monotone: 2000,
  monotone11: 800,
  keyOrder: 1000,
  armOrder: 1000,
  unchanged: 1000,
};

const ajv = new Ajv2020({ strict: true, allErrors: true });
const matchesReportSchema = ajv.compile(reportSchema);

/** The report matches its schema (which bounds every score to [0, 100] and admits finite numbers only). */
function checkReport(report: Report): void {
  if (!matchesReportSchema(report)) throw new Error(`the report does not match its schema: ${ajv.errorsText(matchesReportSchema.errors)}`);
  for (const key of SECTION_KEYS) {
    const { satisfied, applicable } = report.score.sections[key];
    if (satisfied > applicable) throw new Error(`${key}: satisfied weight ${satisfied} exceeds applicable weight ${applicable}`);
  }
}

const sectionKey = fc.constantFrom(...SECTION_KEYS, 'checklistVersion', '$schema', '__proto__', 'constructor', 'unknown');
const jsonWithSpecialNumbers = fc.jsonValue({ maxDepth: 6 });

describe('validate on any input', () => {
  it('never throws for any JSON value and returns a report that matches the report schema', () => {
    fc.assert(
      fc.property(jsonWithSpecialNumbers, (value) => checkReport(validate(value))),
      { numRuns: NUM_RUNS.anyJson },
    );
  });

  it('never throws for section-shaped documents with arbitrary contents, ledger included', () => {
    const sections = fc.dictionary(sectionKey, fc.oneof(jsonWithSpecialNumbers, fc.dictionary(fc.string({ maxLength: 20 }), jsonWithSpecialNumbers, { maxKeys: 6 })), { maxKeys: 8 });
    fc.assert(
      fc.property(sections, (document) => checkReport(validate(document, { ledger: true }))),
      { numRuns: NUM_RUNS.sections },
    );
  });

  it('never throws when any value of a real document is replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(unitDocument, fc.nat(), fc.jsonValue({ maxDepth: 4 }), (document, where, replacement) => {
        const pointers = pointersOf(document);
        const mutated = replaceAt(document, pointers[where % pointers.length]!, replacement);
        checkReport(validate(mutated, { ledger: true }));
      }),
      { numRuns: NUM_RUNS.mutated },
    );
  });
});

describe('scores of 1.0 documents (the 1.0 rule, unchanged)', () => {
  it('adding a valid value where an item is missing never lowers a section score or the overall score', () => {
    // Two items may read the same place (doseAdministration.dose and .doseBases): a place is missing only
    // when no item that reads it has a value.
    const placeOf = (index: number): string => `${ITEMS[index]!.section}/${itemPath(ITEMS[index]!).join('/')}`;
    const scenario = documentPlan.chain((plan) => {
      const present = new Set(plan.items.map(([index]) => placeOf(index)));
      const absent = ITEMS.map((_, index) => index).filter((index) => !present.has(placeOf(index)));
      return absent.length === 0 ? fc.constant(undefined) : fc.tuple(fc.constant(plan), fc.constantFrom(...absent), itemValue);
    });
    fc.assert(
      fc.property(scenario, (drawn) => {
        if (!drawn) return;
        const [plan, added, value] = drawn;
        const before = validate(buildDocument(plan));
        const after = validate(buildDocument({ items: [...plan.items, [added, value]] } satisfies DocumentPlan));
        expect(after.score.overall).toBeGreaterThanOrEqual(before.score.overall);
        for (const key of SECTION_KEYS) expect(after.score.sections[key].score, key).toBeGreaterThanOrEqual(before.score.sections[key].score);
      }),
      { numRuns: NUM_RUNS.monotone },
    );
  });
});

/**
 * Checklist 1.1 documents: any subset of items (one per place in the document), each as its example, a
 * partial example (one key left out), `{ notApplicable }` or `{ notReported }`, at section level.
 */
const ITEMS_11: readonly ChecklistItem[] = (() => {
  const seen = new Set<string>();
  return builtinChecklist('1.1').items.filter((item) => {
    const place = `${item.section}/${itemPath(item)[0]}`;
    if (seen.has(place) || item.example === undefined) return false;
    seen.add(place);
    return true;
  });
})();

/** Items that state a gating fact take one of several values, so that facts both bring items in and take them out. */
const GATE_VALUES: Readonly<Record<string, unknown[]>> = {
  'study.design': [['in-vivo'], ['in-vitro'], ['clinical'], ['in-vivo', 'in-vitro']],
  'cellSource.species': [{ value: 'human' }, { value: 'rat' }],
  'production.preparation': [
    { value: 'small-ev' },
    { value: 'conditioned-medium' },
    { value: 'lyophilised-secretome' },
    { value: 'commercial-product', productName: 'Secretome X', fractions: ['ev', 'soluble'] },
    { value: 'commercial-product', productName: 'Secretome X', fractions: ['ev'] },
  ],
  'production.priming': [{ applied: true }, { applied: false }],
  'storage.form': [{ value: 'fresh' }, { value: 'frozen' }, { value: 'lyophilised' }, { value: 'refrigerated' }],
  'doseAdministration.route': [{ value: 'intrathecal' }, { value: 'implanted-biomaterial' }],
};

/** `variant`: one of the item's GATE_VALUES; without it, the item's own example (which a partial value is cut from). */
type Value11 = { kind: 'example'; variant?: number } | { kind: 'partial'; drop: number } | { kind: 'notApplicable' } | { kind: 'notReported' };

const value11: fc.Arbitrary<Value11> = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((variant): Value11 => ({ kind: 'example', variant })) },
  { weight: 3, arbitrary: fc.nat().map((drop): Value11 => ({ kind: 'partial', drop })) },
  { weight: 1, arbitrary: fc.constant<Value11>({ kind: 'notApplicable' }) },
  { weight: 1, arbitrary: fc.constant<Value11>({ kind: 'notReported' }) },
);

function valueOf11(item: ChecklistItem, value: Value11): unknown {
  const variants = GATE_VALUES[item.id];
  const variant = variants && value.kind === 'example' && value.variant !== undefined ? variants[value.variant % variants.length] : undefined;
  const example = structuredClone(variant ?? item.example) as unknown;
  if (value.kind === 'notApplicable') return { notApplicable: 'not done in this study' };
  if (value.kind === 'notReported') return { notReported: true };
  if (value.kind === 'example' || example === null || typeof example !== 'object' || Array.isArray(example)) return example;
  const keys = Object.keys(example).filter((key) => key !== 'where' && key !== 'note');
  if (keys.length > 0) delete (example as Record<string, unknown>)[keys[value.drop % keys.length]!];
  return example;
}

function build11(items: ReadonlyArray<readonly [number, Value11]>): Record<string, unknown> {
  const document: Record<string, unknown> = { checklistVersion: '1.1' };
  for (const [index, value] of items) {
    const item = ITEMS_11[index]!;
    const path = itemPath(item);
    let holder = (document[item.section] ??= {}) as Record<string, unknown>;
    for (const segment of path.slice(0, -1)) holder = (holder[segment] ??= {}) as Record<string, unknown>;
    holder[path.at(-1)!] = valueOf11(item, value);
  }
  return document;
}

/** A 1.1 document, and one value added where an item had none, or a partial value completed. */
const addition11 = fc
  .subarray(
    ITEMS_11.map((_, index) => index),
    { minLength: 0 },
  )
  .chain((indices) => fc.tuple(fc.constant(indices), fc.array(value11, { minLength: indices.length, maxLength: indices.length }), fc.nat(), value11))
  .map(([indices, values, pick, added]) => {
    const before = indices.map((index, position) => [index, values[position]!] as const);
    const partial = before.filter(([, value]) => value.kind === 'partial');
    const absent = ITEMS_11.map((_, index) => index).filter((index) => !indices.includes(index));
    // Either complete a partial value (it becomes the whole example) or add a value (whole or partial) where there was none.
    const completing = partial.length > 0 && (absent.length === 0 || pick % 2 === 0);
    if (completing) {
      const [index] = partial[pick % partial.length]!;
      // Completed: the whole example the partial value was cut from.
      return { before, after: before.map(([i, v]) => [i, i === index ? ({ kind: 'example' } as Value11) : v] as const) };
    }
    if (absent.length === 0) return undefined;
    const index = absent[pick % absent.length]!;
    const value: Value11 = added.kind === 'partial' ? added : { kind: 'example', variant: pick };
    return { before, after: [...before, [index, value] as const] };
  });

/** Σ weight × credit and Σ weight over the given items (ledger ids), with the weights they had in `weights`. */
function restricted(report: Report, ids: Set<string>, weights: Map<string, number>): { points: number; total: number } {
  let points = 0;
  let total = 0;
  for (const entry of report.ledger ?? []) {
    if (!ids.has(entry.itemId) || !entry.applicable) continue;
    points += weights.get(entry.itemId)! * entry.credit;
    total += weights.get(entry.itemId)!;
  }
  return { points, total };
}

describe('scores of 1.1 documents: the monotonicity contract of docs/scoring.md', () => {
  // "Adding or completing a value never lowers the score over the items that were already in scope. A
  // value that settles a gating fact can bring items into scope; those are listed in the gate's finding
  // (`unlocks`) beforehand and in the ledger afterwards, and only they can lower the score."
  const pairs = addition11.map((drawn) => (drawn ? { before: build11(drawn.before), after: build11(drawn.after) } : undefined));

  /** The two reports; undefined when either document is invalid (the contract is about valid values). */
  function reports(pair: { before: Record<string, unknown>; after: Record<string, unknown> } | undefined): { before: Report; after: Report } | undefined {
    if (!pair) return undefined;
    const before = validate(pair.before, { ledger: true });
    const after = validate(pair.after, { ledger: true });
    return before.valid && after.valid ? { before, after } : undefined;
  }

  it('adding or completing a value never lowers the score over the items already in scope (at their weights before)', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairs, (documents) => {
        const pair = reports(documents);
        if (!pair) return;
        checked++;
        const { before, after } = pair;
        const inScope = new Set(before.ledger!.filter((entry) => entry.applicable).map((entry) => entry.itemId));
        const weights = new Map(before.ledger!.map((entry) => [entry.itemId, entry.weight]));
        const was = restricted(before, inScope, weights);
        const is = restricted(after, inScope, weights);
        // Items that leave the scope had no value (a value keeps counting), so they held no credit.
        expect(is.points * was.total).toBeGreaterThanOrEqual(was.points * is.total - 1e-9);
        for (const entry of after.ledger!) {
          const earlier = before.ledger!.find((candidate) => candidate.itemId === entry.itemId)!;
          if (earlier.applicable && entry.applicable) expect(entry.credit, entry.itemId).toBeGreaterThanOrEqual(earlier.credit);
        }
      }),
      { numRuns: NUM_RUNS.monotone11 },
    );
    // Most drawn pairs must be valid documents, or the property would hold vacuously.
    expect(checked).toBeGreaterThan(NUM_RUNS.monotone11 * 0.8);
  });

  it('an item a value brings into scope was listed beforehand in a gate finding (unlocks), and is in the ledger afterwards', () => {
    fc.assert(
      fc.property(pairs, (documents) => {
        const pair = reports(documents);
        if (!pair) return;
        const { before, after } = pair;
        const listed = new Set(before.findings.flatMap((finding) => finding.unlocks ?? []));
        const had = new Set(before.ledger!.filter((entry) => entry.applicable).map((entry) => entry.itemId));
        const changedPlaces = new Set(
          after.ledger!.filter((entry) => JSON.stringify(entry.state) !== JSON.stringify(before.ledger!.find((b) => b.itemId === entry.itemId)!.state)).map((entry) => entry.itemId),
        );
        for (const entry of after.ledger!) {
          if (!entry.applicable || had.has(entry.itemId)) continue;
          // Newly in scope: the item whose value was added (or one that reads the same place), or one the gate listed.
          const ownValue = entry.state === 'value' || entry.state === 'incomplete' || entry.state === 'not-reported';
          expect(listed.has(entry.itemId) || (ownValue && changedPlaces.has(entry.itemId)), `${entry.itemId} came into scope unannounced`).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS.monotone11 },
    );
  });

  it('when a value brings nothing into scope and changes no weight, no score goes down', () => {
    fc.assert(
      fc.property(pairs, (documents) => {
        const pair = reports(documents);
        if (!pair) return;
        const { before, after } = pair;
        const had = new Map(before.ledger!.map((entry) => [entry.itemId, entry]));
        const quiet = after.ledger!.every((entry) => {
          const earlier = had.get(entry.itemId)!;
          return (!entry.applicable || earlier.applicable) && (!earlier.applicable || !entry.applicable || earlier.weight === entry.weight);
        });
        if (!quiet) return;
        expect(after.score.overall).toBeGreaterThanOrEqual(before.score.overall);
        for (const key of SECTION_KEYS) expect(after.score.sections[key].score, key).toBeGreaterThanOrEqual(before.score.sections[key].score);
      }),
      { numRuns: NUM_RUNS.monotone11 },
    );
  });
});

describe('order does not matter', () => {
  it('reordering the keys of every object gives the same report', () => {
    fc.assert(
      fc.property(unitDocument, fc.integer(), (document, seed) => {
        const shuffled = reorder(document, seeded(seed), false);
        expect(JSON.stringify(validate(shuffled, { ledger: true }))).toBe(JSON.stringify(validate(document, { ledger: true })));
      }),
      { numRuns: NUM_RUNS.keyOrder },
    );
  });

  it('reordering the arms changes nothing but arm positions', () => {
    /** The report with arm positions replaced by arm ids and messages left out (they name arms by position). */
    const positionFree = (report: Report, document: Record<string, unknown>): unknown => {
      const arms = ((document.doseAdministration as Record<string, unknown>).arms as Array<{ id: string }>).map((arm) => arm.id);
      const pointer = (text: string): string => text.replace(/^\/doseAdministration\/arms\/(\d+)/, (_, index: string) => `/doseAdministration/arms/${arms[Number(index)]}`);
      return {
        ...report,
        findings: report.findings.map((finding) => JSON.stringify({ ...finding, message: undefined, pointer: pointer(finding.pointer) })).sort(),
        normalisedUnits: report.normalisedUnits?.map((unit) => JSON.stringify({ ...unit, pointer: pointer(unit.pointer) })).sort(),
      };
    };
    fc.assert(
      fc.property(unitDocument, fc.integer(), (document, seed) => {
        const shuffled = reorder(document, seeded(seed), true) as Record<string, unknown>;
        expect(positionFree(validate(shuffled), shuffled)).toEqual(positionFree(validate(document), document));
      }),
      { numRuns: NUM_RUNS.armOrder },
    );
  });
});

describe('the input is never changed', () => {
  it('the document is deep-equal before and after, and a deep-frozen document gives the same report', () => {
    const input = fc.oneof(unitDocument, fc.dictionary(sectionKey, jsonWithSpecialNumbers, { maxKeys: 6 }));
    fc.assert(
      fc.property(input, (document) => {
        const before = structuredClone(document);
        const report = validate(document, { ledger: true });
        expect(document).toEqual(before);
        expect(validate(deepFreeze(structuredClone(document)), { ledger: true })).toEqual(report);
      }),
      { numRuns: NUM_RUNS.unchanged },
    );
  });
});
