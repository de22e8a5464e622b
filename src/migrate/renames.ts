/**
 * Fields renamed between checklist versions, as data: `migrate` applies them forwards (from → to) and
 * backwards (to → from). Checklist 1.1 renames nothing (it is a superset of 1.0 in field names), so the
 * table is empty; a rename added here is carried out on plain data and on YAML/JSON text alike.
 */

/** One key renamed in place: the field at `from` (a JSON pointer, `*` for every list entry) is called `to` from `since` on. */
export interface Rename {
  from: string;
  /** The new key, in the same parent object. */
  to: string;
  /** The version that introduced the new name. */
  since: string;
  /** Why, for the changes list. */
  note: string;
}

export const RENAMES: readonly Rename[] = [];
