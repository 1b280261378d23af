import fc from "fast-check";
import { roundResult } from "../../../src/domain/values/rounding";

/** ROUND(x,10) on the decimal the number shows: shift the point in its text, round half away from zero. */
function byText(x: number): number {
  const [m, e] = String(Math.abs(x)).split("e");
  const y = Number(`${Math.round(Number(`${m}e${Number(e ?? 0) + 10}`))}e-10`);
  return y === 0 ? 0 : x < 0 ? -y : y;
}

describe("results rounded to 10 decimals, as the standard formulas' ROUND(…,10)", () => {
  test.each([
    [1.1 - 1, 0.1],
    [0.1 + 0.2 - 0.3, 0],
    [(1.1 - 1) / 1, 0.1],
    [1.00000000005, 1.0000000001],
    [-1.00000000005, -1.0000000001],
    [1e-12, 0],
    [-1e-12, 0],
    [123456789012.345, 123456789012.345],
    [-0.0625, -0.0625],
  ])("%p → %p", (x, want) => {
    expect(Object.is(roundResult(x), want)).toBe(true);
  });

  test("equals the decimal-text rounding for any double up to 10^5 (beyond, a double has no 10th decimal left to round)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), (x) => Object.is(roundResult(x), byText(x))),
      { numRuns: 5000 },
    );
  });
});
