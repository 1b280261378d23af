/**
 * Each calculation has a fast path for plain numbers (no Calc objects per input)
 * beside its general path, which reads any cell value. The same numbers written
 * as numeric text take the general path; the results must be identical.
 */
import * as fc from "fast-check";
import {
  approvalLevel,
  deviation,
  effect,
  needsExplanation,
  roi,
  status,
  variance,
  variancePct,
} from "../../../src/domain/calc";

/** Text that parseNumber reads back as exactly x (String(−0) is "0", so −0 is spelled out). */
const asText = (x: number): string => (Object.is(x, -0) ? "-0" : String(x));

/** Numbers of every size, with the awkward ones (0, −0, exact ratios, huge and tiny). */
const num = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, -0, 0.1, 0.5, 1, 1.1, 10, 11, 1e-300, 1e300, Number.MAX_VALUE),
);

/** Thresholds: omitted, or a number (negative ones are an error in both paths). */
const threshold = fc.oneof(fc.constant(undefined), fc.constant(null), num, fc.double({ min: 0, max: 2, noNaN: true }));

const direction = fc.constantFrom(undefined, null, "≥", "≤", "=", ">=", "<=", "==", "＞＝", "≦");

const textOf = (t: unknown): unknown => (typeof t === "number" ? asText(t) : t);

const OPTIONS = { numRuns: 5000 };

test("amount calculations: numbers and the same numbers as text agree", () => {
  fc.assert(
    fc.property(num, num, threshold, threshold, (a, b, t1, t2) => {
      const [as, bs, t1s, t2s] = [asText(a), asText(b), textOf(t1), textOf(t2)];
      expect(variance(a, b)).toEqual(variance(as, bs));
      expect(variancePct(a, b)).toEqual(variancePct(as, bs));
      expect(effect(a, b)).toEqual(effect(as, bs));
      expect(approvalLevel(a, b, t1, t2)).toEqual(approvalLevel(as, bs, t1s, t2s));
      expect(needsExplanation(a, b, t1, t2)).toEqual(needsExplanation(as, bs, t1s, t2s));
    }),
    OPTIONS,
  );
});

test("deviation, status and ROI: numbers and the same numbers as text agree", () => {
  fc.assert(
    fc.property(num, num, direction, threshold, threshold, (a, t, d, alert, tol) => {
      const [as, ts] = [asText(a), asText(t)];
      expect(deviation(a, t)).toEqual(deviation(as, ts));
      expect(status(a, t, d, alert, tol)).toEqual(status(as, ts, d, textOf(alert), textOf(tol)));
      // A direction with spaces is read by the general path only; it must mean the same.
      expect(status(a, t, d, alert, tol)).toEqual(status(a, t, typeof d === "string" ? ` ${d} ` : d, alert, tol));
      expect(roi(a, t)).toEqual(roi(as, ts));
      expect(roi(a, t, "ratio")).toEqual(roi(a, t));
    }),
    OPTIONS,
  );
});
