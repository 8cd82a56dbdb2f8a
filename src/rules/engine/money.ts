import Decimal from 'decimal.js';

/**
 * One Decimal constructor for every rule: 40 significant digits, and a rounding mode that throws nobody off:
 * every rounding a rule applies goes through `round()` with the mode the rule declares.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 30 });
export type Dec = Decimal;

export type RoundingMode = 'half-up' | 'up' | 'down' | 'half-even';

/** A rounding a rule declares: how many decimal places, and in which direction. */
export interface Rounding {
  places: number;
  mode: RoundingMode;
}

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

export function dec(value: Decimal.Value): Decimal {
  return new D(value);
}

export function round(value: Decimal, rounding: Rounding): Decimal {
  return value.toDecimalPlaces(rounding.places, MODES[rounding.mode]);
}

/** Money as the outputs carry it: a string with exactly two decimals. Exact values only: no rounding here. */
export function yuan(value: Decimal): string {
  if (!value.equals(value.toDecimalPlaces(2))) {
    throw new Error(`yuan(): ${value.toString()} has more than two decimals; round it by the rule first`);
  }
  return value.toFixed(2);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new D(0));
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}
