/**
 * The unit table (how each accepted spelling is shown) agrees with the schema (which spellings are
 * accepted), and every UCUM code in it is valid and of the right dimension according to the NLM's UCUM
 * implementation.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/schema.js';
import { canonicalUnit, DOSE_UNITS, UNIT_GROUPS } from '../../src/units/units.js';
import { normalisedUnits } from '../../src/units/normalise.js';

const require = createRequire(import.meta.url);
const ucum = (require('@lhncbc/ucum-lhc') as { UcumLhcUtils: { getInstance(): UcumUtils } }).UcumLhcUtils.getInstance();
interface UcumUtils {
  validateUnitString(unit: string): { status: string; msg: string[] };
  convertUnitTo(from: string, value: number, to: string): { status: string; toVal: number; msg: string[] };
}

const defs = (schema.$defs ?? {}) as Record<string, { enum?: string[] }>;

describe('units', () => {
  it.each(Object.keys(UNIT_GROUPS))('%s lists exactly the spellings the schema accepts', (name) => {
    expect(Object.keys(UNIT_GROUPS[name]!.spellings).sort()).toEqual([...(defs[name]?.enum ?? [])].sort());
  });

  it('every dose unit the schema accepts has a canonical form', () => {
    const doseEnum = ((defs.DoseAmount as { properties: { unit: { enum: string[] } } }).properties.unit.enum).filter((unit) => unit !== 'other');
    expect(doseEnum.filter((unit) => DOSE_UNITS[unit] === undefined)).toEqual([]);
  });

  it.each(Object.entries(UNIT_GROUPS))('%s: every UCUM code is valid and of a dimension the group admits', (_name, group) => {
    for (const [spelling, { ucum: code }] of Object.entries(group.spellings)) {
      expect(ucum.validateUnitString(code).status, `${spelling} → ${code}`).toBe('valid');
      const fits = group.references.filter((reference) => ucum.convertUnitTo(code, 1, reference).status === 'succeeded');
      expect(fits.length, `${spelling} (${code}) converts to none of ${group.references.join(', ')}`).toBe(1);
    }
  });

  it('a temperature of −80 °C is 193.15 K, as UCUM computes it', () => {
    expect(ucum.convertUnitTo(UNIT_GROUPS.TemperatureUnit!.spellings['ºC']!.ucum, -80, 'K').toVal).toBeCloseTo(193.15, 6);
  });

  it('spellings of one unit share one canonical form and one UCUM code', () => {
    expect(canonicalUnit('µL')).toBe('μL');
    expect(canonicalUnit('uL')).toBe('μL');
    expect(canonicalUnit('ºC')).toBe('°C');
    expect(canonicalUnit('ml')).toBe('mL');
    expect(canonicalUnit('C')).toBeUndefined();
    expect(UNIT_GROUPS.VolumeUnit!.spellings['µL']!.ucum).toBe(UNIT_GROUPS.VolumeUnit!.spellings['μL']!.ucum);
  });

  it('the report lists non-canonical spellings without touching the document', () => {
    const document = { storage: { temperature: { value: -80, unit: 'ºC' } }, doseAdministration: { volume: { volume: { value: 10, unit: 'uL' } } } };
    const before = JSON.stringify(document);
    expect(normalisedUnits(document)).toEqual([
      { pointer: '/storage/temperature/unit', given: 'ºC', unit: '°C' },
      { pointer: '/doseAdministration/volume/volume/unit', given: 'uL', unit: 'μL' },
    ]);
    expect(JSON.stringify(document)).toBe(before);
  });
});
