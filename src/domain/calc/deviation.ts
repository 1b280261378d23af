import { roundResult } from "../values/rounding";
import { fail, okNumber, type Calc } from "../values/result";
import { isFiniteNumber, numberInput, withNumbers } from "../values/number-input";
import type { Direction } from "./direction";

/**
 * (actual − target) / |target|. Dividing by the magnitude keeps the sign meaning
 * "above target" for negative targets too (a loss of −5 against −10 is +50%).
 */
export function deviationOf(actual: number, target: number): Calc<number> {
  if (target === 0) return fail("DIV0", "Target is 0: a deviation from 0 has no rate");
  return okNumber(deviationRate(actual, target));
}

/** The rate alone, rounded as the sheet's ROUND(…,10), unchecked: ±Infinity for a zero target, possibly Infinity on overflow. */
export function deviationRate(actual: number, target: number): number {
  return roundResult((actual - target) / Math.abs(target));
}

export function deviation(actual: unknown, target: unknown): Calc<number> {
  // Fast path: plain numbers are what numberInput would give back, so go straight to deviationOf.
  if (isFiniteNumber(actual) && isFiniteNumber(target)) return deviationOf(actual, target);
  return withNumbers([numberInput(actual, "Actual"), numberInput(target, "Target")], ([a, t]) => deviationOf(a, t));
}

/** The deviation seen from the metric's direction: positive is always good. */
export function gapOf(dev: number, direction: Direction): number {
  switch (direction) {
    case "≥":
      return dev;
    case "≤":
      return -dev;
    case "=":
      return -Math.abs(dev);
  }
}
