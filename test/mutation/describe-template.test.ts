/** Conditions in words (for `explain`) and the commented template (for `init`), word for word. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinChecklist } from '../../src/checklist/checklist.js';
import { describeCondition } from '../../src/checklist/describe.js';
import { buildTemplate } from '../../src/checklist/template.js';
import { validate } from '../../src/validator.js';

describe('conditions in words', () => {
  it('each fact and each operator', () => {
    expect(describeCondition(undefined)).toBe('always');
    expect(describeCondition({ fact: 'design', includes: 'clinical' })).toBe('the study design includes clinical');
    expect(describeCondition({ fact: 'species', in: ['human', 'rat'] })).toBe('the donor species is one of human, rat');
    expect(describeCondition({ fact: 'preparation.isEvFraction', equals: true })).toBe('the preparation is an EV fraction');
    expect(describeCondition({ fact: 'preparation.primed', equals: false })).toBe('not: the cells were primed');
    expect(describeCondition({ fact: 'preparation.storageForm', equals: 'fresh' })).toBe('the storage form is fresh');
    expect(describeCondition({ fact: 'arm.route', equals: 3 })).toBe('the route is 3');
    expect(describeCondition({ not: { fact: 'preparation.lyophilised', equals: true } })).toBe('unless the preparation is lyophilised');
    expect(describeCondition({ all: [{ fact: 'arm.carrierUsed', equals: true }, { fact: 'preparation.type', equals: 'small-ev' }] })).toBe(
      'a carrier (hydrogel, scaffold) is used and the preparation is small-ev',
    );
    expect(describeCondition({ any: [{ fact: 'preparation.isConditionedMedium', equals: true }, { fact: 'design', includes: 'in-vitro' }] })).toBe(
      'the preparation is (whole, concentrated, EV-depleted or lyophilised) conditioned medium or the study design includes in-vitro',
    );
  });

  it('every fact has words', () => {
    for (const fact of ['design', 'species', 'preparation.type', 'preparation.isEvFraction', 'preparation.isConditionedMedium', 'preparation.primed', 'preparation.storageForm', 'preparation.lyophilised', 'arm.route', 'arm.carrierUsed'] as const) {
      const words = describeCondition({ fact, equals: 'x' });
      expect(words, fact).toMatch(/^(the|a) [a-z(]/);
      expect(words.endsWith(' is x'), fact).toBe(true);
    }
  });
});

describe('the template', () => {
  // Built inside each test: work done outside a test would make Stryker treat its mutants as static.
  const evTemplate = (): string => buildTemplate(['in-vivo'], 'ev', '1.0');

  it('starts with what it is for, and the one uncommented line', () => {
    const template = evTemplate();
    const lines = template.split('\n');
    expect(lines[0]).toBe('# MSC-secretome study report: template for checklist 1.0 (design: in-vivo; preparation: small-ev).');
    expect(lines[1]).toBe('# Uncomment each item and replace the example with what the study reports. Any item may instead be');
    expect(lines[2]).toBe('#   { notApplicable: "why it does not apply" }  or  { notReported: true }  (checked: the paper does not say),');
    expect(lines[3]).toBe('# Any item may carry where: "Methods 2.3" (the manuscript location).');
    expect(lines[4]).toBe('# Several preparations: list them in production.preparations; several arms: doseAdministration.arms.');
    expect(lines[5]).toBe('# Check it with: secretome-checklist check <this file>');
    expect(lines[6]).toBe('checklistVersion: "1.0"');
    expect(lines.filter((line) => line !== '' && !line.startsWith('#'))).toEqual(['checklistVersion: "1.0"']);
    expect(template.endsWith('\n')).toBe(true);
    expect(template.endsWith('\n\n')).toBe(false);
  });

  it('names each section, then each applicable item with its title, level, hint and example in YAML flow style', () => {
    const template = evTemplate();
    expect(template).toContain('\n\n# ── Storage ──\n# storage:\n');
    expect(template).toContain('#   # Storage temperature (essential). State the storage temperature (e.g. −80 °C) in °C.\n#   temperature: {value: -80, unit: "°C"}\n');
    // The design and the preparation are the ones asked for, not the items' examples.
    expect(template).toContain('#   design: ["in-vivo"]\n');
    expect(template).toContain('#   preparation: {value: "small-ev"}\n');
    expect(buildTemplate(['in-vitro', 'clinical'], 'whole', '1.0')).toContain('#   design: ["in-vitro", "clinical"]\n');
    expect(buildTemplate(['in-vitro'], 'ev-depleted', '1.0')).toContain('#   preparation: {value: "ev-depleted-conditioned-medium"}\n');
  });

  it('is for the latest checklist unless a version is asked for', () => {
    expect(buildTemplate(['in-vivo'], 'ev').split('\n')[0]).toBe('# MSC-secretome study report: template for checklist 1.1 (design: in-vivo; preparation: small-ev).');
    expect(buildTemplate(['in-vivo'], 'ev')).toContain('\nchecklistVersion: "1.1"\n');
  });

  it.each(['1.0', '1.1'] as const)('uncommented, a %s template is a structurally valid document holding every applicable item, without the derived ones', (version) => {
    for (const [design, fraction] of [[['in-vivo'], 'ev'], [['in-vitro'], 'whole'], [['clinical'], 'ev-depleted']] as const) {
      const text = buildTemplate([...design], fraction, version)
        .split('\n')
        .filter((line) => /^# [A-Za-z]+:$/.test(line) || /^# {3}[A-Za-z0-9]+: /.test(line))
        .map((line) => line.slice(2))
        .join('\n');
      const document = parse(`checklistVersion: "${version}"\n${text}\n`) as Record<string, unknown>;
      const report = validate(document, { ledger: true });
      expect(report.valid, `${design} ${fraction}: ${JSON.stringify(report.findings.filter((f) => f.status === 'invalid'))}`).toBe(true);
      const applicable = (report.ledger ?? []).filter((entry) => entry.applicable && entry.state !== 'value').map((entry) => entry.itemId);
      // Only items with a satisfaction rule beyond a value (doseBases) stay unsatisfied.
      const derived = builtinChecklist(version).items.filter((item) => item.satisfiedWhen).map((item) => item.id);
      expect(applicable.filter((id) => !derived.includes(id))).toEqual([]);
      expect(text).not.toMatch(/^ {2}doseBases:/m);
    }
  });

  it('leaves out items that do not apply to the design and fraction, and sections with nothing left', () => {
    const template = evTemplate();
    const vitro = buildTemplate(['in-vitro'], 'whole');
    expect(vitro).not.toContain('# ── Dose and administration ──\n# doseAdministration:\n#   # Route');
    expect(vitro).not.toContain('trialRegistration:');
    expect(buildTemplate(['clinical'], 'whole')).toContain('trialRegistration:');
    expect(vitro).not.toContain('evMarkersPositive:');
    expect(template).toContain('evMarkersPositive:');
    expect(template.match(/^# ── /gm)?.length).toBe(9);
  });
});
