/**
 * Checks that JSON Schema cannot express: ids are unique, and every preparationId names a declared
 * preparation and every armId a declared arm. Reported like structural issues, with a suggestion for a
 * likely typo. Which lists refer to which is data: the version's unit containers.
 */
import type { UnitContainer } from './facts.js';
import { getOwn, toPointer } from './pointer.js';
import { UNIT_CONTAINERS } from './schema.js';
import { nearest } from './suggest.js';
import type { StructuralIssue } from './validate-structure.js';

function listAt(document: unknown, section: string, container: string): unknown[] {
  const list = getOwn(getOwn(document, section), container);
  return Array.isArray(list) ? list : [];
}

function idOf(entry: unknown, field: string): string | undefined {
  const id = getOwn(entry, field);
  return typeof id === 'string' ? id : undefined;
}

/** The lists that declare units, and how a reference to one reads. */
const DECLARATIONS = {
  preparation: { section: 'production', container: 'preparations', noun: 'preparation', none: 'Declare the preparations in production.preparations first.' },
  arm: { section: 'doseAdministration', container: 'arms', noun: 'arm', none: 'Declare the arms in doseAdministration.arms first.' },
} as const;

type Unit = keyof typeof DECLARATIONS;
type Reference = readonly [section: string, container: string, field: string, unit: Unit];

/** The lists that name units by id, per set of unit containers: worked out once, not per document. */
const REFERENCES = new WeakMap<Readonly<Record<string, UnitContainer>>, readonly Reference[]>();
function referencesOf(containers: Readonly<Record<string, UnitContainer>>): readonly Reference[] {
  let references = REFERENCES.get(containers);
  if (!references) {
    references = [
      ...Object.entries(containers)
        .filter(([, spec]) => spec.idField !== 'id')
        .map(([section, spec]): Reference => [section, spec.container, spec.idField, spec.unit]),
      ['doseAdministration', 'arms', 'preparationId', 'preparation'],
    ];
    REFERENCES.set(containers, references);
  }
  return references;
}

const UNITS = Object.keys(DECLARATIONS) as Unit[];

/** The ids a declaring list gives, in order, twice if written twice: named in a message about a reference that fails. */
function idsDeclared(document: unknown, unit: Unit): string[] {
  const { section, container } = DECLARATIONS[unit];
  return listAt(document, section, container).flatMap((entry) => idOf(entry, 'id') ?? []);
}

/**
 * Id problems of a document whose per-unit lists are `containers` (1.0's by default). Plain indexed loops and
 * no list of ids unless a reference fails: this runs on every document, mostly before V8 optimises it. No
 * for-of or tuple destructuring either: V8 compiled their iterator code, inside try blocks, into this function.
 */
export function checkReferences(document: unknown, containers: Readonly<Record<string, UnitContainer>> = UNIT_CONTAINERS): StructuralIssue[] {
  const issues: StructuralIssue[] = [];
  const declared: Partial<Record<Unit, Set<string>>> = {};

  // One pass per declaring list: the ids it declares, and the ones written twice.
  for (let u = 0; u < UNITS.length; u++) {
    const unit = UNITS[u]!;
    const { section, container } = DECLARATIONS[unit];
    const list = listAt(document, section, container);
    const seen = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      const id = idOf(list[index], 'id');
      if (id === undefined) continue;
      if (seen.has(id)) {
        issues.push({ pointer: toPointer([section, container, index, 'id']), keyword: 'uniqueId', message: `The id "${id}" is used twice in ${section}.${container}; give each entry its own id.` });
      }
      seen.add(id);
    }
    declared[unit] = seen;
  }

  const references = referencesOf(containers);
  for (let r = 0; r < references.length; r++) {
    const reference = references[r]!;
    const section = reference[0];
    const container = reference[1];
    const field = reference[2];
    const unit = reference[3];
    const list = listAt(document, section, container);
    if (list.length === 0) continue;
    const knownSet = declared[unit]!;
    // An arm may name a preparation many times; an entry per unit elsewhere names its unit once.
    const named = section === 'doseAdministration' ? undefined : new Set<string>();
    for (let index = 0; index < list.length; index++) {
      const id = idOf(list[index], field);
      if (id === undefined) continue;
      if (!knownSet.has(id)) issues.push(unknownReference(document, [section, container, index, field], id, unit));
      else if (named?.has(id)) {
        const Noun = unit === 'arm' ? 'Arm' : 'Preparation';
        issues.push({ pointer: toPointer([section, container, index, field]), keyword: 'uniqueId', message: `${Noun} "${id}" has two entries in ${section}.${container}; merge them.` });
      }
      named?.add(id);
    }
  }
  return issues;
}

/** A reference to a unit no list declares, with the ids declared and the likeliest one meant. */
function unknownReference(document: unknown, path: Array<string | number>, id: string, unit: Unit): StructuralIssue {
  const { section, container, noun, none } = DECLARATIONS[unit];
  const known = idsDeclared(document, unit);
  const guess = nearest(id, known);
  const declaredText = known.length > 0 ? `Declared: ${known.join(', ')}.` : none;
  return { pointer: toPointer(path), keyword: 'reference', message: `"${id}" is not a${noun === 'arm' ? 'n' : ''} ${noun} declared in ${section}.${container}.${guess ? ` Did you mean "${guess}"?` : ''} ${declaredText}` };
}
