/**
 * The shape of checklist data, enforced with zod when a checklist is loaded. Built-in items, profiles
 * and user checklists all pass through these schemas, so a bad entry is named, never half-loaded.
 *
 * Every schema is built on first use (buildModel, behind z.lazy): a run without a user checklist never
 * parses with them, and building them at load was a visible part of every command line's start (about
 * 25 ms with all of them built eagerly).
 */
import * as z from 'zod';
import { SECTION_KEYS } from '../report/types.js';

/** Facts the applicability conditions can ask about; each is computed by `facts.ts`. */
export const FACT_NAMES = [
  'design',
  'species',
  'preparation.type',
  'preparation.isEvFraction',
  /** 1.1: an EV fraction separated from the medium (EV type, or a product whose fractions are exactly [ev]). */
  'preparation.isSeparatedEvFraction',
  'preparation.isConditionedMedium',
  'preparation.primed',
  'preparation.storageForm',
  'preparation.lyophilised',
  'arm.route',
  'arm.carrierUsed',
  /** 1.1: the arm's dose holds a value; unknown otherwise (never false: a dose not stated is one gap). */
  'arm.doseStated',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

export type Condition =
  | { fact: FactName; equals?: string | number | boolean; in?: Array<string | number | boolean>; includes?: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Every schema of the model, built together when the first of them parses something. */
function buildModel() {
  const primitive = z.union([z.string().max(200), z.number(), z.boolean()]);

  const condition: z.ZodType<Condition> = z.lazy(() =>
    z.union([
      z
        .object({
          fact: z.enum(FACT_NAMES),
          equals: primitive.optional(),
          in: z.array(primitive).min(1).max(100).optional(),
          includes: z.string().max(200).optional(),
        })
        .strict()
        .refine((c) => [c.equals, c.in, c.includes].filter((x) => x !== undefined).length === 1, {
          message: 'a fact condition needs exactly one of "equals", "in" or "includes"',
        }),
      z.object({ all: z.array(condition).min(1).max(50) }).strict(),
      z.object({ any: z.array(condition).min(1).max(50) }).strict(),
      z.object({ not: condition }).strict(),
    ]),
  );

  const level = z.enum(['essential', 'recommended']);
  const section = z.enum(SECTION_KEYS);
  const scope = z.enum(['study', 'preparation', 'arm']);

  /** Extra satisfaction rules beyond "a valid value is present". */
  const satisfactionRule = z.discriminatedUnion('rule', [
    z
      .object({
        rule: z.literal('minDistinct'),
        /** Slash path inside the value; `*` steps into every array element. */
        field: z.string().min(1).max(200),
        min: z.number().int().min(1).max(100),
        /**
         * 1.1: what a value short of the rule lacks, e.g. "a second basis". With it, a shortfall is
         * `incomplete` (credit distinct/min) naming this detail; without it (1.0) the item is missing.
         */
        label: z.string().min(1).max(120).optional(),
      })
      .strict(),
  ]);

  /** A slash path inside an item value; `*` steps into every entry of a list. */
  const detailPath = z
    .string()
    .max(200)
    .regex(/^(\*|[A-Za-z0-9]{1,60})(\/(\*|[A-Za-z0-9]{1,60})){0,5}$/, 'a detail path is a slash path inside the value, e.g. "justification" or "amounts/*/unit"');

  /** A condition on the item's own value; evaluated per list entry when its path shares the detail's `*` prefix. */
  const detailWhen = z
    .object({
      path: detailPath,
      equals: primitive.optional(),
      in: z.array(primitive).min(1).max(100).optional(),
      present: z.literal(true).optional(),
      min: z.number().optional(),
    })
    .strict()
    .refine((c) => [c.equals, c.in, c.present, c.min].filter((x) => x !== undefined).length === 1, {
      message: 'a "when" needs exactly one of "equals", "in", "present" or "min"',
    });

  /** A detail a complete value has (checklist 1.1): missing details make the value incomplete, not invalid. */
  const expectedDetail = z
    .object({
      id: z.string().regex(/^[a-z][A-Za-z0-9]{0,60}$/, 'a detail id is camelCase letters and digits'),
      /** How a message names it: "the justification", "sex". */
      label: z.string().min(1).max(120),
      path: detailPath.optional(),
      /** Given when any of these is given. */
      anyOf: z.array(detailPath).min(2).max(10).optional(),
      when: detailWhen.optional(),
    })
    .strict()
    .refine((d) => (d.path === undefined) !== (d.anyOf === undefined), { message: 'a detail needs exactly one of "path" or "anyOf"' });

  const expects = z
    .array(expectedDetail)
    .min(1)
    .max(30)
    .refine((details) => new Set(details.map((d) => d.id)).size === details.length, { message: 'detail ids must be unique within an item' });

  const itemId = z
    .string()
    .max(100)
    .regex(/^[a-z][A-Za-z0-9]{0,40}\.[a-z][A-Za-z0-9]{0,60}$/, 'an item id is "<section>.<key>", e.g. "storage.temperature"');

  const item = z
    .object({
      id: itemId,
      section,
      /** Slash path of the value inside its section (or preparation/arm entry); defaults to the id's key. */
      path: z.string().min(1).max(200).regex(/^[A-Za-z0-9]{1,60}(\/[A-Za-z0-9]{1,60}){0,5}$/).optional(),
      scope,
      level,
      levelWhen: z.array(z.object({ when: condition, level }).strict()).max(10).optional(),
      /** Explicit weight; without it the effective level decides (essential 2, recommended 1). */
      weight: z.number().positive().max(100).optional(),
      appliesWhen: condition.optional(),
      /** Human words for why the condition excludes the item, e.g. "the preparation contains no EVs". */
      notApplicableBecause: z.string().min(1).max(300).optional(),
      satisfiedWhen: satisfactionRule.optional(),
      expects: expects.optional(),
      title: z.string().min(1).max(120),
      rationale: z.string().min(1).max(2000),
      hint: z.string().min(1).max(600),
      sources: z.array(z.string().min(1).max(200)).min(1).max(20),
      example: z.unknown().optional(),
    })
    .strict();

  const sectionFile = z
    .object({
      section,
      title: z.string().min(1).max(120),
      items: z.array(item).min(1).max(100),
    })
    .strict();

  /** Checklist-level settings of one version (data/<version>/checklist.json). */
  const settings = z
    .object({
      version: z.string().regex(/^\d+\.\d+$/),
      /** What an item gated on a fact the document does not state does: wait (deferred) or apply (1.0). */
      unknownGates: z.enum(['defer', 'apply']),
      /** The same for a fact stated with a structural error (e.g. `design: in-vivo`). */
      invalidGates: z.enum(['defer', 'apply']),
      /** For each fact, the items whose value states it: their findings list what the fact would unlock. */
      gateItems: z.partialRecord(z.enum(FACT_NAMES), z.array(itemId).min(1).max(10)),
    })
    .strict();

  /** Changes to one existing item, in a profile or user checklist. */
  const itemOverride = z
    .object({
      enabled: z.boolean().optional(),
      level: level.optional(),
      weight: z.number().positive().max(100).optional(),
      appliesWhen: condition.optional(),
      notApplicableBecause: z.string().min(1).max(300).optional(),
      title: z.string().min(1).max(120).optional(),
      rationale: z.string().min(1).max(2000).optional(),
      hint: z.string().min(1).max(600).optional(),
      sources: z.array(z.string().min(1).max(200)).min(1).max(20).optional(),
      expects: expects.optional(),
    })
    .strict();

  /**
   * A profile or user checklist: maps levels, changes or switches off items, adds items.
   * Profiles shipped with the package use the same format as user checklists.
   */
  const overlay = z
    .object({
      $schema: z.string().max(500).optional(),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'an id is lower-case letters, digits and hyphens').optional(),
      description: z.string().max(2000).optional(),
      levels: z.object({ recommended: level.optional(), essential: level.optional() }).strict().optional(),
      items: z.record(itemId, itemOverride).optional(),
      add: z.array(item).max(500).optional(),
    })
    .strict();

  return { condition, satisfactionRule, detailWhen, expectedDetail, item, sectionFile, settings, itemOverride, overlay };
}

type Model = ReturnType<typeof buildModel>;
let model: Model | undefined;
const built = (): Model => (model ??= buildModel());

export const conditionSchema: z.ZodType<Condition> = z.lazy(() => built().condition);
export const checklistItemSchema = z.lazy(() => built().item);
export const checklistSectionFileSchema = z.lazy(() => built().sectionFile);
export const checklistSettingsSchema = z.lazy(() => built().settings);
export const itemOverrideSchema = z.lazy(() => built().itemOverride);
export const checklistOverlaySchema = z.lazy(() => built().overlay);

export type SatisfactionRule = z.infer<Model['satisfactionRule']>;
export type DetailWhen = z.infer<Model['detailWhen']>;
export type ExpectedDetail = z.infer<Model['expectedDetail']>;
export type ChecklistItem = z.infer<Model['item']>;
export type ChecklistSectionFile = z.infer<Model['sectionFile']>;
export type ChecklistSettings = z.infer<Model['settings']>;
export type ChecklistOverlay = z.infer<Model['overlay']>;
