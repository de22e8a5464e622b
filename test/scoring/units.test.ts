/** Several preparations and treatment arms: an item needed per unit is satisfied only when every unit reports it. */
import { describe, expect, it } from 'vitest';
import { check, findingsOf, ledgerOf, study } from '../helpers.js';

const volume = { volume: { value: 10, unit: 'µL' } };

describe('treatment arms', () => {
  it('the finding names the arm that lacks a value', () => {
    const report = check(study({ study: { design: ['in-vivo'] }, doseAdministration: { arms: [{ id: 'low', volume }, { id: 'mid', volume }, { id: 'high', label: 'high dose' }] } }));
    expect(findingsOf(report, 'doseAdministration.volume')).toMatchObject([
      { status: 'missing', pointer: '/doseAdministration/arms/2/volume', message: 'Administered volume: not reported in arm 3 ("high dose").' },
    ]);
    expect(ledgerOf(report, 'doseAdministration.volume').satisfied).toBe(false);
  });

  it('a section-level value applies to every arm', () => {
    const report = check(study({ study: { design: ['in-vivo'] }, doseAdministration: { volume, arms: [{ id: 'low' }, { id: 'high' }] } }));
    expect(ledgerOf(report, 'doseAdministration.volume')).toMatchObject({ satisfied: true, units: [{ unit: 'arm 1 (low)', state: 'value' }, { unit: 'arm 2 (high)', state: 'value' }] });
  });

  it('each declared arm that lacks a value gets its own finding, at the place in that arm', () => {
    const findings = findingsOf(check(study({ study: { design: ['in-vivo'] }, doseAdministration: { arms: [{ id: 'a' }, { id: 'b' }] } })), 'doseAdministration.route');
    expect(findings.map((finding) => finding.pointer)).toEqual(['/doseAdministration/arms/0/route', '/doseAdministration/arms/1/route']);
  });

  it('an arm takes the facts of the preparation it received', () => {
    const document = study({
      production: { preparations: [{ id: 'ev', preparation: { value: 'small-ev' } }, { id: 'cm', preparation: { value: 'conditioned-medium' } }] },
      doseAdministration: { route: { value: 'intrathecal' }, arms: [{ id: 'a', preparationId: 'ev' }, { id: 'b', preparationId: 'cm' }] },
    });
    expect(ledgerOf(check(document), 'doseAdministration.carrier').applicable).toBe(false);
  });

  it('a preparationId that names no declared preparation is invalid, with a suggestion', () => {
    const report = check(study({ production: { preparations: [{ id: 'ev' }] }, doseAdministration: { arms: [{ id: 'a', preparationId: 'evs' }] } }));
    expect(report.valid).toBe(false);
    expect(report.findings.find((f) => f.pointer === '/doseAdministration/arms/0/preparationId')?.message).toBe(
      '"evs" is not a preparation declared in production.preparations. Did you mean "ev"? Declared: ev.',
    );
  });
});

describe('preparations', () => {
  const twoPreparations = (storage: Record<string, unknown>) =>
    study({ production: { preparations: [{ id: 'cm', preparation: { value: 'conditioned-medium' } }, { id: 'ev', preparation: { value: 'small-ev' } }] }, storage });

  it('per-preparation overrides take precedence over the shared section value', () => {
    const report = check(twoPreparations({ form: { value: 'frozen' }, temperature: { value: -80, unit: '°C' }, preparations: [{ preparationId: 'cm', form: { value: 'fresh' } }] }));
    expect(ledgerOf(report, 'storage.temperature').units).toMatchObject([
      { unit: 'preparation 1 (cm)', applies: false },
      { unit: 'preparation 2 (ev)', applies: true, state: 'value' },
    ]);
  });

  it('EV items are asked of the EV preparation only', () => {
    const report = check(twoPreparations({}));
    expect(findingsOf(report, 'characterization.imaging')).toMatchObject([{ message: 'Single-vesicle imaging: not reported for preparation 2 ("ev").' }]);
  });

  it('preparations that all lack a shared value give one finding naming them all', () => {
    const findings = findingsOf(check(twoPreparations({})), 'storage.form');
    expect(findings).toMatchObject([{ pointer: '/storage/form', message: 'Storage form: not reported for preparation 1 ("cm"), preparation 2 ("ev").' }]);
  });

  it('an item is satisfied only when every preparation it applies to reports it', () => {
    const report = check(twoPreparations({ preparations: [{ preparationId: 'ev', form: { value: 'frozen' } }] }));
    expect(ledgerOf(report, 'storage.form').satisfied).toBe(false);
    expect(findingsOf(report, 'storage.form')).toMatchObject([{ pointer: '/storage/form', message: 'Storage form: not reported for preparation 1 ("cm").' }]);
  });
});
