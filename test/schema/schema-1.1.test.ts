/**
 * Schema 1.1: partial reporting is structurally valid (a missing detail is incomplete, never invalid), any
 * detail can be "not reported" or "not applicable", wrong values get one clear message, and every 1.0
 * document is a 1.1 document once its checklistVersion says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { documentVersion, LATEST_VERSION, SCHEMA_VERSIONS, SCHEMAS } from '../../src/schema/versions.js';
import { ROOT } from '../helpers.js';

type Json = Record<string, unknown>;
const v11 = SCHEMAS['1.1'];
const v10 = SCHEMAS['1.0'];

const doc = (sections: Json = {}): Json => ({ checklistVersion: '1.1', ...sections });
const messages = (document: unknown): string[] => v11.validateStructure(document).map((issue) => `${issue.pointer}: ${issue.message}`);
const NR = { notReported: true, where: 'Table 2, ref. 102, row 1: Dose' };
const NA = { notApplicable: 'a single administration' };

/** Every item value branch of 1.1, by section and key (section level; unit entries hold the same items). */
const itemSlots = Object.entries(v11.itemDefs).flatMap(([section, items]) => Object.entries(items).map(([key, defName]) => ({ section, key, defName })));
const valueKeys = (section: string, key: string): string[] => v11.allowedKeys([section, key]).filter((k) => !['where', 'note', 'description'].includes(k));

describe('schema 1.1: partial is never invalid', () => {
  it.each(itemSlots)('$section.$key accepts an empty value: every detail is optional in the schema', ({ section, key }) => {
    expect(messages(doc({ [section]: { [key]: {} } }))).toEqual([]);
  });

  const partial: Array<[string, Json]> = [
    ['a sample size without its justification', { outcomes: { sampleSize: { perGroup: [{ group: 'secretome', n: 8 }] } } }],
    ['a group size without its n', { outcomes: { sampleSize: { perGroup: [{ group: 'secretome' }] } } }],
    ['an in-vitro exposure without a duration', { doseAdministration: { inVitroExposure: { targetCells: 'BV-2 microglia' } } }],
    ['a randomisation without its method', { outcomes: { randomisation: { randomised: true } } }],
    ['a regimen of 3 administrations without the interval', { doseAdministration: { regimen: { administrations: 3 } } }],
    ['EV markers with tetraspanins only', { characterization: { evMarkersPositive: { transmembrane: ['CD9', 'CD63', 'CD81'] } } }],
    ['a dose given as a bare number', { doseAdministration: { dose: { amounts: [{ value: 2000000 }] } } }],
    ['a dose range without a unit', { doseAdministration: { dose: { amounts: [{ range: { min: 1, max: 2 } }] } } }],
    ['a dose without "per"', { doseAdministration: { dose: { amounts: [{ value: 20, unit: 'µg', basis: 'protein-mass' }] } } }],
    ['a species "other" without its description', { cellSource: { species: { value: 'other' } } }],
    ['a commercial product without its name', { production: { preparation: { value: 'commercial-product' } } }],
    ['EV-depleted serum without the depletion method', { production: { conditioningMedium: { basalMedium: 'DMEM', serum: 'ev-depleted-serum' } } }],
    ['a centrifugation step without force and duration', { production: { clarification: { steps: [{ method: 'centrifugation' }] } } }],
    ['a speed in rpm without the rotor radius', { production: { clarification: { steps: [{ method: 'centrifugation', force: { value: 3000, unit: 'rpm' } }] } } }],
    ['a carrier used without its material', { doseAdministration: { carrier: { used: true } } }],
    ['exclusions without their reasons', { outcomes: { exclusions: { excluded: 2 } } }],
    ['a passage range with only its lower end', { isolationExpansion: { passage: { min: 3 } } }],
    ['timing without an offset or an age', { doseAdministration: { timing: { approach: 'therapeutic' } } }],
    ['a storage temperature without a unit', { storage: { temperature: { value: -80 } } }],
    ['a particle size without its unit', { characterization: { particles: { size: { mode: 110 } } } }],
    ['a release test without its limit', { qualityControl: { releaseSpecification: { tests: [{ test: 'sterility' }] } } }],
  ];
  it.each(partial)('%s is structurally valid', (_label, sections) => {
    expect(messages(doc(sections))).toEqual([]);
  });
});

