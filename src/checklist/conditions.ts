/**
 * Applicability conditions, evaluated in three-valued (Kleene) logic: a fact the document does not state
 * yet is `undefined`, and an item applies unless its condition is definitely false. Stating a fact can
 * therefore only take items out of scope, never bring new ones in, which keeps scores monotone.
 */
import type { Condition, FactName } from './model.js';

export type Truth = boolean | undefined;
export type FactValue = string | number | boolean | readonly string[] | undefined;
export type FactLookup = (name: FactName) => FactValue;

function compare(fact: FactValue, condition: Extract<Condition, { fact: FactName }>): Truth {
  if (fact === undefined) return undefined;
  if (condition.includes !== undefined) return Array.isArray(fact) ? fact.includes(condition.includes) : fact === condition.includes;
  if (Array.isArray(fact)) return undefined;
  if (condition.equals !== undefined) return fact === condition.equals;
  if (condition.in !== undefined) return condition.in.includes(fact as string | number | boolean);
  return undefined;
}

export function evaluate(condition: Condition, facts: FactLookup): Truth {
  if ('fact' in condition) return compare(facts(condition.fact), condition);
  if ('not' in condition) {
    const inner = evaluate(condition.not, facts);
    return inner === undefined ? undefined : !inner;
  }
  if ('all' in condition) {
    let result: Truth = true;
    for (const part of condition.all) {
      const value = evaluate(part, facts);
      if (value === false) return false;
      if (value === undefined) result = undefined;
    }
    return result;
  }
  let result: Truth = false;
  for (const part of condition.any) {
    const value = evaluate(part, facts);
    if (value === true) return true;
    if (value === undefined) result = undefined;
  }
  return result;
}
