/** The workbook layout is generated from the schema and the checklist: it has a place for every field. */
import { describe, expect, it } from 'vitest';
import { builtinChecklist, itemPath } from '../../src/checklist/checklist.js';
import { SCHEMA_VERSIONS, SCHEMAS } from '../../src/schema/versions.js';
import { workbookLayout } from '../../src/tabular/layout.js';
import { readYaml } from '../../src/tabular/cells.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import type { Column } from '../../src/tabular/types.js';

type Json = Record<string, unknown>;

function columns(version: (typeof SCHEMA_VERSIONS)[number], sheet: string): Column[] {
  return workbookLayout(version).sheets.find((candidate) => candidate.name === sheet)!.columns;
}
const byKey = (list: Column[], key: string): Column => {
  const found = list.find((column) => column.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
};

describe.each(SCHEMA_VERSIONS)('the layout of checklist %s', (version) => {
  const schema = SCHEMAS[version].schema as Json;
  const properties = schema.properties as Record<string, Json>;
  const containers = SCHEMAS[version].unitContainers;
  const sheets = { studies: columns(version, 'Studies'), preparations: columns(version, 'Preparations'), arms: columns(version, 'Arms') };

  it('has the sheets Studies, Preparations and Arms, each starting with studyId and ending with the extra-fields column', () => {
    expect(workbookLayout(version).sheets.map((sheet) => sheet.name)).toEqual(['Studies', 'Preparations', 'Arms']);
    for (const list of Object.values(sheets)) {
      expect(list[0]!.key).toBe('studyId');
      expect(list.at(-1)!.key).toBe('extra');
    }
    expect(sheets.preparations[1]!.key).toBe('preparationId');
    expect(sheets.arms[1]!.key).toBe('armId');
  });

  it('gives every section-level field of the schema a column on Studies', () => {
    for (const [section, node] of Object.entries(properties)) {
      const fields = Object.keys((node.properties ?? {}) as Json).filter((key) => key !== containers[section]?.container);
      for (const field of fields) expect(sheets.studies.some((column) => column.key === `${section}.${field}` || column.key.startsWith(`${section}.${field}.`)), `${section}.${field}`).toBe(true);
    }
  });

  it('gives every field of a preparation entry a column on Preparations, and of an arm entry on Arms', () => {
    for (const [section, container] of Object.entries(containers)) {
      const list = ((properties[section]!.properties as Record<string, Json>)[container.container]!.items as Json).properties as Json;
      const target = container.unit === 'preparation' ? sheets.preparations : sheets.arms;
      for (const field of Object.keys(list).filter((key) => key !== container.idField)) {
        expect(target.some((column) => column.key === `${section}.${field}` || column.key.startsWith(`${section}.${field}.`)), `${section}.${field}`).toBe(true);
      }
    }
  });

  it('names each column of a checklist item by the item: its id, title, level and hint', () => {
    for (const item of builtinChecklist(version).items) {
      const [first] = itemPath(item);
      const itemColumns = sheets.studies.filter((column) => column.key === `${item.section}.${first}` || column.key.startsWith(`${item.section}.${first}.`));
      expect(itemColumns.length, item.id).toBeGreaterThan(0);
      const own = itemColumns.filter((column) => column.itemId === item.id);
      // An item inside a list of objects (the bases of a dose's amounts) shares that list's YAML cell.
      const path = itemPath(item);
      const holder = itemColumns.find((column) => column.kind === 'yaml' && path.join('.').startsWith(column.key.slice(item.section.length + 1)));
      // Two items on one field (the dose and its bases) name the column by the first.
      const sharing = builtinChecklist(version).items.find((other) => other.section === item.section && itemPath(other).join('/') === path.join('/'));
      expect(own.length > 0 || (holder !== undefined && path.includes('*')) || (sharing !== item && itemColumns.some((column) => column.itemId === sharing?.id)), item.id).toBe(true);
      for (const column of own) {
        expect(column.title.startsWith(item.title)).toBe(true);
        expect(column.level).toBe(item.level);
        expect(column.hint).toBe(item.hint);
      }
    }
  });

  it('has unique keys and unique titles on each sheet (titles can stand in for keys)', () => {
    for (const list of Object.values(sheets)) {
      expect(new Set(list.map((column) => column.key)).size).toBe(list.length);
      expect(new Set(list.map((column) => column.title.toLowerCase())).size).toBe(list.length);
    }
  });
});

describe('columns carry what the schema says about their field', () => {
  const studies = columns('1.1', 'Studies');
  const defs = (SCHEMAS['1.1'].schema as Json).$defs as Record<string, Json>;

  it('a vocabulary is the schema enum, "other" included', () => {
    const form = byKey(studies, 'storage.form.value');
    expect(form.kind).toBe('choice');
    expect(form.vocabulary).toEqual(['fresh', 'frozen', 'lyophilised', 'refrigerated', 'other']);
  });

  it('a value with a unit beside it names the units, and the unit column offers them', () => {
    const value = byKey(studies, 'storage.temperature.value');
    const unit = byKey(studies, 'storage.temperature.unit');
    expect(value.kind).toBe('number');
    expect(unit.kind).toBe('unit');
    expect(unit.vocabulary).toEqual(defs.TemperatureUnit!.enum);
    expect(value.units).toEqual(unit.vocabulary);
  });

  it('a detail that can be not reported says so; where and note cannot', () => {
    expect(byKey(studies, 'storage.temperature.value').states).toBe(true);
    expect(byKey(studies, 'storage.temperature.where').states).toBe(false);
    expect(byKey(studies, 'storage.temperature.note').rare).toBe(true);
  });

  it('a list of plain values is a list column; a list of objects is one YAML cell', () => {
    expect(byKey(studies, 'study.design')).toMatchObject({ kind: 'list', itemKind: 'choice', vocabulary: ['in-vivo', 'in-vitro', 'clinical'] });
    expect(byKey(studies, 'outcomes.tests.tests').kind).toBe('yaml');
    expect(byKey(columns('1.1', 'Arms'), 'doseAdministration.dose.amounts').kind).toBe('yaml');
  });

  it('titles read as the item, then the field: "Storage temperature · value"', () => {
    expect(byKey(studies, 'storage.temperature.value').title).toBe('Storage temperature · value');
    expect(byKey(studies, 'cellSource.donors.ageYears.min').title).toBe('Donors · age years · min');
    expect(byKey(studies, 'study.citation.doi').title).toBe('Citation · DOI');
  });

  it('every YAML column sketches its own shape from the schema, as YAML flow the reader accepts', () => {
    const yamlColumns = ['Studies', 'Preparations', 'Arms'].flatMap((name) => columns('1.1', name)).filter((column) => column.kind === 'yaml');
    expect(yamlColumns.length).toBeGreaterThan(10);
    for (const column of yamlColumns) {
      expect(column.shape, column.key).toMatch(/^\[\{ /);
      expect(readYaml(column.shape!, DEFAULT_LIMITS).ok, `${column.key}: ${column.shape}`).toBe(true);
    }
    expect(byKey(studies, 'doseAdministration.dose.amounts').shape).toMatch(/^\[\{ value: 1, unit: .*basis: .*per: administration/);
    expect(byKey(studies, 'isolationExpansion.identity.positiveMarkers').shape).toBe('[{ marker: text, percent: 1 }, …]');
    expect(byKey(studies, 'storage.excipient.substances').shape).toContain('unit: "%"');
  });

  it('abbreviations in titles are written as biologists write them: MWCO, RRID, SD', () => {
    expect(byKey(studies, 'production.concentration.mwco.value').title).toBe('Concentration method · MWCO · value');
    expect(byKey(studies, 'cellSource.provider.rrid').title).toBe('Cell provider · RRID');
  });

  it('each item reads its fields first, then where, then note (fields added in 1.1 do not trail behind the note)', () => {
    const keys = studies.map((column) => column.key);
    for (const item of ['storage.form', 'doseAdministration.route', 'doseAdministration.recipients', 'outcomes.trialRegistration', 'cellSource.donors']) {
      const own = keys.filter((key) => key.startsWith(`${item}.`));
      expect(own.slice(-2), item).toEqual([`${item}.where`, `${item}.note`]);
    }
    expect(keys.filter((key) => key.startsWith('study.')).slice(-2)).toEqual(['study.where', 'study.note']);
  });
});