describe('schema 1.1: detail states at any depth', () => {
  it.each(itemSlots.flatMap(({ section, key }) => valueKeys(section, key).map((detail) => ({ section, key, detail }))))(
    '$section.$key.$detail may be notReported or notApplicable',
    ({ section, key, detail }) => {
      expect(messages(doc({ [section]: { [key]: { [detail]: NR } } }))).toEqual([]);
      expect(messages(doc({ [section]: { [key]: { [detail]: NA } } }))).toEqual([]);
    },
  );

  it('donor sex, animal sex and a dose amount\'s unit can each be not reported', () => {
    expect(messages(doc({ cellSource: { donors: { count: 3, sex: NR } } }))).toEqual([]);
    expect(messages(doc({ doseAdministration: { recipients: { species: 'rat', sex: NR } } }))).toEqual([]);
    expect(messages(doc({ doseAdministration: { arms: [{ id: 'low', dose: { amounts: [{ value: 2000000, unit: NR, basis: NA, per: 'administration' }] } }] } }))).toEqual([]);
  });

  it('inside list entries too: one component of a combination product, one stimulus, one step', () => {
    const amounts = [{ component: 'cells', value: 10000000, unit: 'cells', basis: 'cells' }, { component: 'secretome', value: NR, unit: 'mL' }];
    expect(messages(doc({ doseAdministration: { dose: { amounts } } }))).toEqual([]);
    expect(messages(doc({ production: { primingConditions: { stimuli: [{ type: 'cytokine', agent: 'IFN-γ', concentration: NR }] } } }))).toEqual([]);
    expect(messages(doc({ production: { clarification: { steps: [{ method: 'filtration', poreSize: { value: 0.22, unit: NR } }] } } }))).toEqual([]);
  });

  it('a detail state is accepted where the unit must fit the basis', () => {
    expect(messages(doc({ doseAdministration: { dose: { amounts: [{ value: 1e9, basis: 'particles', unit: NR }] } } }))).toEqual([]);
  });

  it('a wrong value gets one message, about the value the author meant', () => {
    expect(messages(doc({ cellSource: { donors: { sex: 'x' } } }))).toEqual(['/cellSource/donors/sex: Expected a list, found text ("x"). Write it as a list: sex: [x].']);
    expect(messages(doc({ cellSource: { donors: { sex: ['femal'] } } }))).toEqual([
      '/cellSource/donors/sex/0: "femal" is not accepted here. Did you mean "female"? Use one of: female, male, unknown, mixed.',
    ]);
    expect(messages(doc({ doseAdministration: { dose: { amounts: [{ value: 10, unit: 'mg', basis: 'particles' }] } } }))).toEqual([
      '/doseAdministration/dose/amounts/0/unit: "mg" is not accepted here. A dose on the "particles" basis is counted in particles.',
    ]);
    expect(messages(doc({ storage: { temperature: { value: -80, unit: 'mL' } } }))).toEqual([
      '/storage/temperature/unit: "mL" is not accepted here. Give a temperature in one of these units: °C, ºC, ℃, degC, Cel, K.',
    ]);
  });

  it('a wrong detail state gets one message, about the state', () => {
    expect(messages(doc({ cellSource: { donors: { sex: { notReported: false } } } }))).toEqual(['/cellSource/donors/sex/notReported: Expected true, found false.']);
    expect(messages(doc({ cellSource: { donors: { sex: { notApplicable: 'no' } } } }))).toEqual([
      '/cellSource/donors/sex/notApplicable: The text must be at least 3 characters long.',
    ]);
    expect(messages(doc({ cellSource: { donors: { sex: { notReported: true, reason: 'x' } } } }))).toEqual([
      '/cellSource/donors/sex: Unknown field "reason". Allowed here: notReported, where, note.',
    ]);
  });

  it('"did you mean" sees through the detail-state wrappers, at any depth', () => {
    expect(messages(doc({ cellSource: { donors: { sxe: ['female'] } } }))).toEqual(['/cellSource/donors: Unknown field "sxe". Did you mean "sex"?']);
    expect(messages(doc({ doseAdministration: { dose: { amounts: [{ valeu: 1 }] } } }))).toEqual([
      '/doseAdministration/dose/amounts/0: Unknown field "valeu". Did you mean "value"?',
    ]);
    expect(messages(doc({ production: { clarification: { steps: [{ force: { value: 500, unti: '×g' } }] } } }))).toEqual([
      '/production/clarification/steps/0/force: Unknown field "unti". Did you mean "unit"?',
    ]);
    expect(v11.allowedKeys(['doseAdministration', 'arms', '0', 'dose', 'amounts', '0'])).toContain('analyte');
    expect(v11.allowedKeys(['production', 'clarification', 'steps', '0', 'force'])).toEqual(['value', 'unit']);
  });
});

