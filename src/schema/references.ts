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

/** Id problems of a document whose per-unit lists are `containers` (1.0's by default). */
export function checkReferences(document: unknown, containers: Readonly<Record<string, UnitContainer>> = UNIT_CONTAINERS): StructuralIssue[] {
  const issues: StructuralIssue[] = [];
  const declared: Partial<Record<Unit, { ids: string[]; set: Set<string> }>> = {};

  // One pass per declaring list: its ids in order (listed in messages) and the ones written twice.
  for (const unit of Object.keys(DECLARATIONS) as Unit[]) {
    const { section, container } = DECLARATIONS[unit];
    const list = listAt(document, section, container);
    const ids: string[] = [];
    const seen = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      const id = idOf(list[index], 'id');
      if (id === undefined) continue;
      if (seen.has(id)) {
        issues.push({ pointer: toPointer([section, container, index, 'id']), keyword: 'uniqueId', message: `The id "${id}" is used twice in ${section}.${container}; give each entry its own id.` });
      }
      seen.add(id);
      ids.push(id);
    }
    declared[unit] = { ids, set: seen };
  }

  for (const [section, container, field, unit] of referencesOf(containers)) {
    const list = listAt(document, section, container);
    if (list.length === 0) continue;
    const { section: declaringSection, container: declaringList, noun, none } = DECLARATIONS[unit];
    const { ids: known, set: knownSet } = declared[unit]!;
    const overrideIds = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      const id = idOf(list[index], field);
      if (id === undefined) continue;
      if (!knownSet.has(id)) {
        const guess = nearest(id, known);
        const declaredText = known.length > 0 ? `Declared: ${known.join(', ')}.` : none;
        issues.push({ pointer: toPointer([section, container, index, field]), keyword: 'reference', message: `"${id}" is not a${noun === 'arm' ? 'n' : ''} ${noun} declared in ${declaringSection}.${declaringList}.${guess ? ` Did you mean "${guess}"?` : ''} ${declaredText}` });
      } else if (section !== 'doseAdministration' && overrideIds.has(id)) {
        const Noun = noun === 'arm' ? 'Arm' : 'Preparation';
        issues.push({ pointer: toPointer([section, container, index, field]), keyword: 'uniqueId', message: `${Noun} "${id}" has two entries in ${section}.${container}; merge them.` });
      }
      overrideIds.add(id);
    }
  }
  return issues;
}
