/**
 * Checks that JSON Schema cannot express: ids are unique, and every preparationId names a declared
 * preparation. Reported like structural issues, with a suggestion for a likely typo.
 */
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

export function checkReferences(document: unknown): StructuralIssue[] {
  const issues: StructuralIssue[] = [];
  const declared = listAt(document, 'production', 'preparations').map((entry) => idOf(entry, 'id'));
  const known = declared.filter((id): id is string => id !== undefined);

  for (const [section, container] of [['production', 'preparations'], ['doseAdministration', 'arms']] as const) {
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

  const references: Array<[string, string, string]> = [
    ...Object.entries(UNIT_CONTAINERS)
      .filter(([section, spec]) => spec.idField === 'preparationId' && section !== 'production')
      .map(([section, spec]): [string, string, string] => [section, spec.container, 'preparationId']),
    ['doseAdministration', 'arms', 'preparationId'],
  ];
  for (const [section, container, field] of references) {
    const overrideIds = new Set<string>();
    listAt(document, section, container).forEach((entry, index) => {
      const id = idOf(entry, field);
      if (id === undefined) return;
      const pointer = toPointer([section, container, index, field]);
      if (!known.includes(id)) {
        const guess = nearest(id, known);
        const declaredText = known.length > 0 ? `Declared: ${known.join(', ')}.` : 'Declare the preparations in production.preparations first.';
        issues.push({ pointer, keyword: 'reference', message: `"${id}" is not a preparation declared in production.preparations.${guess ? ` Did you mean "${guess}"?` : ''} ${declaredText}` });
      } else if (section !== 'doseAdministration' && overrideIds.has(id)) {
        issues.push({ pointer, keyword: 'uniqueId', message: `Preparation "${id}" has two entries in ${section}.${container}; merge them.` });
      }
      overrideIds.add(id);
    });
  }
  return issues;
}