describe('schema 1.1: vocabularies', () => {
  it.each([
    ['route', { doseAdministration: { route: { value: 'peribulbar' } } }],
    ['route with sites and guidance', { doseAdministration: { route: { value: 'multiple', siteCount: 27, guidance: 'ultrasound', sites: [{ route: 'intravertebral', site: 'T12 to S5' }] } } }],
    ['pain model', { outcomes: { model: { value: 'tmj-oa', joint: 'temporomandibular', inducingAgent: 'MIA' } } }],
    ['readout tissue', { outcomes: { mechanisticReadouts: { readouts: [{ target: 'IL-1β', tissue: 'peripheral-nervous-system' }] } } }],
    ['clinical scale', { outcomes: { clinicalScales: { scales: [{ scale: 'lequesne' }, { scale: 'koos', baseline: true }] } } }],
    ['clinical study type', { study: { clinicalStudyType: { value: 'case-report' } } }],
    ['trial status', { outcomes: { trialRegistration: { registry: 'clinicaltrials-gov', id: 'NCT05909488', status: 'not-yet-recruiting' } } }],
    ['secretome origin', { production: { origin: { value: 'purchased', supplier: 'Theratome Bio, Inc.' } } }],
    ['co-interventions', { doseAdministration: { coInterventions: { interventions: [{ procedure: 'nerve-transfer-surgery', timing: 'before' }] } } }],
    ['combination product', { production: { preparation: { value: 'cells-in-conditioned-medium' } } }],
    ['animal and patient sex', { doseAdministration: { recipients: { species: 'human', sex: ['mixed'], count: 30 } } }],
    ['timing by age', { doseAdministration: { timing: { relativeTo: 'age', offsets: [{ value: 20, unit: 'weeks' }, { value: 21, unit: 'weeks' }] } } }],
    ['a mass whose analyte is stated', { doseAdministration: { dose: { amounts: [{ range: { min: 1, max: 2 }, unit: 'mg/kg', basis: 'mass-per-body-weight', analyte: 'lyophilised-powder' }] } } }],
    ['concentration × volume', { doseAdministration: { dose: { amounts: [{ value: 1.2, unit: 'mg/mL', basis: 'mass-concentration', volume: { value: 10, unit: 'µL' } }] } } }],
  ])('%s', (_label, sections) => {
    expect(messages(doc(sections as Json))).toEqual([]);
  });

  it('an unknown word is invalid and the message offers the nearest', () => {
    expect(messages(doc({ doseAdministration: { route: { value: 'peribulbr' } } }))[0]).toContain('Did you mean "peribulbar"?');
  });

  it('every vocabulary names where its words come from (x-sources); unit spellings are the units table\'s', () => {
    const lists: unknown[] = [];
    const unsourced: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((entry, index) => walk(entry, `${path}/${index}`));
      else if (node !== null && typeof node === 'object') {
        const sources = (node as Json)['x-sources'];
        if (sources !== undefined) lists.push(sources);
        const words = (node as Json).enum;
        const units = /Unit|DoseAmount\/(properties\/unit|allOf)/.test(path);
        if (Array.isArray(words) && words.length > 2 && sources === undefined && !units) unsourced.push(path);
        for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
      }
    };
    walk(v11.schema, '#');
    expect(unsourced).toEqual([]);
    expect(lists.length).toBeGreaterThan(50);
    for (const sources of lists) expect(Array.isArray(sources) && sources.length > 0 && sources.every((s) => typeof s === 'string' && s.length > 3)).toBe(true);
  });
});

