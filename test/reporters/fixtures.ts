/**
 * Hand-built reports for the reporter tests: a mouse study with a ledger and findings in several
 * sections, a nearly complete EV study without a ledger, and an in-vitro study read from stdin whose
 * document is structurally broken (with hostile characters in its message). Together: one batch of 3.
 */
import { SECTION_KEYS } from '../../src/report/types.js';
import type { Finding, LedgerEntry, Report, SectionKey, SectionScore } from '../../src/report/types.js';
import type { ReporterItemInfo, ReporterOptions } from '../../src/reporters/types.js';

export const SECTION_TITLES: Record<SectionKey, string> = {
  study: 'Study design',
  cellSource: 'Cell source',
  isolationExpansion: 'Isolation and expansion',
  production: 'Secretome production',
  storage: 'Storage',
  qualityControl: 'Quality control',
  characterization: 'Characterization',
  doseAdministration: 'Dose and administration',
  outcomes: 'Outcomes',
};

function item(
  id: string,
  level: ReporterItemInfo['level'],
  title: string,
  rationale: string,
  hint: string,
  sources: string[],
): ReporterItemInfo {
  return { id, section: id.split('.')[0] as SectionKey, level, title, rationale, hint, sources };
}

/** A slice of the checklist, in checklist order. */
export const ITEMS: ReporterItemInfo[] = [
  item('study.design', 'essential', 'Study design', 'Which items apply depends on whether the study is in vivo, in vitro or clinical.', 'State the design: in-vivo, in-vitro or clinical.', ['ARRIVE 2.0 item 1']),
  item('study.species', 'essential', 'Species and strain', 'Responses to secretome differ between species and strains.', 'Name species, strain and supplier (e.g. C57BL/6J mice, Charles River).', ['ARRIVE 2.0 item 8']),
  item('study.sampleSize', 'recommended', 'Sample size', 'Readers judge power from the number of animals per group.', 'Give the number of animals per group and how it was chosen.', ['ARRIVE 2.0 item 2']),
  item('cellSource.tissue', 'essential', 'Tissue source', 'Bone-marrow, adipose and umbilical-cord MSCs secrete different factors.', 'Name the tissue the MSCs came from.', ['ISCT 2006 minimal criteria']),
  item('cellSource.donorAge', 'recommended', 'Donor age', 'Donor age changes MSC proliferation and secretome composition.', 'Give the donor age (or range) in years.', ['Amodeo et al. 2025 (cell source)']),
  item('cellSource.characterisation', 'essential', 'MSC characterisation', 'Without marker and differentiation data the cells may not be MSCs.', 'Report CD73/CD90/CD105 positivity and trilineage differentiation.', ['ISCT 2006 minimal criteria']),
  item('isolationExpansion.passage', 'essential', 'Passage number', 'Secretome potency falls with passage.', 'State the passage at which conditioned medium was collected (e.g. P4).', ['Amodeo et al. 2025 (expansion)']),
  item('isolationExpansion.medium', 'recommended', 'Expansion medium', 'Serum and supplements carry their own vesicles and proteins.', 'Name the medium and supplements (e.g. α-MEM, 10 % FBS).', ['MISEV2023 §3']),
  item('production.conditioningDuration', 'essential', 'Conditioning duration', 'What accumulates in the medium depends on how long cells condition it.', 'State how long the cells conditioned the medium (e.g. 48 h).', ['Amodeo et al. 2025 (production)']),
  item('production.priming', 'recommended', 'Priming', 'Inflammatory priming changes the secretome.', 'Describe priming (agent, concentration, duration).', ['Amodeo et al. 2025 (production)']),
  item('storage.form', 'essential', 'Storage form', 'Fresh, frozen and lyophilised preparations differ in what they contain.', 'State how the preparation was kept before use: fresh, frozen, refrigerated or lyophilised.', ['MISEV2023 §5 (EV storage and handling)']),
  item('storage.temperature', 'essential', 'Storage temperature', 'EV numbers, cargo and bioactivity change with storage temperature.', 'State the storage temperature (e.g. −80 °C) in °C.', ['MISEV2023 §5 (storage conditions)', 'EV-TRACK EV-METRIC (storage reported)']),
  item('storage.duration', 'essential', 'Storage duration', 'Potency and particle counts fall with time in storage.', 'State how long the preparation was stored before use (e.g. up to 30 days).', ['MISEV2023 §5 (storage duration)']),
  item('storage.freezeThaw', 'essential', 'Freeze–thaw cycles', 'Each freeze–thaw cycle damages vesicles.', 'State how many freeze–thaw cycles the preparation went through before use.', ['MISEV2023 §5 (freeze–thaw)']),
  item('storage.reconstitution', 'essential', 'Reconstitution', 'A lyophilised product is only as good as its reconstitution.', 'State the vehicle and volume used to reconstitute the lyophilised preparation.', ['Amodeo et al. 2025 (storage)']),
  item('storage.container', 'recommended', 'Storage container', 'Vesicles stick to some plastics.', 'Name the container (e.g. low-protein-binding polypropylene tubes).', ['MISEV2023 §5']),
  item('qualityControl.sterility', 'recommended', 'Sterility testing', 'Contamination confounds in-vivo effects.', 'Report sterility and mycoplasma tests.', ['EMA guideline on cell-based products']),
  item('qualityControl.endotoxin', 'recommended', 'Endotoxin', 'Endotoxin alone causes inflammation and pain behaviour.', 'Report endotoxin levels (EU/mL) and the assay.', ['EMA guideline on cell-based products']),
  item('characterization.particleConcentration', 'essential', 'Particle concentration', 'Particle numbers are the common currency for EV doses.', 'Report particles per mL with the method (e.g. NTA).', ['MISEV2023 §4']),
  item('characterization.proteinContent', 'essential', 'Protein content', 'Protein mass is the most used dose basis for whole secretome.', 'Report total protein (µg/mL) and the assay (e.g. BCA).', ['MISEV2023 §4']),
  item('doseAdministration.dose', 'essential', 'Dose', 'Effects cannot be compared without a dose and its basis.', 'Give the dose with its basis (cell equivalents, particles, protein mass).', ['ARRIVE 2.0 item 9']),
  item('doseAdministration.route', 'essential', 'Route', 'Intrathecal and intravenous routes reach different targets.', 'Name the route of administration.', ['ARRIVE 2.0 item 9']),
  item('doseAdministration.volume', 'recommended', 'Injected volume', 'Volume limits differ by route and species.', 'Give the injected volume (e.g. 10 µL).', ['ARRIVE 2.0 item 9']),
  item('outcomes.primaryOutcome', 'essential', 'Primary outcome', 'Readers need to know which measure the study was designed around.', 'Name the primary outcome measure and when it was assessed.', ['ARRIVE 2.0 item 6']),
  item('outcomes.blinding', 'recommended', 'Blinding', 'Unblinded behavioural scoring inflates effects.', 'Say who was blinded to group allocation and when.', ['ARRIVE 2.0 item 5']),
];

