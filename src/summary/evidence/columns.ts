/**
 * Which fields make each column of the evidence tables: data, in the shape of the review's Tables 2–5
 * (examples/review-2025/README.md, "How the tables map to the document", read backwards). A column is a
 * list of parts; each part is a composer (compose.ts) applied to one field. Columns that speak per arm
 * are composed for each arm, arm values overriding the study's.
 */
import type { Part } from './compose.js';
import { isNotApplicable } from './fields.js';

export interface ColumnSpec {
  key: string;
  title: string;
  /**
   * `arm`: composed per arm of the table (doseAdministration.arms), identical texts merged; `preparation`:
   * per preparation of those arms (values given per preparation override the section's), identical merged.
   */
  scope: 'study' | 'arm' | 'preparation';
  parts: Part[];
  /** Between parts (default one space). */
  join?: string;
}

export interface TableSpec {
  id: string;
  title: string;
  /** A study is a row when its design includes `design` and, if given, it states the field at `has`. */
  includes: { design: 'in-vivo' | 'in-vitro' | 'clinical'; has?: string };
  /** The arms the table speaks of (ARM_KINDS); all when not given, or when a study has none of that kind. */
  arms?: keyof typeof ARM_KINDS;
  columns: ColumnSpec[];
}

/**
 * Kinds of arms: an arm given to animals or patients states a route; an arm of cells exposed in culture
 * declares the route not applicable (the corpus's convention for a study both in vivo and in vitro).
 */
export const ARM_KINDS = {
  administered: (arm: Record<string, unknown>): boolean => !isNotApplicable(arm['route']),
  'in-culture': (arm: Record<string, unknown>): boolean => isNotApplicable(arm['route']),
} as const;

const REFERENCE: ColumnSpec = { key: 'reference', title: 'Reference', scope: 'study', parts: [{ compose: 'citation', path: 'study.citation' }] };
const SOURCE_WITH_SPECIES: ColumnSpec = {
  key: 'source',
  title: 'Secretome Source',
  scope: 'study',
  parts: [
    { compose: 'word', path: 'cellSource.species' },
    { compose: 'word', path: 'cellSource.tissue', vocabulary: 'tissue' },
    { compose: 'product', path: 'production.preparation', otherwise: true },
  ],
};
const SOURCE_TISSUE: ColumnSpec = { key: 'source', title: 'Secretome Source', scope: 'study', parts: [{ compose: 'word', path: 'cellSource.tissue', vocabulary: 'tissue' }] };
const ORIGIN: ColumnSpec = { key: 'origin', title: 'Secretome Origin', scope: 'study', parts: [{ compose: 'origin', path: 'production.origin' }] };