describe('schema 1.1: outcomes per arm and unscored results', () => {
  const arms = { arms: [{ id: 'iv' }, { id: 'ia' }] };
  it('outcomes.arms[] holds outcome items and results per arm, named by armId', () => {
    const outcomes = {
      arms: [
        { armId: 'iv', tests: { tests: [{ test: 'von-frey', modality: 'mechanical-allodynia' }] }, results: [{ domain: 'pain', measure: 'mechanical allodynia', test: 'von-frey', direction: 'decrease', rank: 1 }] },
        { armId: 'ia', mechanisticReadouts: NR, results: NR },
      ],
      results: [{ domain: 'biochemical', measure: 'pro-inflammatory cytokines', tissues: ['peripheral-nervous-system', 'central-nervous-system'], direction: 'decrease', timepoints: [{ value: 3, unit: 'weeks' }] }],
    };
    const document = doc({ doseAdministration: arms, outcomes });
    expect(messages(document)).toEqual([]);
    expect(v11.checkReferences(document)).toEqual([]);
  });

  it('an entry of outcomes.arms needs its armId', () => {
    expect(messages(doc({ outcomes: { arms: [{ tests: NR }] } }))).toEqual(['/outcomes/arms/0: "armId" is missing here.']);
  });

  it('an armId must name a declared arm, once', () => {
    const document = doc({ doseAdministration: arms, outcomes: { arms: [{ armId: 'vi' }, { armId: 'ia' }, { armId: 'ia' }] } });
    expect(v11.checkReferences(document).map((issue) => `${issue.pointer}: ${issue.message}`)).toEqual([
      '/outcomes/arms/0/armId: "vi" is not an arm declared in doseAdministration.arms. Did you mean "iv"? Declared: iv, ia.',
      '/outcomes/arms/2/armId: Arm "ia" has two entries in outcomes.arms; merge them.',
    ]);
  });

  it('1.0 has no outcomes per arm', () => {
    expect(v10.unitContainers.outcomes).toBeUndefined();
    expect(v11.unitContainers.outcomes).toEqual({ container: 'arms', idField: 'armId', unit: 'arm' });
  });

  it('a result with a direction that is not in the vocabulary is invalid', () => {
    expect(messages(doc({ outcomes: { results: [{ direction: 'down' }] } }))).toEqual([
      '/outcomes/results/0/direction: "down" is not accepted here. Use one of: decrease, increase, no-change, prevented, mixed.',
    ]);
  });
});

describe('versions', () => {
  it('a document\'s checklistVersion picks the version; a missing or unknown one means the latest', () => {
    expect(documentVersion({ checklistVersion: '1.0' })).toBe('1.0');
    expect(documentVersion({ checklistVersion: '1.1' })).toBe('1.1');
    for (const document of [{}, { checklistVersion: '2.0' }, { checklistVersion: 1.1 }, null, 'text']) expect(documentVersion(document)).toBe(LATEST_VERSION);
    expect(SCHEMA_VERSIONS).toEqual(['1.0', '1.1']);
  });

  it('an unknown version is one structural finding under the latest schema', () => {
    expect(messages({ checklistVersion: '2.0' })).toEqual(['/checklistVersion: Expected "1.1", found text ("2.0").']);
  });

  it('1.1 keeps every item of 1.0, under the same names, and adds three', () => {
    for (const [section, items] of Object.entries(v10.itemDefs)) expect(v11.itemDefs[section]).toMatchObject(items);
    const added = Object.entries(v11.itemDefs).flatMap(([section, items]) => Object.keys(items).filter((key) => !v10.itemDefs[section]?.[key]).map((key) => `${section}.${key}`));
    expect(added).toEqual(['study.clinicalStudyType', 'production.origin', 'doseAdministration.coInterventions']);
  });
});

/** Every 1.0 study report the project keeps: the examples (while they are 1.0) and their 1.0 originals. */
function documents10(): Array<[string, Json]> {
  const out: Array<[string, Json]> = [];
  for (const dir of ['examples', 'test/fixtures/documents-1.0']) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const name of readdirSync(join(ROOT, dir)).filter((file) => /\.(ya?ml|json)$/.test(file))) {
      const parsed = parseReportText(readFileSync(join(ROOT, dir, name), 'utf8'), { filename: name });
      if (parsed.ok && (parsed.document as Json).checklistVersion === '1.0') out.push([`${dir}/${name}`, parsed.document as Json]);
    }
  }
  return out;
}

describe('1.1 is a superset of 1.0', () => {
  const documents = documents10();
  it('there are 1.0 documents to check', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  it.each(documents)('%s is valid under 1.0, and under 1.1 with only checklistVersion changed', (_name, document) => {
    expect(v10.validateStructure(document)).toEqual([]);
    expect(v10.checkReferences(document)).toEqual([]);
    const as11 = { ...document, checklistVersion: '1.1' };
    expect(v11.validateStructure(as11)).toEqual([]);
    expect(v11.checkReferences(as11)).toEqual([]);
  });
});
