import * as fc from "fast-check";
import { spill, type CellFn } from "../../src/functions/spill";

/** Records its arguments, so a spilled result shows which cells each call saw. */
const echo: CellFn = (a, b, c, d, e) => [a, b, c, d, e];

const column = (n: number, tag: string): unknown[][] => Array.from({ length: n }, (_, i) => [`${tag}${i}`]);

describe("spill over N×1 columns (the one-column path)", () => {
  test("each row gets its cells, 1×1 arguments repeat, omitted ones are undefined", () => {
    expect(spill(echo, column(3, "a"), [[7]], column(3, "c"))).toEqual([
      [["a0", 7, "c0", undefined, undefined]],
      [["a1", 7, "c1", undefined, undefined]],
      [["a2", 7, "c2", undefined, undefined]],
    ]);
  });

  test("equals the row-by-row result of 1×1 calls, for any mix of columns and single cells", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (n, isColumn) => {
          const args = isColumn.map((c, i) => (c || i === 0 ? column(n, String(i)) : [[i]]));
          const spillAll = (grids: unknown[][][]) => spill(echo, grids[0], grids[1], grids[2], grids[3], grids[4]);
          const byRow = Array.from(
            { length: n },
            (_, r) => spillAll(args.map((g) => [[g.length === 1 ? g[0][0] : g[r][0]]]))[0],
          );
          expect(spillAll(args)).toEqual(byRow);
        },
      ),
    );
  });

  test("a shape mismatch is still one #VALUE!", () => {
    const out = spill(echo, column(3, "a"), column(2, "b"));
    expect(out).toHaveLength(1);
    expect((out[0][0] as { code: string }).code).toBe("#VALUE!");
  });
});
