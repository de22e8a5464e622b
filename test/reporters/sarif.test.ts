import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { artifactUri, sarifReporter, type SarifLog } from '../../src/reporters/sarif.js';
import { BATCH, EV_STUDY, ITEMS, MOUSE_STUDY, STDIN_STUDY, options } from './fixtures.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
// The official schema, carried in the repository (its source and licence: test/fixtures/sarif/README.md).
const SCHEMA_PATH = path.resolve(__dirname, '../fixtures/sarif/sarif-schema-2.1.0.json');

function sarif(reports: Report[], overrides = {}): SarifLog {
  return JSON.parse(sarifReporter(reports, options(overrides))) as SarifLog;
}

describe('sarif reporter', () => {
  describe('validates against the official SARIF 2.1.0 schema', () => {
    // The schema is draft-07; ajv-formats is not installed, so formats (uri, date-time) are not checked.
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(
      JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object,
    );

    it.each([
      ['a single report', [MOUSE_STUDY]],
      ['a batch of three reports', BATCH],
      ['a report without findings', [{ ...EV_STUDY, findings: [] }]],
      ['no reports at all', []],
    ])('%s', (_name, reports) => {
      const log = sarif(reports as Report[]);
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  });

  it('writes one run of tool secretome-checklist with the package version and no informationUri', () => {
    const log = sarif(BATCH, { batch: true, toolVersion: '1.2.3' });
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('secretome-checklist');
    expect(driver.version).toBe('1.2.3');
    expect(driver).not.toHaveProperty('informationUri');
  });

  it('has one rule per checklist item, in checklist order, plus a rule for structural problems', () => {
    const rules = sarif([MOUSE_STUDY]).runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...ITEMS.map((i) => i.id), 'document']);
    const temperature = rules.find((r) => r.id === 'storage.temperature')!;
    expect(temperature.name).toBe('StorageTemperature');
    expect(temperature.shortDescription.text).toBe('Storage temperature');
    expect(temperature.fullDescription.text).toContain('storage temperature');
    expect(temperature.help.text).toContain('State the storage temperature');
    expect(temperature.properties).toMatchObject({ section: 'storage', level: 'essential' });
    expect(temperature.properties.sources).toContain('MISEV2023 §5 (storage conditions)');
  });

  it('maps essential items to error and recommended items to warning', () => {
    const rules = sarif([MOUSE_STUDY]).runs[0].tool.driver.rules;
    expect(rules.find((r) => r.id === 'storage.temperature')!.defaultConfiguration.level).toBe('error');
    expect(rules.find((r) => r.id === 'storage.container')!.defaultConfiguration.level).toBe('warning');
  });

  it('gives every finding a result whose ruleIndex points at its rule', () => {
    const run = sarif(BATCH, { batch: true }).runs[0];
    const findings = BATCH.flatMap((r) => r.findings);
    expect(run.results).toHaveLength(findings.length);
    run.results.forEach((result, i) => {
      expect(result.ruleId).toBe(findings[i]!.itemId);
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.message.text).toBe(findings[i]!.message);
    });
  });

  it('locates a finding by file (forward slashes, relative as given), line and column', () => {
    const results = sarif(BATCH, { batch: true }).runs[0].results;
    const temperature = results.find((r) => r.ruleId === 'storage.temperature')!;
    expect(temperature.level).toBe('error');
    expect(temperature.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'studies/amodeo-2025-neuropathy.yaml' },
          region: { startLine: 41, startColumn: 7 },
        },
      },
    ]);
    const endotoxin = results.find((r) => r.ruleId === 'qualityControl.endotoxin')!;
    expect(endotoxin.level).toBe('warning');
    expect(endotoxin.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('studies/lab-b/ev-fraction%202023.json');
  });

  it('omits the region when a finding has no location, and the location when the report has no file', () => {
    const results = sarif(BATCH, { batch: true }).runs[0].results;
    const donorAge = results.find((r) => r.ruleId === 'cellSource.donorAge')!;
    expect(donorAge.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'studies/amodeo-2025-neuropathy.yaml' },
    });
    const structural = results.find((r) => r.ruleId === 'document')!;
    expect(structural).not.toHaveProperty('locations');
    expect(structural.properties).toMatchObject({ document: 'document 3', pointer: '/doseAdministration/arms/0/dose/value' });
  });

  it('marks a declared exclusion as kind notApplicable with level none', () => {
    const reconstitution = sarif([MOUSE_STUDY]).runs[0].results.find((r) => r.ruleId === 'storage.reconstitution')!;
    expect(reconstitution.kind).toBe('notApplicable');
    expect(reconstitution.level).toBe('none');
  });

  it('adds a rule for an item the options do not list, so every result has a rule', () => {
    const custom: Report = {
      ...STDIN_STUDY,
      findings: [{ ...STDIN_STUDY.findings[1]!, itemId: 'study.ethicsApproval', message: 'Ethics approval is not reported.' }],
    };
    const run = sarif([custom]).runs[0];
    const result = run.results[0]!;
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe('study.ethicsApproval');
  });

  it('turns file paths into URI references', () => {
    expect(artifactUri('studies/a.yaml')).toBe('studies/a.yaml');
    expect(artifactUri('studies\\b.yaml')).toBe('studies/b.yaml');
    expect(artifactUri('C:\\data\\c.yaml')).toBe('file:///C:/data/c.yaml');
    expect(artifactUri('notes #1/d?.yaml')).toBe('notes%20%231/d%3F.yaml');
  });

  it('is pretty-printed JSON with a trailing newline', () => {
    const out = sarifReporter([MOUSE_STUDY], options());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "version": "2.1.0"');
  });
});