const ITEM_BY_ID = new Map(ITEMS.map((i) => [i.id, i]));

function info(itemId: string): ReporterItemInfo {
  const found = ITEM_BY_ID.get(itemId);
  if (!found) throw new Error(`fixture names an unknown item ${itemId}`);
  return found;
}

/** A finding for a checklist item, taking level, section, hint and sources from the item. */
function finding(itemId: string, status: Finding['status'], pointer: string, message: string, extra: Partial<Finding> = {}): Finding {
  const it = info(itemId);
  return { itemId, section: it.section, level: it.level, status, pointer, message, hint: it.hint, sources: it.sources, ...extra };
}

function score(satisfied: number, applicable: number): SectionScore {
  return { score: applicable === 0 ? 100 : (satisfied / applicable) * 100, satisfied, applicable };
}

function sections(overrides: Partial<Record<SectionKey, SectionScore>>): Record<SectionKey, SectionScore> {
  return Object.fromEntries(SECTION_KEYS.map((key) => [key, overrides[key] ?? score(3, 3)])) as Record<SectionKey, SectionScore>;
}

function entry(itemId: string, state: LedgerEntry['state'], extra: Partial<LedgerEntry> = {}): LedgerEntry {
  const it = info(itemId);
  const satisfied = state === 'value' || state === 'not-applicable';
  const weight = it.level === 'essential' ? 2 : 1;
  return { itemId, section: it.section, level: it.level, applicable: true, state, weight, credit: satisfied ? 1 : 0, satisfied, deferred: false, ...extra };
}

