/**
 * The built-in checklist 1.0 (data files, checked with zod on first use), its profiles, and the merging
 * of user checklists. Everything here returns values; nothing throws for bad data.
 */
import type { Level, SectionKey } from '../report/types.js';
import { SECTION_KEYS } from '../report/types.js';
import { ITEM_DEFS, allowedKeys } from '../schema/schema.js';
import { nearest } from '../schema/suggest.js';
import { overlayTooDeep } from '../io/bounded-value.js';
import type { ChecklistError } from './errors.js';
import { fromZodError } from './errors.js';
import {
  checklistOverlaySchema,
  type ChecklistItem,
  type ChecklistSectionFile,
  type ChecklistOverlay,
} from './model.js';
import study from './data/1.0/study.json' with { type: 'json' };
import cellSource from './data/1.0/cellSource.json' with { type: 'json' };
import isolationExpansion from './data/1.0/isolationExpansion.json' with { type: 'json' };
import production from './data/1.0/production.json' with { type: 'json' };
import storage from './data/1.0/storage.json' with { type: 'json' };
import qualityControl from './data/1.0/qualityControl.json' with { type: 'json' };
import characterization from './data/1.0/characterization.json' with { type: 'json' };
import doseAdministration from './data/1.0/doseAdministration.json' with { type: 'json' };
import outcomes from './data/1.0/outcomes.json' with { type: 'json' };
import defaultProfile from './profiles/default.json' with { type: 'json' };
import journalStrict from './profiles/journal-strict.json' with { type: 'json' };

export const CHECKLIST_ID = 'secretome-minimal';
export const CHECKLIST_VERSION = '1.0';

export interface Checklist {
  id: string;
  version: string;
  profile: string;
  sectionTitles: Record<SectionKey, string>;
  /** In report order: by section, then as listed in the data. */
  items: ChecklistItem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ChecklistError[] };

const SECTION_FILES: unknown[] = [study, cellSource, isolationExpansion, production, storage, qualityControl, characterization, doseAdministration, outcomes];

export const PROFILES: Readonly<Record<string, unknown>> = { default: defaultProfile, 'journal-strict': journalStrict };
export type ProfileName = 'default' | 'journal-strict';
const BUILTIN_PROFILES = new Set<unknown>(Object.values(PROFILES));

let builtin: Checklist | undefined;

/**
 * The checklist as published. The data files are checked against the zod model by the tests
 * (test/checklist/builtin-data.test.ts: parsing them changes nothing), so they are used as they are here:
 * every command-line run starts with this, and parsing ~80 items with zod was a noticeable part of it.
 */
export function builtinChecklist(): Checklist {
  if (builtin) return builtin;
  const sectionTitles = {} as Record<SectionKey, string>;
  const items: ChecklistItem[] = [];
  for (const file of SECTION_FILES) {
    const parsed = file as ChecklistSectionFile;
    sectionTitles[parsed.section] = parsed.title;
    items.push(...parsed.items);
  }
  builtin = { id: CHECKLIST_ID, version: CHECKLIST_VERSION, profile: 'default', sectionTitles, items: sortItems(items) };
  return builtin;
}

function sortItems(items: ChecklistItem[]): ChecklistItem[] {
  const order = new Map(SECTION_KEYS.map((key, index) => [key, index]));
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => order.get(a.item.section)! - order.get(b.item.section)! || a.index - b.index)
    .map(({ item }) => item);
}

/** The slash path of an item's value inside its section or unit entry. */
export function itemPath(item: ChecklistItem): string[] {
  return (item.path ?? item.id.slice(item.id.indexOf('.') + 1)).split('/');
}

/** Whether the document schema has a place for the item's value (otherwise it could never be satisfied). */
function knownPath(item: ChecklistItem): boolean {
  const [first, ...rest] = itemPath(item);
  if (item.section === 'study') return allowedKeys(['study']).includes(first!) && rest.length === 0;
  // Own keys only: "constructor" or "toString" are on every object's prototype, not in the schema.
  if (!Object.prototype.hasOwnProperty.call(ITEM_DEFS[item.section] ?? {}, first!)) return false;
  let parts = [item.section, first!];
  for (const segment of rest) {
    if (!allowedKeys(parts).includes(segment)) return false;
    parts = [...parts, segment];
  }
  return true;
}

