/**
 * Unit spellings the schema accepts, the canonical symbol the report shows for each, and its UCUM code.
 * The schema's unit enums decide what is valid (so the check runs in the precompiled validator); this
 * table decides how a valid spelling is shown. A test keeps the two in step and checks every UCUM code
 * for validity and dimension with the NLM's UCUM library.
 */

export interface UnitSpelling {
  /** The symbol the report shows. */
  canonical: string;
  /** The UCUM expression (annotations in braces count as dimensionless). */
  ucum: string;
}

/** `references`: the UCUM unit of each dimension the group admits (most have one; a few mix, e.g. ×g and rpm). */
type Group = { references: string[]; spellings: Record<string, UnitSpelling> };

const u = (canonical: string, ucum: string): UnitSpelling => ({ canonical, ucum });
const same = (canonical: string, ucum: string, ...spellings: string[]): Record<string, UnitSpelling> =>
  Object.fromEntries([canonical, ...spellings].map((spelling) => [spelling, u(canonical, ucum)]));

// μ (U+03BC, the Greek letter, which Unicode normalisation prefers) is shown; µ (U+00B5) and u are accepted.
const micro = (suffix: string, ucum: string): Record<string, UnitSpelling> => same(`μ${suffix}`, ucum, `µ${suffix}`, `u${suffix}`);
const perMl = (prefix: string, ucum: string): Record<string, UnitSpelling> => same(`${prefix}/mL`, ucum, `${prefix}/ml`);

/** Keyed by the name of the unit definition in the schema's `$defs`. */
export const UNIT_GROUPS: Readonly<Record<string, Group>> = {
  TemperatureUnit: { references: ['Cel'], spellings: { ...same('°C', 'Cel', 'ºC', '℃', 'degC', 'Cel'), K: u('K', 'K') } },
  DurationUnit: {
    references: ['h'],
    spellings: {
      ...same('s', 's', 'sec'),
      ...same('min', 'min'),
      ...same('h', 'h', 'hr', 'hrs', 'hour', 'hours'),
      ...same('d', 'd', 'day', 'days'),
      ...same('wk', 'wk', 'week', 'weeks'),
      ...same('mo', 'mo', 'month', 'months'),
      ...same('y', 'a', 'yr', 'year', 'years'),
    },
  },
  VolumeUnit: { references: ['mL'], spellings: { ...same('nL', 'nL'), ...micro('L', 'uL'), ...same('mL', 'mL', 'ml'), ...same('L', 'L', 'l') } },
  MassUnit: { references: ['g'], spellings: { ...same('pg', 'pg'), ...same('ng', 'ng'), ...micro('g', 'ug'), ...same('mg', 'mg'), ...same('g', 'g') } },
  MassConcentrationUnit: {
    references: ['g/L'],
    spellings: {
      ...perMl('pg', 'pg/mL'),
      ...perMl('ng', 'ng/mL'),
      ...same('μg/mL', 'ug/mL', 'µg/mL', 'ug/mL', 'μg/ml', 'µg/ml', 'ug/ml'),
      ...perMl('mg', 'mg/mL'),
      ...same('mg/L', 'mg/L'),
      ...same('g/L', 'g/L'),
      ...same('μg/μL', 'ug/uL', 'µg/µL', 'ug/uL'),
    },
  },
  ParticleConcentrationUnit: {
    references: ['{particles}/mL'],
    spellings: { ...perMl('particles', '{particles}/mL'), ...same('particles/μL', '{particles}/uL', 'particles/µL', 'particles/uL') },
  },
  CellDensityUnit: { references: ['{cells}/cm2'], spellings: same('cells/cm²', '{cells}/cm2', 'cells/cm2', 'cells/cm^2') },
  ForceUnit: { references: ['[g]', '/min'], spellings: { ...same('×g', '[g]', 'xg', 'x g', 'g', 'rcf', 'RCF'), rpm: u('rpm', '{rotations}/min') } },
  LengthUnit: { references: ['cm'], spellings: { ...same('mm', 'mm'), ...same('cm', 'cm') } },
  PoreSizeUnit: { references: ['um'], spellings: { ...same('nm', 'nm'), ...micro('m', 'um') } },
  MolecularWeightUnit: { references: ['kg/mol'], spellings: same('kDa', 'kg/mol', 'kD') },
  EndotoxinUnit: { references: ['{EU}/mL', '{EU}/ug'], spellings: { ...perMl('EU', '{EU}/mL'), ...same('EU/μg', '{EU}/ug', 'EU/µg', 'EU/ug') } },
  FlowRateUnit: { references: ['mL/h'], spellings: { ...same('μL/min', 'uL/min', 'µL/min', 'uL/min'), ...same('mL/min', 'mL/min', 'ml/min'), ...same('mL/h', 'mL/h', 'ml/h') } },
  BodyMassUnit: { references: ['g'], spellings: { ...same('g', 'g'), ...same('kg', 'kg') } },
  SizeUnit: { references: ['nm'], spellings: same('nm', 'nm') },
  ExcipientConcentrationUnit: {
    references: ['%', 'mmol/L', 'mg/mL'],
    spellings: {
      ...same('%', '%'),
      ...same('% w/v', '%{w/v}'),
      ...same('% v/v', '%{v/v}'),
      ...same('mM', 'mmol/L'),
      ...same('M', 'mol/L'),
      ...perMl('mg', 'mg/mL'),
      ...same('μg/mL', 'ug/mL', 'µg/mL', 'ug/mL'),
    },
  },
};

/** Dose units are checked per basis in the schema; their canonical symbols. */
export const DOSE_UNITS: Readonly<Record<string, UnitSpelling>> = {
  ...same('cell equivalents', '{cells}', 'cells'),
  ...same('particles', '{particles}'),
  ...UNIT_GROUPS.MassUnit!.spellings,
  ...UNIT_GROUPS.VolumeUnit!.spellings,
  ...same('cells/kg', '{cells}/kg', 'cell equivalents/kg'),
  ...same('particles/kg', '{particles}/kg'),
  ...same('particles/g', '{particles}/g'),
  ...same('ng/kg', 'ng/kg'),
  ...same('μg/kg', 'ug/kg', 'µg/kg', 'ug/kg'),
  ...same('mg/kg', 'mg/kg'),
  ...same('μg/g', 'ug/g', 'µg/g', 'ug/g'),
  ...UNIT_GROUPS.MassConcentrationUnit!.spellings,
  ...same('particles/cell', '{particles}/{cell}'),
  ...UNIT_GROUPS.ParticleConcentrationUnit!.spellings,
};

const ALL: Readonly<Record<string, UnitSpelling>> = Object.assign(
  {},
  ...Object.values(UNIT_GROUPS).map((group) => group.spellings),
  DOSE_UNITS,
);

/** The canonical symbol of an accepted spelling, or undefined for a spelling the schema does not accept. */
export function canonicalUnit(spelling: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(ALL, spelling) ? ALL[spelling]!.canonical : undefined;
}
