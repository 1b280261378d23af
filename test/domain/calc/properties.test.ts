import * as fc from "fast-check";
import {
  APPROVAL_LEVELS,
  approvalLevel,
  approvalLevelOf,
  contingencyShareOf,
  deviation,
  effect,
  needsExplanation,
  roi,
  status,
  variance,
  variancePct,
} from "../../../src/domain/calc";
import type { Calc } from "../../../src/domain/values/result";

/** Anything a cell can hold, including the awkward numbers. */
const cell = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, −0, subnormals and huge values
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer(),
  fc.constantFrom(null, undefined, "", " ", "1.5%", "1.2万", "1e308", "1e308万", "-0", "abc", "#DIV/0!", true, false),
  fc.string(),
  fc.double({ noNaN: true }).map(String),
);

function noNonFiniteEscapes(c: Calc<unknown>): boolean {
  if (c.kind !== "ok") return c.kind === "blank" || (c.kind === "error" && typeof c.message === "string");
  return typeof c.value !== "number" || Number.isFinite(c.value);
}

test("no NaN or Infinity escapes from any calculation", () => {
  fc.assert(
    fc.property(cell, cell, cell, cell, cell, (a, b, c, d, e) =>
      [
        variance(a, b),
        variancePct(a, b),
        effect(a, b),
        approvalLevel(a, b, c, d),
        needsExplanation(a, b, c, d),
        deviation(a, b),
        status(a, b, c, d, e),
        roi(a, b),
        roi(a, b, "net"),
      ].every(noNonFiniteEscapes),
    ),
    { numRuns: 2000 },
  );
});

test("contingency share is finite for any amounts", () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (c, t) =>
      noNonFiniteEscapes(contingencyShareOf(c, t)),
    ),
  );
});

test("the approval level never decreases as the actual grows", () => {
  const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
  const thresholds = fc
    .tuple(fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }))
    .map(([x, y]) => [Math.min(x, y), Math.max(x, y)]);
  fc.assert(
    fc.property(amount, amount, amount, thresholds, (budget, x, y, [lead, gm]) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      return (
        APPROVAL_LEVELS.indexOf(approvalLevelOf(lo, budget, lead, gm)) <=
        APPROVAL_LEVELS.indexOf(approvalLevelOf(hi, budget, lead, gm))
      );
    }),
    { numRuns: 2000 },
  );
});

test("status does not change when actual and target are scaled by the same positive factor", () => {
  // Magnitudes an actual or target can have in a plan; beyond them floating point under/overflows.
  const value = fc.double({ min: 1e-4, max: 1e7, noNaN: true });
  const signedTarget = fc.tuple(value, fc.boolean()).map(([v, neg]) => (neg ? -v : v));
  const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
  fc.assert(
    fc.property(
      value,
      signedTarget,
      factor,
      fc.constantFrom("≥", "≤", "="),
      fc.constantFrom(0, 0.05, 0.1),
      (actual, target, k, dir, tol) => {
        const before = status(actual, target, dir, 0.2, tol);
        const after = status(actual * k, target * k, dir, 0.2, tol);
        return JSON.stringify(before) === JSON.stringify(after);
      },
    ),
    { numRuns: 2000 },
  );
});
