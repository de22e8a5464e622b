/**
 * One silent fact is one gap. When a gating fact (priming, storage form, preparation type, design, …) is
 * not stated, or stated invalidly, the items that depend on it wait (deferred: not counted, no finding);
 * the finding of the item that states the fact lists them (`unlocks`) and says what will then be needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/io/parse.js';
import { ROOT } from '../helpers.js';
import { check, findingsOf, inVivo, ledgerOf, onlyFinding, study11 } from './documents-1.1.js';

describe('an unknown gate costs exactly one finding, which lists what it unlocks', () => {
  it('priming not stated: the priming finding names "Priming conditions"; the conditions are not flagged', () => {
    const report = check(inVivo({ production: { preparation: { value: 'conditioned-medium' } } }));
    const priming = onlyFinding(report, 'production.priming');
    expect(priming.status).toBe('missing');
    expect(priming.unlocks).toEqual(['production.primingConditions']);
    expect(priming.message).toMatch(/Once stated, these may apply: Priming conditions\.$/);
    expect(findingsOf(report, 'production.primingConditions')).toEqual([]);
    expect(ledgerOf(report, 'production.primingConditions')).toMatchObject({ applicable: false, deferred: true, reason: 'waits until the document states the cells were primed' });
  });

  it('storage form not stated: one storage finding, listing reconstitution and freeze–thaw among what it unlocks', () => {
    const report = check(inVivo({ production: { preparation: { value: 'conditioned-medium' } } }));
    const storage = report.findings.filter((finding) => finding.section === 'storage');
    expect(storage.map((finding) => finding.itemId)).toEqual(['storage.form']);
    expect(storage[0]!.unlocks).toEqual(expect.arrayContaining(['storage.reconstitution', 'storage.freezeThaw', 'storage.temperature']));
  });

  it('preparation type not stated: neither the EV-only nor the conditioned-medium-only items are flagged; the preparation finding names both', () => {
    const report = check(inVivo({}));
    const preparation = onlyFinding(report, 'production.preparation');
    expect(preparation.unlocks).toEqual(expect.arrayContaining(['production.concentration', 'production.evSeparation', 'characterization.evMarkersPositive']));
    for (const itemId of ['production.concentration', 'production.evSeparation', 'characterization.evMarkersPositive', 'characterization.purity']) {
      expect(findingsOf(report, itemId), itemId).toEqual([]);
    }
  });

  it('design not stated: the design finding names the design-dependent items, which are not flagged', () => {
    const report = check(study11({}));
    const design = onlyFinding(report, 'study.design');
    expect(design.unlocks).toEqual(expect.arrayContaining(['doseAdministration.route', 'outcomes.clinicalScales', 'doseAdministration.inVitroExposure']));
    expect(findingsOf(report, 'outcomes.clinicalScales')).toEqual([]);
    expect(findingsOf(report, 'doseAdministration.route')).toEqual([]);
  });

  it('a gate that waits itself passes on what waits for it: with no design, the design finding also names the carrier (which waits for the route)', () => {
    const report = check(study11({}));
    expect(findingsOf(report, 'doseAdministration.route')).toEqual([]);
    expect(onlyFinding(report, 'study.design').unlocks).toEqual(expect.arrayContaining(['doseAdministration.route', 'doseAdministration.carrier']));
  });

  it('per preparation: only the preparation whose priming is unknown lists the conditions', () => {
    const report = check(
      inVivo({
        production: {
          preparation: { value: 'conditioned-medium' },
          preparations: [
            { id: 'naive', priming: { applied: false } },
            { id: 'unknown' },
          ],
        },
      }),
    );
    const priming = onlyFinding(report, 'production.priming');
    expect(priming).toMatchObject({ pointer: '/production/preparations/1/priming', unlocks: ['production.primingConditions'] });
    expect(ledgerOf(report, 'production.primingConditions').units?.map((unit) => [unit.applies, unit.deferred])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('once the fact is stated, the items it unlocked count (and are in the ledger), and the gate lists nothing', () => {
    const report = check(inVivo({ production: { preparation: { value: 'conditioned-medium' }, priming: { applied: true } } }));
    expect(findingsOf(report, 'production.priming')).toEqual([]);
    expect(onlyFinding(report, 'production.primingConditions').status).toBe('missing');
    expect(ledgerOf(report, 'production.primingConditions')).toMatchObject({ applicable: true, deferred: false });
  });

  it('a value given for an item that definitely does not apply counts with full credit and asks for no details', () => {
    const excipient = { substances: [{ name: 'trehalose' }] };
    const report = check(inVivo({ production: { preparation: { value: 'conditioned-medium' } }, storage: { form: { value: 'fresh' }, excipient } }));
    expect(ledgerOf(report, 'storage.excipient')).toMatchObject({ applicable: true, state: 'value', credit: 1, satisfied: true });
    expect(ledgerOf(report, 'storage.excipient').reason).toMatch(/^counted because it is reported/);
    expect(findingsOf(report, 'storage.excipient')).toEqual([]);
  });

  it('a value given while its gate is unknown counts with its detail credit and findings; stating the gate keeps or raises that credit', () => {
    const excipient = { substances: [{ name: 'trehalose' }] };
    const withForm = (form?: string) =>
      check(inVivo({ production: { preparation: { value: 'conditioned-medium' } }, storage: { ...(form ? { form: { value: form } } : {}), excipient } }));
    const unknown = withForm();
    const credit = ledgerOf(unknown, 'storage.excipient').credit;
    expect(ledgerOf(unknown, 'storage.excipient')).toMatchObject({ applicable: true, state: 'incomplete', deferred: false });
    expect(credit).toBeLessThan(1);
    expect(onlyFinding(unknown, 'storage.excipient').missingDetails).toEqual(['the concentration of each substance']);
    // Frozen: the item applies, the same credit. Fresh: it does not, full credit.
    expect(ledgerOf(withForm('frozen'), 'storage.excipient').credit).toBe(credit);
    expect(ledgerOf(withForm('fresh'), 'storage.excipient').credit).toBe(1);
  });

  it('a value reported for a deferred item still counts', () => {
    const conditions = { stimuli: [{ type: 'hypoxia', oxygenPercent: 1, duration: { value: 24, unit: 'h' } }] };
    const report = check(inVivo({ production: { preparation: { value: 'conditioned-medium' }, primingConditions: conditions } }));
    expect(ledgerOf(report, 'production.primingConditions')).toMatchObject({ applicable: true, satisfied: true, deferred: false });
    expect(onlyFinding(report, 'production.priming').unlocks).toBeUndefined();
  });
});

describe('a malformed gate is an unknown fact (issue 12 point 8)', () => {
  it('`design: in-vivo` (text, not a list) is one invalid finding that suggests `design: [in-vivo]`', () => {
    const report = check(inVivo({ study: { design: 'in-vivo' } }));
    const design = onlyFinding(report, 'study.design');
    expect(design.status).toBe('invalid');
    expect(design.message).toContain('design: [in-vivo]');
    expect(design.unlocks).toEqual(expect.arrayContaining(['outcomes.clinicalScales', 'doseAdministration.route']));
    expect(findingsOf(report, 'outcomes.clinicalScales')).toEqual([]);
  });

  it('a complete 1.0 study with `design: in-vivo` gets one finding, not eight spurious clinical ones', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/documents-1.0/complete-in-vivo-ev.yaml'), 'utf8').replace('design: [in-vivo]', 'design: in-vivo');
    const parsed = parseReportText(text, { filename: 'complete-in-vivo-ev.yaml' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const report = check(parsed.document);
    expect(report.checklist.version).toBe('1.0');
    const problems = report.findings.filter((finding) => finding.status !== 'not-applicable');
    expect(problems.map((finding) => `${finding.status} ${finding.itemId}`)).toEqual(['invalid study.design']);
    expect(problems[0]!.message).toContain('design: [in-vivo]');
    expect(problems[0]!.unlocks).toEqual(expect.arrayContaining(['production.gmp', 'isolationExpansion.karyotype']));
  });

  it('a storage form with a misspelt word leaves temperature and duration waiting for it', () => {
    const report = check(inVivo({ production: { preparation: { value: 'conditioned-medium' } }, storage: { form: { value: 'frozn' } } }));
    const form = onlyFinding(report, 'storage.form');
    expect(form.status).toBe('invalid');
    expect(form.unlocks).toEqual(expect.arrayContaining(['storage.temperature', 'storage.duration']));
    expect(findingsOf(report, 'storage.temperature')).toEqual([]);
  });

  it('in 1.0 an unstated gate still applies its items, as it always did', () => {
    const report = check({ checklistVersion: '1.0', study: { design: ['in-vivo'] } });
    expect(findingsOf(report, 'production.primingConditions').map((finding) => finding.status)).toEqual(['missing']);
    expect(findingsOf(report, 'production.priming')[0]?.unlocks).toBeUndefined();
  });
});