export const EVIDENCE_TABLES: readonly TableSpec[] = [
  {
    id: 'in-vivo',
    title: 'Table 2. In vivo studies',
    includes: { design: 'in-vivo' },
    arms: 'administered',
    columns: [
      { key: 'model', title: 'Pain Model', scope: 'study', parts: [{ compose: 'model', path: 'outcomes.model' }] },
      SOURCE_WITH_SPECIES,
      { key: 'type', title: 'Type', scope: 'study', parts: [{ compose: 'preparations', path: 'production.preparation' }] },
      {
        key: 'processing',
        title: 'Processing and Storage',
        scope: 'preparation',
        parts: [
          { compose: 'processing', path: 'production.concentration', prefix: 'Processing: ' },
          { compose: 'storage', path: 'storage.form', prefix: 'Storage: ' },
        ],
      },
      { key: 'timing', title: 'Treatment Time After Model Induction', scope: 'arm', parts: [{ compose: 'timing', path: 'doseAdministration.timing' }] },
      { key: 'dose', title: 'Dose', scope: 'arm', parts: [{ compose: 'dose', path: 'doseAdministration.dose' }] },
      { key: 'route', title: 'Route and Volume', scope: 'arm', parts: [{ compose: 'routeVolume', path: 'doseAdministration.route' }] },
      { key: 'effect', title: 'Effect on Pain', scope: 'arm', parts: [{ compose: 'painEffects', path: 'outcomes.results' }] },
      { key: 'biochemical', title: 'Biochemical Evaluations: Time and Effect', scope: 'arm', parts: [{ compose: 'readoutEffects', path: 'outcomes.results' }] },
      REFERENCE,
    ],
  },
  {
    id: 'in-vitro',
    title: 'Table 3. In vitro and ex vivo studies',
    includes: { design: 'in-vitro' },
    arms: 'in-culture',
    columns: [
      { key: 'model', title: 'Model', scope: 'study', parts: [{ compose: 'model', path: 'outcomes.model', lowerFirst: true }] },
      SOURCE_WITH_SPECIES,
      {
        key: 'type',
        title: 'Type and Administration Method',
        scope: 'study',
        join: ', ',
        parts: [
          { compose: 'preparations', path: 'production.preparation' },
          { compose: 'word', path: 'doseAdministration.inVitroExposure.setting', vocabulary: 'setting' },
        ],
      },
      { key: 'effect', title: 'Effect', scope: 'study', parts: [{ compose: 'allEffects', path: 'outcomes.results', lowerFirst: true }] },
      REFERENCE,
    ],
  },
  {
    id: 'clinical',
    title: 'Table 4. Clinical studies',
    includes: { design: 'clinical', has: 'study.citation' },
    columns: [
      { key: 'type', title: 'Type of Study', scope: 'study', parts: [{ compose: 'word', path: 'study.clinicalStudyType', vocabulary: 'clinicalStudyType' }] },
      { key: 'disease', title: 'Disease', scope: 'study', parts: [{ compose: 'text', path: 'outcomes.model.condition', fallback: 'study.condition', abbreviate: true }] },
      SOURCE_TISSUE,
      ORIGIN,
      {
        key: 'strategy',
        title: 'Treatment Strategy',
        scope: 'study',
        parts: [{ compose: 'administration', path: 'doseAdministration.route' }],
      },
      { key: 'effect', title: 'Treatment Effect', scope: 'study', parts: [{ compose: 'allEffects', path: 'outcomes.results' }] },
      REFERENCE,
    ],
  },
  {
    id: 'trials',
    title: 'Table 5. Registered clinical trials',
    includes: { design: 'clinical', has: 'outcomes.trialRegistration' },
    columns: [
      { key: 'nct', title: 'NCT Number', scope: 'study', parts: [{ compose: 'text', path: 'outcomes.trialRegistration.id' }] },
      { key: 'condition', title: 'Condition', scope: 'study', parts: [{ compose: 'text', path: 'outcomes.model.condition', fallback: 'study.condition', abbreviate: true }] },
      SOURCE_TISSUE,
      ORIGIN,
      {
        key: 'strategy',
        title: 'Treatment Strategy',
        scope: 'study',
        parts: [
          { compose: 'word', path: 'doseAdministration.route', vocabulary: 'route', suffix: ' injection' },
          { compose: 'word', path: 'doseAdministration.route.guidance', vocabulary: 'guidance', prefix: 'under ', suffix: ' guidance' },
          { compose: 'word', path: 'production.preparation', vocabulary: 'preparationShort', prefix: 'of ' },
          { compose: 'producingCells', path: 'cellSource.tissue', prefix: 'from ' },
          { compose: 'repeatedRegimen', path: 'doseAdministration.regimen', prefix: '(', suffix: ')' },
        ],
      },
      { key: 'measurement', title: 'Pain Measurement', scope: 'study', parts: [{ compose: 'scales', path: 'outcomes.clinicalScales', reportedIn: 'trial-registration' }] },
      { key: 'status', title: 'Study Status', scope: 'study', parts: [{ compose: 'word', path: 'outcomes.trialRegistration.status', vocabulary: 'status' }] },
    ],
  },
];
