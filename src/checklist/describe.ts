/** Applicability conditions in words, for `explain` and templates. */
import type { Condition, FactName } from './model.js';

export const FACT_WORDS: Readonly<Record<FactName, string>> = {
  design: 'the study design',
  species: 'the donor species',
  'preparation.type': 'the preparation',
  'preparation.isEvFraction': 'the preparation is an EV fraction',
  'preparation.isSeparatedEvFraction': 'the preparation is an EV fraction separated from the medium',
  'preparation.isConditionedMedium': 'the preparation is (whole, concentrated, EV-depleted or lyophilised) conditioned medium',
  'preparation.primed': 'the cells were primed',
  'preparation.storageForm': 'the storage form',
  'preparation.lyophilised': 'the preparation is lyophilised',
  'arm.route': 'the route',
  'arm.carrierUsed': 'a carrier (hydrogel, scaffold) is used',
  'arm.doseStated': 'the dose',
};

function fact(condition: Extract<Condition, { fact: FactName }>): string {
  const subject = FACT_WORDS[condition.fact];
  if (condition.includes !== undefined) return `${subject} includes ${condition.includes}`;
  if (condition.in !== undefined) return `${subject} is one of ${condition.in.join(', ')}`;
  if (condition.equals === true) return subject;
  if (condition.equals === false) return `not: ${subject}`;
  return `${subject} is ${String(condition.equals)}`;
}

export function describeCondition(condition: Condition | undefined): string {
  if (condition === undefined) return 'always';
  if ('fact' in condition) return fact(condition);
  if ('not' in condition) return `unless ${describeCondition(condition.not)}`;
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  return condition.any.map(describeCondition).join(' or ');
}

/** A condition after a level or state: "when the storage form is frozen", or "unless …" for a negation. */
export function describeWhen(condition: Condition): string {
  return 'not' in condition ? describeCondition(condition) : `when ${describeCondition(condition)}`;
}
