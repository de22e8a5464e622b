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

/** Id problems of a document whose per-unit lists are `containers` (1.0's by default). */
export function checkReferences(document: unknown, containers: Readonly<Record<string, UnitContainer>> = UNIT_CONTAINERS): StructuralIssue[] {
  const issues: StructuralIssue[] = [];
  const declaredIds = (unit: keyof typeof DECLARATIONS): string[] => {
    const { section, container } = DECLARATIONS[unit];
    return listAt(document, section, container)
      .map((entry) => idOf(entry, 'id'))
      .filter((id): id is string => id !== undefined);
  };

  for (const { section, container } of Object.values(DECLARATIONS)) {
    const seen = new Set<string>();
    listAt(document, section, container).forEach((entry, index) => {
      const id = idOf(entry, 'id');
      if (id === undefined) return;
      if (seen.has(id)) {
        issues.push({ pointer: toPointer([section, container, index, 'id']), keyword: 'uniqueId', message: `The id "${id}" is used twice in ${section}.${container}; give each entry its own id.` });
      }
      seen.add(id);
    });
  }

  const references: Array<[string, string, string, keyof typeof DECLARATIONS]> = [
    ...Object.entries(containers)
      .filter(([, spec]) => spec.idField !== 'id')
      .map(([section, spec]): [string, string, string, keyof typeof DECLARATIONS] => [section, spec.container, spec.idField, spec.unit]),
    ['doseAdministration', 'arms', 'preparationId', 'preparation'],
  ];
  for (const [section, container, field, unit] of references) {
    const { section: declaringSection, container: declaringList, noun, none } = DECLARATIONS[unit];
    const known = declaredIds(unit);
    const overrideIds = new Set<string>();
    listAt(document, section, container).forEach((entry, index) => {
      const id = idOf(entry, field);
      if (id === undefined) return;
      const pointer = toPointer([section, container, index, field]);
      if (!known.includes(id)) {
        const guess = nearest(id, known);
        const declaredText = known.length > 0 ? `Declared: ${known.join(', ')}.` : none;
        issues.push({ pointer, keyword: 'reference', message: `"${id}" is not a${noun === 'arm' ? 'n' : ''} ${noun} declared in ${declaringSection}.${declaringList}.${guess ? ` Did you mean "${guess}"?` : ''} ${declaredText}` });
      } else if (section !== 'doseAdministration' && overrideIds.has(id)) {
        const Noun = noun === 'arm' ? 'Arm' : 'Preparation';
        issues.push({ pointer, keyword: 'uniqueId', message: `${Noun} "${id}" has two entries in ${section}.${container}; merge them.` });
      }
      overrideIds.add(id);
    });
  }
  return issues;
}