/** In-vivo mouse study: storage and characterization incomplete, one declared exclusion, a full ledger. */
export const MOUSE_STUDY: Report = {
  reportVersion: '2',
  checklist: { id: 'secretome-checklist', version: '1.0', profile: 'default' },
  source: { file: 'studies/amodeo-2025-neuropathy.yaml' },
  valid: false,
  minimalSetComplete: false,
  score: {
    overall: (30 / 38) * 100,
    sections: sections({
      study: score(5, 5),
      cellSource: score(4, 5),
      production: score(2, 2),
      storage: score(5, 9),
      qualityControl: score(2, 2),
      characterization: score(2, 4),
      doseAdministration: score(4, 5),
    }),
  },
  findings: [
    finding('cellSource.donorAge', 'missing', '/cellSource/donor/age', 'Donor age is not reported.'),
    finding('storage.temperature', 'missing', '/production/preparations/0/storage/temperature', 'Storage temperature is not reported for the whole secretome.', {
      location: { line: 41, column: 7 },
    }),
    finding('storage.freezeThaw', 'not-reported', '/production/preparations/0/storage/freezeThaw', 'The paper does not say how many freeze–thaw cycles the secretome went through (confirmed absent).', {
      location: { line: 44, column: 7 },
    }),
    finding('storage.reconstitution', 'not-applicable', '/production/preparations/0/storage/reconstitution', 'Reconstitution does not apply: the secretome was frozen, not lyophilised.', {
      location: { line: 45, column: 7 },
      hint: undefined,
    }),
    finding('characterization.particleConcentration', 'invalid', '/characterization/preparations/0/particleConcentration', 'Particle concentration has no unit: 3.2e9 of what per mL?', {
      location: { line: 58, column: 9 },
    }),
    finding('doseAdministration.volume', 'missing', '/doseAdministration/arms/0/volume', 'The injected volume is not reported for the intrathecal arm.', {
      location: { line: 71, column: 5 },
    }),
  ],
  counts: { essentialMissing: 2, recommendedMissing: 2, incomplete: 0, invalid: 1, notApplicable: 1 },
  ledger: [
    entry('study.design', 'value'),
    entry('study.species', 'value'),
    entry('study.sampleSize', 'value'),
    entry('cellSource.tissue', 'value'),
    entry('cellSource.donorAge', 'missing'),
    entry('cellSource.characterisation', 'value'),
    entry('isolationExpansion.passage', 'value'),
    entry('isolationExpansion.medium', 'value'),
    entry('production.conditioningDuration', 'value'),
    entry('production.priming', 'missing', { applicable: false, satisfied: false, reason: 'no priming was applied' }),
    entry('storage.form', 'value'),
    entry('storage.temperature', 'missing'),
    entry('storage.duration', 'value'),
    entry('storage.freezeThaw', 'not-reported'),
    entry('storage.reconstitution', 'not-applicable', { applicable: false, reason: 'the secretome was frozen, not lyophilised' }),
    entry('storage.container', 'value'),
    entry('qualityControl.sterility', 'value'),
    entry('qualityControl.endotoxin', 'value'),
    entry('characterization.particleConcentration', 'invalid'),
    entry('characterization.proteinContent', 'value'),
    entry('doseAdministration.dose', 'value'),
    entry('doseAdministration.route', 'value'),
    entry('doseAdministration.volume', 'missing'),
    entry('outcomes.primaryOutcome', 'value'),
    entry('outcomes.blinding', 'value'),
  ],
};

