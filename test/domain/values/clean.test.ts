import * as fc from "fast-check";
import { clean } from "../../../src/domain/values/tolerance";

/** The definition clean() must match bit for bit (its fast arithmetic avoids the string). */
const byString = (x: number): number => (x === 0 || !Number.isFinite(x) ? x : Number.parseFloat(x.toPrecision(12)));

const same = (x: number): boolean => Object.is(clean(x), byString(x));

/** 12 digits scaled by a power of ten, so the fast path's guards and boundaries are hit often. */
const scaledDigits = (digits: fc.Arbitrary<number>): fc.Arbitrary<number> =>
  fc
    .tuple(digits, fc.integer({ min: -30, max: 30 }), fc.boolean())
    .map(([d, e, negative]) => (negative ? -1 : 1) * d * Math.pow(10, e));

describe("clean() equals parseFloat(x.toPrecision(12))", () => {
  test("any double: subnormals, huge values, ±0, NaN, ±Infinity", () => {
    fc.assert(fc.property(fc.double(), same), { numRuns: 20_000 });
  });

  test("the magnitudes of plan figures, and results with binary noise", () => {
    fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), same), { numRuns: 20_000 });
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (a, b) => same((a - b) / b),
      ),
      { numRuns: 20_000 },
    );
  });

  test("near halves of the 12th digit, near powers of ten and at the edges of the fast range", () => {
    const half = scaledDigits(fc.integer({ min: 1e11, max: 1e12 - 1 }).map((m) => m + 0.5));
    const nearHalf = fc
      .tuple(half, fc.integer({ min: -64, max: 64 }))
      .map(([x, ulps]) => x + ulps * Number.EPSILON * Math.abs(x));
    const powers = fc
      .tuple(fc.integer({ min: -330, max: 310 }), fc.integer({ min: -8, max: 8 }))
      .map(([e, ulps]) => Number(`1e${e}`) * (1 + ulps * Number.EPSILON));
    const edges = fc
      .double({ min: 9e-13, max: 2e-11, noNaN: true })
      .chain((x) => fc.constantFrom(x, x * 1e23, -x, -x * 1e23));
    fc.assert(fc.property(fc.oneof(half, nearHalf, powers, edges, scaledDigits(fc.integer())), same), {
      numRuns: 50_000,
    });
  });

  test("examples", () => {
    expect(clean(0.10000000000000009)).toBe(0.1);
    expect(clean(-0.30000000000000004)).toBe(-0.3);
    expect(clean(1.0000000000005)).toBe(byString(1.0000000000005));
    expect(Object.is(clean(-0), -0)).toBe(true);
    expect(clean(Number.MAX_VALUE)).toBe(byString(Number.MAX_VALUE));
    expect(clean(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(clean(999999999999.5)).toBe(1e12);
  });
});
