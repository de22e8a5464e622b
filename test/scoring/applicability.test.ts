/**
 * Which items apply follows the tags of the parameter set. A fact the document does not state is
 * unknown, and an item applies until a stated fact rules it out.
 */
import { describe, expect, it } from 'vitest';
import { check, ledgerOf, study } from '../helpers.js';

const applies = (document: unknown, itemId: string): boolean => ledgerOf(check(document), itemId).applicable;
const preparation = (value: string, extra: Record<string, unknown> = {}) => ({ preparation: { value }, ...extra });

describe('applicability', () => {
  describe('by study design', () => {
    it('clinical-only items apply to clinical studies and not to in-vivo ones', () => {
      for (const id of ['outcomes.trialRegistration', 'outcomes.clinicalScales', 'production.gmp', 'qualityControl.releaseSpecification', 'isolationExpansion.karyotype']) {
        expect(applies(study({ study: { design: ['clinical'] } }), id), id).toBe(true);
        expect(applies(study({ study: { design: ['in-vivo'] } }), id), id).toBe(false);
      }
    });

    it('behavioural tests, timing and recipients apply to in-vivo studies only', () => {
      for (const id of ['outcomes.tests', 'doseAdministration.timing', 'doseAdministration.recipients']) {
        expect(applies(study({ study: { design: ['in-vivo'] } }), id), id).toBe(true);
        expect(applies(study({ study: { design: ['in-vitro'] } }), id), id).toBe(false);
      }
    });

    it('in-vitro exposure applies to in-vitro studies; route and volume do not', () => {
      const inVitro = study({ study: { design: ['in-vitro'] } });
      expect(applies(inVitro, 'doseAdministration.inVitroExposure')).toBe(true);
      expect(applies(inVitro, 'doseAdministration.route')).toBe(false);
      expect(applies(inVitro, 'doseAdministration.volume')).toBe(false);
    });

    it('randomisation and blinding apply to in-vivo and clinical designs, and to a study with both in-vitro and in-vivo parts', () => {
      expect(applies(study({ study: { design: ['in-vitro', 'in-vivo'] } }), 'outcomes.randomisation')).toBe(true);
      expect(applies(study({ study: { design: ['clinical'] } }), 'outcomes.blinding')).toBe(true);
      expect(applies(study({ study: { design: ['in-vitro'] } }), 'outcomes.blinding')).toBe(false);
    });

    it('without a stated design every design-specific item applies, and the design itself is missing', () => {
      const report = check(study());
      expect(ledgerOf(report, 'outcomes.trialRegistration').applicable).toBe(true);
      expect(ledgerOf(report, 'doseAdministration.inVitroExposure').applicable).toBe(true);
      expect(ledgerOf(report, 'study.design').state).toBe('missing');
    });
  });

  describe('by preparation', () => {
    it('EV items apply when the preparation is an EV fraction', () => {
      const ev = study({ production: preparation('small-ev') });
      const cm = study({ production: preparation('concentrated-conditioned-medium') });
      for (const id of ['characterization.imaging', 'characterization.evMarkersPositive', 'characterization.evMarkersNegative', 'characterization.purity', 'production.evSeparation']) {
        expect(applies(ev, id), id).toBe(true);
        expect(applies(cm, id), id).toBe(false);
      }
    });

    it('concentration applies to conditioned medium and not to an EV fraction', () => {
      expect(applies(study({ production: preparation('conditioned-medium') }), 'production.concentration')).toBe(true);
      expect(applies(study({ production: preparation('small-ev') }), 'production.concentration')).toBe(false);
    });

    it('particle counts are essential for EVs and recommended for conditioned medium', () => {
      expect(ledgerOf(check(study({ production: preparation('small-ev') })), 'characterization.particles').level).toBe('essential');
      expect(ledgerOf(check(study({ production: preparation('conditioned-medium') })), 'characterization.particles').level).toBe('recommended');
    });

    it('a commercial product is classed by the fractions it declares', () => {
      const product = (fractions?: string[]) => study({ production: preparation('commercial-product', fractions ? { preparation: { value: 'commercial-product', productName: 'ExoProduct', fractions } } : { preparation: { value: 'commercial-product', productName: 'ExoProduct' } }) });
      expect(applies(product(['ev']), 'characterization.imaging')).toBe(true);
      expect(applies(product(['soluble']), 'characterization.imaging')).toBe(false);
      // Undeclared fractions: unknown, so the EV items still apply.
      expect(applies(product(), 'characterization.imaging')).toBe(true);
    });

    it('priming conditions apply only when priming was applied', () => {
      expect(applies(study({ production: { priming: { applied: true } } }), 'production.primingConditions')).toBe(true);
      expect(applies(study({ production: { priming: { applied: false } } }), 'production.primingConditions')).toBe(false);
    });
  });

  describe('by storage', () => {
    it('storage.temperature is not required when the secretome was used fresh', () => {
      const fresh = check(study({ storage: { form: { value: 'fresh' } } }));
      expect(ledgerOf(fresh, 'storage.temperature')).toMatchObject({ applicable: false, reason: 'not applicable: the preparation was used fresh, without storage' });
      expect(ledgerOf(fresh, 'storage.duration').applicable).toBe(false);
      expect(ledgerOf(fresh, 'storage.freezeThaw').applicable).toBe(false);
      expect(ledgerOf(check(study({ storage: { form: { value: 'frozen' } } })), 'storage.temperature').applicable).toBe(true);
    });

    it('excipient becomes essential and reconstitution applies when the preparation is lyophilised', () => {
      const lyo = check(study({ storage: { form: { value: 'lyophilised' } } }));
      expect(ledgerOf(lyo, 'storage.excipient').level).toBe('essential');
      expect(ledgerOf(lyo, 'storage.reconstitution').applicable).toBe(true);
      const frozen = check(study({ storage: { form: { value: 'frozen' } }, production: preparation('small-ev') }));
      expect(ledgerOf(frozen, 'storage.excipient').level).toBe('recommended');
      expect(ledgerOf(frozen, 'storage.reconstitution').applicable).toBe(false);
    });
  });

  it('ethics approval applies when the cells are human', () => {
    expect(applies(study({ cellSource: { species: { value: 'human' } } }), 'cellSource.ethics')).toBe(true);
    expect(applies(study({ cellSource: { species: { value: 'rat' } } }), 'cellSource.ethics')).toBe(false);
  });

  it('a carrier item applies when a carrier is used or the route implants one', () => {
    const arm = (extra: Record<string, unknown>) => study({ doseAdministration: { route: { value: 'intrathecal' }, ...extra } });
    expect(applies(arm({}), 'doseAdministration.carrier')).toBe(false);
    expect(applies(study({ doseAdministration: { route: { value: 'implanted-biomaterial' } } }), 'doseAdministration.carrier')).toBe(true);
    expect(check(arm({ carrier: { used: true } })).findings.some((f) => f.itemId === 'doseAdministration.carrier' && f.status === 'invalid')).toBe(true);
  });

  it('donors, sterility and stability become essential in clinical studies', () => {
    const clinical = check(study({ study: { design: ['clinical'] }, storage: { form: { value: 'frozen' } } }));
    for (const id of ['cellSource.donors', 'qualityControl.sterility', 'storage.stability']) expect(ledgerOf(clinical, id).level, id).toBe('essential');
    const preclinical = check(study({ study: { design: ['in-vivo'] } }));
    for (const id of ['cellSource.donors', 'qualityControl.sterility']) expect(ledgerOf(preclinical, id).level, id).toBe('recommended');
  });
});
