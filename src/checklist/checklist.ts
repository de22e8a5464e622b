/**
 * The built-in checklists, one per version (data files, checked with zod by the tests), their profiles,
 * and the merging of user checklists. Everything here returns values; nothing throws for bad data.
 */
import type { Level, SectionKey } from '../report/types.js';
import { SECTION_KEYS } from '../report/types.js';
import { documentVersion, schemaVersion } from '../schema/versions.js';
import { nearest } from '../schema/suggest.js';
import { overlayTooDeep } from '../io/bounded-value.js';
import type { ChecklistError } from './errors.js';
import { fromZodError } from './errors.js';
import {
  checklistOverlaySchema,
  type ChecklistItem,
  type ChecklistSectionFile,
  type ChecklistOverlay,
  type ChecklistSettings,
} from './model.js';
import settings10 from './data/1.0/checklist.json' with { type: 'json' };
import study from './data/1.0/study.json' with { type: 'json' };
import cellSource from './data/1.0/cellSource.json' with { type: 'json' };
import isolationExpansion from './data/1.0/isolationExpansion.json' with { type: 'json' };
import production from './data/1.0/production.json' with { type: 'json' };
import storage from './data/1.0/storage.json' with { type: 'json' };
import qualityControl from './data/1.0/qualityControl.json' with { type: 'json' };
import characterization from './data/1.0/characterization.json' with { type: 'json' };
import doseAdministration from './data/1.0/doseAdministration.json' with { type: 'json' };
import outcomes from './data/1.0/outcomes.json' with { type: 'json' };
import settings11 from './data/1.1/checklist.json' with { type: 'json' };
import study11 from './data/1.1/study.json' with { type: 'json' };
import cellSource11 from './data/1.1/cellSource.json' with { type: 'json' };
import isolationExpansion11 from './data/1.1/isolationExpansion.json' with { type: 'json' };
import production11 from './data/1.1/production.json' with { type: 'json' };
import storage11 from './data/1.1/storage.json' with { type: 'json' };
import qualityControl11 from './data/1.1/qualityControl.json' with { type: 'json' };
import characterization11 from './data/1.1/characterization.json' with { type: 'json' };
import doseAdministration11 from './data/1.1/doseAdministration.json' with { type: 'json' };
import outcomes11 from './data/1.1/outcomes.json' with { type: 'json' };
import defaultProfile from './profiles/default.json' with { type: 'json' };
import journalStrict from './profiles/journal-strict.json' with { type: 'json' };

export const CHECKLIST_ID = 'secretome-minimal';

/** The data of every built-in version: its section files (in report order) and its settings. */
const VERSION_DATA = {
  '1.0': { sections: [study, cellSource, isolationExpansion, production, storage, qualityControl, characterization, doseAdministration, outcomes], settings: settings10 },
  '1.1': {
    sections: [study11, cellSource11, isolationExpansion11, production11, storage11, qualityControl11, characterization11, doseAdministration11, outcomes11],
    settings: settings11,
  },
} as const satisfies Record<string, { sections: readonly unknown[]; settings: unknown }>;

export type ChecklistVersion = keyof typeof VERSION_DATA;
/** Every built-in version, oldest first. */
export const CHECKLIST_VERSIONS = Object.keys(VERSION_DATA) as ChecklistVersion[];
/** The latest version: what a document without a known `checklistVersion` is checked against. */
export const CHECKLIST_VERSION: ChecklistVersion = CHECKLIST_VERSIONS.at(-1)!;

export function isChecklistVersion(value: unknown): value is ChecklistVersion {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(VERSION_DATA, value);
}

export interface Checklist {
  id: string;
  version: string;
  profile: string;
  sectionTitles: Record<SectionKey, string>;
  /** In report order: by section, then as listed in the data. */
  items: ChecklistItem[];
  /** How unknown gates are handled and which items state each fact. */
  settings: ChecklistSettings;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ChecklistError[] };

export const PROFILES: Readonly<Record<string, unknown>> = { default: defaultProfile, 'journal-strict': journalStrict };
export type ProfileName = 'default' | 'journal-strict';
const BUILTIN_PROFILES = new Set<unknown>(Object.values(PROFILES));

const builtins = new Map<ChecklistVersion, Checklist>();

/**
 * A checklist from section files and settings, as they are (no zod: callers check data first). Used for
 * the built-in versions and by tests that need a small checklist of their own.
 */
export function checklistFromData(sections: readonly unknown[], settings: ChecklistSettings, id = CHECKLIST_ID): Checklist {
  const sectionTitles = {} as Record<SectionKey, string>;
  const items: ChecklistItem[] = [];
  for (const file of sections) {
    const parsed = file as ChecklistSectionFile;
    sectionTitles[parsed.section] = parsed.title;
    items.push(...parsed.items);
  }
  return { id, version: settings.version, profile: 'default', sectionTitles, items: sortItems(items), settings };
}

/**
 * The checklist of a version as published (the latest by default). The data files are checked against
 * the zod model by the tests (test/checklist/builtin-data.test.ts: parsing them changes nothing), so they
 * are used as they are here: every command-line run starts with this, and parsing ~80 items with zod was
 * a noticeable part of it.
 */
export function builtinChecklist(version: ChecklistVersion = CHECKLIST_VERSION): Checklist {
  let built = builtins.get(version);
  if (!built) {
    const data = VERSION_DATA[version];
    built = checklistFromData(data.sections, data.settings as ChecklistSettings);
    builtins.set(version, built);
  }
  return built;
}

/** An item's weight: its explicit weight, else by the level it has for this document (essential 2, recommended 1). */
export function effectiveWeight(item: ChecklistItem, level: Level = item.level): number {
  return item.weight ?? (level === 'essential' ? 2 : 1);
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

/** Whether the schema of a version has a place for the item's value (otherwise it could never be satisfied). */
function knownPath(item: ChecklistItem, version: string): boolean {
  // The schema of the checklist's own version (a version both registries know; the latest otherwise).
  const { itemDefs: ITEM_DEFS, allowedKeys } = schemaVersion(documentVersion({ checklistVersion: version }));
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

/**
 * Applies a profile or user checklist to a checklist. `lenient` (for versions older than the one the
 * user checklist was checked against) skips entries that name an item or a field the version lacks.
 */
export function applyOverlay(base: Checklist, input: unknown, origin: { file?: string; profile?: string; lenient?: boolean } = {}): Result<Checklist> {
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
      if (origin.lenient) continue;
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
    } else if (!knownPath(added, base.version)) {
      if (origin.lenient) continue;
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

/**
 * A built-in checklist (the latest version by default) under a named profile, optionally extended by a
 * user checklist. User checklists are written for the latest version; applied to an older one
 * (`version`), entries naming an item or field that version lacks are skipped rather than refused.
 */
export function resolveChecklist(profile: string, custom?: { data: unknown; file?: string }, version: ChecklistVersion = CHECKLIST_VERSION): Result<Checklist> {
  const profileData = Object.prototype.hasOwnProperty.call(PROFILES, profile) ? PROFILES[profile] : undefined;
  if (profileData === undefined) {
    return { ok: false, errors: [{ code: 'unknown-profile', message: `there is no profile "${profile}". Profiles: ${Object.keys(PROFILES).join(', ')}.` }] };
  }
  const withProfile = applyOverlay(builtinChecklist(version), profileData, { profile });
  if (!withProfile.ok || custom === undefined) return withProfile;
  const lenient = version !== CHECKLIST_VERSION;
  return applyOverlay(withProfile.value, custom.data, { ...(custom.file !== undefined ? { file: custom.file } : {}), ...(lenient ? { lenient } : {}) });
}
