/**
 * The applicability mistakes of checklist 1.0 that 1.1 fixes (issue #10), one test each, plus the new
 * fact `preparation.isSeparatedEvFraction`.
 */
import { describe, expect, it } from 'vitest';
import { check, inVivo, ledgerOf, study11 } from './documents-1.1.js';

const conditionedMedium = { preparation: { value: 'conditioned-medium' } };
const stored = (form: string) => check(inVivo({ production: conditionedMedium, storage: { form: { value: form } } }));

describe('storage', () => {
  it('storage.excipient is not required when the secretome was used fresh', () => {
    expect(ledgerOf(stored('fresh'), 'storage.excipient').applicable).toBe(false);
    expect(ledgerOf(stored('frozen'), 'storage.excipient').applicable).toBe(true);
  });

  it('storage.freezeThaw applies only to frozen preparations: not lyophilised, fresh or refrigerated ones', () => {
    expect(ledgerOf(stored('frozen'), 'storage.freezeThaw').applicable).toBe(true);
    for (const form of ['lyophilised', 'fresh', 'refrigerated']) expect(ledgerOf(stored(form), 'storage.freezeThaw').applicable, form).toBe(false);
  });
});

describe('outcomes', () => {
  it('outcomes.emotionalDimension applies to in-vivo and clinical studies, not to in-vitro-only ones', () => {
    const emotional = (design: string[]) => ledgerOf(check(study11({ study: { design } })), 'outcomes.emotionalDimension').applicable;
    expect(emotional(['in-vitro'])).toBe(false);
    expect(emotional(['in-vivo'])).toBe(true);
    expect(emotional(['clinical'])).toBe(true);
  });
});

describe('a product declared with fractions [ev, soluble] is conditioned medium, not an EV fraction', () => {
  const product = (fractions: string[]) => check(inVivo({ production: { preparation: { value: 'commercial-product', productName: 'Secretome X', fractions } } }));

  it('fractions [ev, soluble]: the EV-only essentials do not apply, the conditioned-medium ones do', () => {
    const report = product(['ev', 'soluble']);
    for (const itemId of ['production.evSeparation', 'characterization.purity', 'characterization.evMarkersPositive', 'characterization.imaging']) {
      expect(ledgerOf(report, itemId).applicable, itemId).toBe(false);
    }
    expect(ledgerOf(report, 'production.concentration').applicable).toBe(true);
  });

  it('the same material declared as conditioned medium is judged the same way', () => {
    const asProduct = product(['ev', 'soluble']).ledger!.map((entry) => [entry.itemId, entry.applicable]);
    const asMedium = check(inVivo({ production: conditionedMedium })).ledger!.map((entry) => [entry.itemId, entry.applicable]);
    const ev = (entries: Array<Array<string | boolean>>) => entries.filter(([id]) => /evSeparation|purity|evMarkers|imaging|originMarkers|evTrackId/.test(String(id)));
    expect(ev(asProduct)).toEqual(ev(asMedium));
  });

  it('fractions exactly [ev]: a separated EV fraction, with the EV-only essentials', () => {
    const report = product(['ev']);
    expect(ledgerOf(report, 'production.evSeparation').applicable).toBe(true);
    expect(ledgerOf(report, 'characterization.evMarkersPositive')).toMatchObject({ applicable: true, level: 'essential' });
  });
});

describe('treatment timing', () => {
  it('applies to in-vivo studies as essential and to clinical studies as recommended', () => {
    const timing = (design: string[]) => ledgerOf(check(study11({ study: { design } })), 'doseAdministration.timing');
    expect(timing(['in-vivo'])).toMatchObject({ applicable: true, level: 'essential', weight: 2 });
    expect(timing(['clinical'])).toMatchObject({ applicable: true, level: 'recommended', weight: 1 });
    expect(timing(['in-vitro']).applicable).toBe(false);
  });
});