/** Applies a profile or user checklist to a checklist. */
export function applyOverlay(base: Checklist, input: unknown, origin: { file?: string; profile?: string } = {}): Result<Checklist> {
  // The built-in profiles are checked by the tests like the built-in items; user checklists here.
  // zod recurses once per level of a condition: deeper data than a checklist can need is refused first.
  const tooDeep = BUILTIN_PROFILES.has(input) ? undefined : overlayTooDeep(input, origin.file);
  if (tooDeep) return { ok: false, errors: [tooDeep] };
  const parsed = BUILTIN_PROFILES.has(input) ? { success: true as const, data: input as ChecklistOverlay } : checklistOverlaySchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZodError(parsed.error, origin.file) };
  const overlay: ChecklistOverlay = parsed.data;
  const errors: ChecklistError[] = [];
  const where = origin.file !== undefined ? { file: origin.file } : {};
  const ids = base.items.map((item) => item.id);
  let items = base.items.map((item) => ({ ...item }));

  for (const [id, change] of Object.entries(overlay.items ?? {})) {
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) {
      const guess = nearest(id, ids);
      errors.push({ code: 'unknown-item', ...where, entry: `items › ${id}`, message: `there is no item "${id}".${guess ? ` Did you mean "${guess}"?` : ''}` });
      continue;
    }
    const { enabled, ...rest } = change;
    if (enabled === false) items[index] = { ...items[index]!, id: '' };
    else items[index] = { ...items[index]!, ...rest, levelWhen: rest.level ? undefined : items[index]!.levelWhen };
  }
  items = items.filter((item) => item.id !== '');

  for (const [position, added] of (overlay.add ?? []).entries()) {
    if (ids.includes(added.id) || items.some((item) => item.id === added.id)) {
      errors.push({ code: 'duplicate-item', ...where, entry: `add › ${position}`, message: `an item "${added.id}" exists already; change it under "items" instead.` });
    } else if (added.id.split('.')[0] !== added.section) {
      errors.push({ code: 'checklist-invalid', ...where, entry: `add › ${position}`, message: `the id "${added.id}" must start with its section "${added.section}".` });
    } else if (!knownPath(added)) {
      errors.push({ code: 'unknown-field', ...where, entry: `add › ${position}`, message: `the document has no field "${itemPath(added).join('/')}" in ${added.section}; an added item must check a field the schema defines.` });
    } else {
      items.push(added);
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const levels: Partial<Record<Level, Level>> = overlay.levels ?? {};
  if (overlay.levels) {
    items = items.map((item) => ({
      ...item,
      level: levels[item.level] ?? item.level,
      ...(item.levelWhen ? { levelWhen: item.levelWhen.map((rule) => ({ ...rule, level: levels[rule.level] ?? rule.level })) } : {}),
    }));
  }
  return {
    ok: true,
    value: {
      ...base,
      id: origin.profile !== undefined || !overlay.id ? base.id : `${base.id}+${overlay.id}`,
      profile: origin.profile ?? base.profile,
      items: sortItems(items),
    },
  };
}

/** The built-in checklist under a named profile, optionally extended by a user checklist. */
export function resolveChecklist(profile: string, custom?: { data: unknown; file?: string }): Result<Checklist> {
  const profileData = Object.prototype.hasOwnProperty.call(PROFILES, profile) ? PROFILES[profile] : undefined;
  if (profileData === undefined) {
    return { ok: false, errors: [{ code: 'unknown-profile', message: `there is no profile "${profile}". Profiles: ${Object.keys(PROFILES).join(', ')}.` }] };
  }
  const withProfile = applyOverlay(builtinChecklist(), profileData, { profile });
  if (!withProfile.ok || custom === undefined) return withProfile;
  return applyOverlay(withProfile.value, custom.data, custom.file !== undefined ? { file: custom.file } : {});
}
