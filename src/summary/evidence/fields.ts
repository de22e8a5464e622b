/**
 * Reading a field the way the document model defines it: a value given on an arm (doseAdministration.arms[],
 * outcomes.arms[] by armId) or a preparation overrides the section-level one. Detail states are kept
 * visible: `notReported` is what a table prints as N/A.
 */
import { isPlainObject } from '../../schema/pointer.js';

export type Doc = Record<string, unknown>;

/** Where a cell is composed: the study, and the arm or preparation when the column speaks per arm or preparation. */
export interface Scope {
  document: Doc;
  arm?: Doc;
  /** The entry of outcomes.arms for this arm. */
  outcomeArm?: Doc;
  /** The preparation (its id in production.preparations); an arm's own preparationId when not given. */
  preparationId?: string;
  /** For a study-level cell of a table that takes only some arms: the preparations of those arms. */
  preparationIds?: readonly string[];
}

/** Sections whose values may be given per preparation, and the key their entries name the preparation by. */
const PREPARATION_KEYS: Readonly<Record<string, string>> = { production: 'id', storage: 'preparationId', qualityControl: 'preparationId', characterization: 'preparationId' };

/** The preparation a scope speaks of. */
export function preparationOf(scope: Scope): string | undefined {
  if (scope.preparationId !== undefined) return scope.preparationId;
  const id = scope.arm?.['preparationId'];
  return typeof id === 'string' ? id : undefined;
}

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isPlainObject(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * A field as the document model resolves it: `doseAdministration.route` from the arm when the arm gives
 * it, `storage.temperature` from the scope's preparation entry (storage.preparations[] by preparationId)
 * when that gives it, else from the section.
 */
export function field(scope: Scope, path: string): unknown {
  const [sectionKey = '', ...rest] = path.split('.');
  const override = sectionKey === 'doseAdministration' ? scope.arm : sectionKey === 'outcomes' ? scope.outcomeArm : undefined;
  if (override !== undefined && rest.length > 0) {
    const own = at(override, rest);
    if (own !== undefined) return own;
  }
  const key = PREPARATION_KEYS[sectionKey];
  const preparation = preparationOf(scope);
  if (key !== undefined && preparation !== undefined && rest.length > 0) {
    const entries = at(scope.document, [sectionKey, 'preparations']);
    const entry = Array.isArray(entries) ? entries.find((candidate) => isPlainObject(candidate) && candidate[key] === preparation) : undefined;
    const own = entry === undefined ? undefined : at(entry, rest);
    if (own !== undefined) return own;
  }
  return at(scope.document, path.split('.'));
}

export function isNotReported(value: unknown): boolean {
  return isPlainObject(value) && value['notReported'] === true;
}

export function isNotApplicable(value: unknown): boolean {
  return isPlainObject(value) && typeof value['notApplicable'] === 'string';
}

/** The arms of a study (doseAdministration.arms), each with its outcomes.arms entry; none when it has no arms. */
export function armsOf(document: Doc): Array<{ arm: Doc; outcomeArm?: Doc }> {
  const dose = isPlainObject(document['doseAdministration']) ? document['doseAdministration'] : {};
  const outcomes = isPlainObject(document['outcomes']) ? document['outcomes'] : {};
  const arms = Array.isArray(dose['arms']) ? dose['arms'].filter(isPlainObject) : [];
  const outcomeArms = Array.isArray(outcomes['arms']) ? outcomes['arms'].filter(isPlainObject) : [];
  return arms.map((arm) => {
    const outcomeArm = outcomeArms.find((entry) => entry['armId'] === arm['id']);
    return outcomeArm ? { arm, outcomeArm } : { arm };
  });
}

export { isPlainObject };
