/**
 * Properties of every PLAN.* function:
 * - the result for a cell does not depend on the shape of the range it came in
 *   (column, row, 2-D block, or one call per cell give the same per-cell results);
 * - no result cell is ever NaN or ±Infinity: numbers are finite, otherwise a
 *   boolean, a string ("" = blank) or an error value.
 */
import fc from "fast-check";
import { PLAN_FUNCTIONS, isPlanError, setFunctionsLang } from "../../src/functions/registry";
import { comparable } from "./helpers";

/** What people put in cells: numbers (ordinary and extreme), numeric text, blanks, text, booleans. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 200 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, -0, 0.1, 0.2, 0.5, 1, 1.1, 1e-300, 5e-324, 1.7e308, -1.7e308, Number.MAX_VALUE),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) }, // includes NaN and ±Infinity as input
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, "", " ") },
  {
    weight: 2,
    arbitrary: fc.constantFrom("12", "1.5%", "1.2万", "-3", "abc", "≥", "≤", "=", ">=", "net", "ratio", "净收益"),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

function isFineCell(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "boolean" || typeof v === "string" || isPlanError(v);
}

/** n×k cell values: k arguments for each of n cells. */
const cellsArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.array(fc.array(cellValue, { minLength: 5, maxLength: 5 }), { minLength: n, maxLength: n }));

beforeAll(() => setFunctionsLang("en-US"));
afterAll(() => setFunctionsLang(undefined));

describe.each(PLAN_FUNCTIONS.map((f) => [f.id, f] as const))("PLAN.%s", (_id, f) => {
  const arity = f.params.length;

  test("per-cell results do not depend on the range shape; never NaN/Infinity", () => {
    fc.assert(
      fc.property(cellsArb, fc.integer({ min: 1, max: 12 }), (cells, width) => {
        const n = cells.length;
        // One call per cell: the reference.
        const single = cells.map((args) => {
          const out = f.fn(...args.slice(0, arity).map((v) => [[v]]));
          expect(out).toHaveLength(1);
          expect(out[0]).toHaveLength(1);
          return out[0][0];
        });
        for (const v of single) expect(isFineCell(v)).toBe(true);
        const expected = single.map(comparable);

        const arg = (i: number, layout: (vs: unknown[]) => unknown[][]) => layout(cells.map((c) => c[i]));
        const asColumn = (vs: unknown[]) => vs.map((v) => [v]);
        const asRow = (vs: unknown[]) => [vs];
        const call = (layout: (vs: unknown[]) => unknown[][]) =>
          f.fn(...Array.from({ length: arity }, (_, i) => arg(i, layout)));

        const column = call(asColumn);
        expect(column.map((r) => r.length)).toEqual(Array(n).fill(1));
        expect(column.flat().map(comparable)).toEqual(expected);

        const rowResult = call(asRow);
        expect(rowResult).toHaveLength(1);
        expect(rowResult[0].map(comparable)).toEqual(expected);

        // A 2-D block: the largest w ≤ width that divides n.
        let w = Math.min(width, n);
        while (n % w !== 0) w--;
        const asBlock = (vs: unknown[]) => Array.from({ length: n / w }, (_, r) => vs.slice(r * w, r * w + w));
        const block = call(asBlock);
        expect(block).toHaveLength(n / w);
        expect(block.flat().map(comparable)).toEqual(expected);

        for (const v of [...column.flat(), ...rowResult.flat(), ...block.flat()]) expect(isFineCell(v)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("a 1×1 argument broadcasts like the same value repeated", () => {
    fc.assert(
      fc.property(
        cellsArb,
        fc.array(cellValue, { minLength: 5, maxLength: 5 }),
        fc.nat({ max: 4 }),
        (cells, fixed, which) => {
          const i = which % arity;
          const repeated = Array.from({ length: arity }, (_, k) =>
            k === i ? cells.map(() => [fixed[k]]) : cells.map((c) => [c[k]]),
          );
          const broadcast = repeated.map((a, k) => (k === i ? [[fixed[k]]] : a));
          const a = f.fn(...repeated).map((r) => r.map(comparable));
          const b = f.fn(...broadcast).map((r) => r.map(comparable));
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 100 },
    );
  });
});
