/**
 * The shape of checklist data, enforced with zod when a checklist is loaded. Built-in items, profiles
 * and user checklists all pass through these schemas, so a bad entry is named, never half-loaded.
 *
 * The larger schemas are built on first use (z.lazy): building them costs about 25 ms, a tenth of the
 * command line's start, and a run without a user checklist never parses with them.
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

const primitive = z.union([z.string().max(200), z.number(), z.boolean()]);

export type Condition =
  | { fact: FactName; equals?: string | number | boolean; in?: Array<string | number | boolean>; includes?: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
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
    z.object({ all: z.array(conditionSchema).min(1).max(50) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1).max(50) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

export const levelSchema = z.enum(['essential', 'recommended']);
export const sectionSchema = z.enum(SECTION_KEYS);
export const scopeSchema = z.enum(['study', 'preparation', 'arm']);

/** Extra satisfaction rules beyond "a valid value is present". */
export const satisfactionRuleSchema = z.lazy(() =>
  z.discriminatedUnion('rule', [
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
  ]),
);
export type SatisfactionRule = z.infer<typeof satisfactionRuleSchema>;

/** A slash path inside an item value; `*` steps into every entry of a list. */
const detailPathSchema = z
  .string()
  .max(200)
  .regex(/^(\*|[A-Za-z0-9]{1,60})(\/(\*|[A-Za-z0-9]{1,60})){0,5}$/, 'a detail path is a slash path inside the value, e.g. "justification" or "amounts/*/unit"');

/** A condition on the item's own value; evaluated per list entry when its path shares the detail's `*` prefix. */
export const detailWhenSchema = z.lazy(() =>
  z
    .object({
      path: detailPathSchema,
      equals: primitive.optional(),
      in: z.array(primitive).min(1).max(100).optional(),
      present: z.literal(true).optional(),
      min: z.number().optional(),
    })
    .strict()
    .refine((c) => [c.equals, c.in, c.present, c.min].filter((x) => x !== undefined).length === 1, {
      message: 'a "when" needs exactly one of "equals", "in", "present" or "min"',
    }),
);
export type DetailWhen = z.infer<typeof detailWhenSchema>;

/** A detail a complete value has (checklist 1.1): missing details make the value incomplete, not invalid. */
export const expectedDetailSchema = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z][A-Za-z0-9]{0,60}$/, 'a detail id is camelCase letters and digits'),
      /** How a message names it: "the justification", "sex". */
      label: z.string().min(1).max(120),
      path: detailPathSchema.optional(),
      /** Given when any of these is given. */
      anyOf: z.array(detailPathSchema).min(2).max(10).optional(),
      when: detailWhenSchema.optional(),
    })
    .strict()
    .refine((d) => (d.path === undefined) !== (d.anyOf === undefined), { message: 'a detail needs exactly one of "path" or "anyOf"' }),
);
export type ExpectedDetail = z.infer<typeof expectedDetailSchema>;

const expectsSchema = z.lazy(() =>
  z
    .array(expectedDetailSchema)
    .min(1)
    .max(30)
    .refine((details) => new Set(details.map((d) => d.id)).size === details.length, { message: 'detail ids must be unique within an item' }),
);

const itemIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z][A-Za-z0-9]{0,40}\.[a-z][A-Za-z0-9]{0,60}$/, 'an item id is "<section>.<key>", e.g. "storage.temperature"');

export const checklistItemSchema = z.lazy(() =>
  z
    .object({
      id: itemIdSchema,
      section: sectionSchema,
      /** Slash path of the value inside its section (or preparation/arm entry); defaults to the id's key. */
      path: z.string().min(1).max(200).regex(/^[A-Za-z0-9]{1,60}(\/[A-Za-z0-9]{1,60}){0,5}$/).optional(),
      scope: scopeSchema,
      level: levelSchema,
      levelWhen: z.array(z.object({ when: conditionSchema, level: levelSchema }).strict()).max(10).optional(),
      /** Explicit weight; without it the effective level decides (essential 2, recommended 1). */
      weight: z.number().positive().max(100).optional(),
      appliesWhen: conditionSchema.optional(),
      /** Human words for why the condition excludes the item, e.g. "the preparation contains no EVs". */
      notApplicableBecause: z.string().min(1).max(300).optional(),
      satisfiedWhen: satisfactionRuleSchema.optional(),
      expects: expectsSchema.optional(),
      title: z.string().min(1).max(120),
      rationale: z.string().min(1).max(2000),
      hint: z.string().min(1).max(600),
      sources: z.array(z.string().min(1).max(200)).min(1).max(20),
      example: z.unknown().optional(),
    })
    .strict(),
);
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSectionFileSchema = z.lazy(() =>
  z
    .object({
      section: sectionSchema,
      title: z.string().min(1).max(120),
      items: z.array(checklistItemSchema).min(1).max(100),
    })
    .strict(),
);
export type ChecklistSectionFile = z.infer<typeof checklistSectionFileSchema>;

/** Checklist-level settings of one version (data/<version>/checklist.json). */
export const checklistSettingsSchema = z.lazy(() =>
  z
    .object({
      version: z.string().regex(/^\d+\.\d+$/),
      /** What an item gated on a fact the document does not state does: wait (deferred) or apply (1.0). */
      unknownGates: z.enum(['defer', 'apply']),
      /** The same for a fact stated with a structural error (e.g. `design: in-vivo`). */
      invalidGates: z.enum(['defer', 'apply']),
      /** For each fact, the items whose value states it: their findings list what the fact would unlock. */
      gateItems: z.partialRecord(z.enum(FACT_NAMES), z.array(itemIdSchema).min(1).max(10)),
    })
    .strict(),
);
export type ChecklistSettings = z.infer<typeof checklistSettingsSchema>;

/** Changes to one existing item, in a profile or user checklist. */
export const itemOverrideSchema = z.lazy(() =>
  z
    .object({
      enabled: z.boolean().optional(),
      level: levelSchema.optional(),
      weight: z.number().positive().max(100).optional(),
      appliesWhen: conditionSchema.optional(),
      notApplicableBecause: z.string().min(1).max(300).optional(),
      title: z.string().min(1).max(120).optional(),
      rationale: z.string().min(1).max(2000).optional(),
      hint: z.string().min(1).max(600).optional(),
      sources: z.array(z.string().min(1).max(200)).min(1).max(20).optional(),
      expects: expectsSchema.optional(),
    })
    .strict(),
);

/**
 * A profile or user checklist: maps levels, changes or switches off items, adds items.
 * Profiles shipped with the package use the same format as user checklists.
 */
export const checklistOverlaySchema = z.lazy(() =>
  z
    .object({
      $schema: z.string().max(500).optional(),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'an id is lower-case letters, digits and hyphens').optional(),
      description: z.string().max(2000).optional(),
      levels: z.object({ recommended: levelSchema.optional(), essential: levelSchema.optional() }).strict().optional(),
      items: z.record(itemIdSchema, itemOverrideSchema).optional(),
      add: z.array(checklistItemSchema).max(500).optional(),
    })
    .strict(),
);
export type ChecklistOverlay = z.infer<typeof checklistOverlaySchema>;