/** EV-fraction rat study written on Windows: the minimal set is complete, one recommended item is missing; no ledger. */
export const EV_STUDY: Report = {
  reportVersion: '2',
  checklist: { id: 'secretome-checklist', version: '1.0', profile: 'default' },
  source: { file: 'studies\\lab-b\\ev-fraction 2023.json' },
  valid: true,
  minimalSetComplete: true,
  score: {
    overall: (35 / 36) * 100,
    sections: sections({ qualityControl: score(1, 2), storage: score(8, 8) }),
  },
  findings: [
    finding('qualityControl.endotoxin', 'missing', '/qualityControl/endotoxin', 'Endotoxin levels are not reported.', {
      location: { line: 88, column: 3 },
    }),
  ],
  counts: { essentialMissing: 0, recommendedMissing: 1, incomplete: 0, invalid: 0, notApplicable: 0 },
};

/** The message of the structural error: markup, ampersand, percent, comma, colon, a line break and a BEL. */
export const HOSTILE_MESSAGE =
  'Expected a number for "dose" but found <script>alert(\'x\')</script> & 100%, 2×10^6:\nsee \u0007 line 12';

/** In-vitro study piped on stdin (no file): structurally invalid, essentials missing, nothing applies to dosing in vivo. */
export const STDIN_STUDY: Report = {
  reportVersion: '2',
  checklist: { id: 'secretome-checklist', version: '1.0', profile: 'journal-strict' },
  valid: false,
  minimalSetComplete: false,
  score: {
    overall: (14 / 25) * 100,
    sections: sections({
      study: score(3, 5),
      cellSource: score(2, 5),
      production: score(0, 2),
      characterization: score(0, 4),
      doseAdministration: score(0, 0),
      outcomes: score(2, 3),
    }),
  },
  findings: [
    {
      itemId: 'document',
      section: 'document',
      level: 'essential',
      status: 'invalid',
      pointer: '/doseAdministration/arms/0/dose/value',
      message: HOSTILE_MESSAGE,
      hint: 'Write numbers as numbers: 2000000, not "2x10^6".',
      sources: [],
      location: { line: 12, column: 5 },
    },
    finding('study.species', 'missing', '/study/species', 'Species and strain are not reported.'),
    finding('production.conditioningDuration', 'missing', '/production/conditioning/duration', 'The conditioning duration is not reported.'),
    finding('characterization.particleConcentration', 'missing', '/characterization/preparations/0/particleConcentration', 'Particle concentration is not reported.'),
    finding('characterization.proteinContent', 'not-reported', '/characterization/preparations/0/proteinContent', 'Protein content was looked for and is not in the paper.', {
      location: { line: 30, column: 5 },
    }),
    finding('outcomes.blinding', 'missing', '/outcomes/blinding', 'Blinding is not reported.'),
  ],
  counts: { essentialMissing: 4, recommendedMissing: 1, incomplete: 0, invalid: 1, notApplicable: 0 },
};

export const BATCH: Report[] = [MOUSE_STUDY, EV_STUDY, STDIN_STUDY];

/** Reporter options for the tests; plain (no colour), not quiet, not verbose, single document. */
export function options(overrides: Partial<ReporterOptions> = {}): ReporterOptions {
  return {
    color: false,
    quiet: false,
    verbose: false,
    batch: false,
    items: ITEMS,
    sectionTitles: SECTION_TITLES,
    toolVersion: '0.1.0',
    ...overrides,
  };
}

/**
 * The mouse study as the second row of a workbook: its findings point at cells (one in a CSV sheet read
 * beside the checked file would carry `file`), and the report names the study by its id.
 */
export const SHEET_STUDY: Report = {
  ...MOUSE_STUDY,
  source: { file: 'lab/studies.xlsx', studyId: 'ref-107', sheet: 'Studies', line: 5 },
  findings: MOUSE_STUDY.findings.map((f) =>
    f.itemId === 'doseAdministration.volume'
      ? { ...f, location: { line: 7, column: 6, sheet: 'Arms', cell: 'F7' } }
      : f.itemId === 'storage.temperature'
        ? { ...f, location: { line: 4, column: 12, sheet: 'Preparations', cell: 'L4' } }
        : f.location
          ? { ...f, location: { line: 5, column: 3, sheet: 'Studies', cell: 'C5' } }
          : f,
  ),
};
