import * as fc from "fast-check";
import { checkPlan } from "../../../src/domain/check";
import { parseCellA1 } from "../../../src/domain/address/a1";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/settings/thresholds";
import { sheetHeaders } from "../../../src/domain/schema";
import type { SheetGrid } from "../../../src/domain/read";

/** Grids people could make: real headers in any order, plus junk, and cells of any kind. */
const cellValue = fc.oneof(
  fc.constantFrom(
    "",
    null,
    "G1",
    "S1",
    "g1",
    "S1、S2",
    "品牌",
    "渠道费用",
    "应急预算",
    "周",
    "≥",
    "≤",
    "2026-W05",
    "2026-01",
    "2026-Q1",
    "上周",
    "=A1",
    "王经理/李总监",
    "1:3.5",
    "1.2万",
    "10%",
    "abc",
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 50000 }),
  fc.string(),
  fc.boolean(),
);

function gridArb(sheet: "goals" | "strategies" | "budget" | "monitoring", name: string): fc.Arbitrary<SheetGrid> {
  const headers = [...sheetHeaders(sheet, "zh-CN"), ...sheetHeaders(sheet, "en-US"), "备注", ""];
  return fc
    .record({
      header: fc.shuffledSubarray(headers, { minLength: 0, maxLength: 14 }),
      rows: fc.array(fc.array(cellValue, { maxLength: 16 }), { maxLength: 8 }),
      formulas: fc.boolean(),
      row: fc.integer({ min: 0, max: 5 }),
      col: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ header, rows, formulas, row, col }) => {
      const values = [header, ...rows];
      return { sheetName: name, values, formulas: formulas ? values : undefined, origin: { row, col } };
    });
}

test("any grid: the check never throws, and every finding points inside its sheet's grid", () => {
  fc.assert(
    fc.property(
      gridArb("goals", "目标分解"),
      gridArb("strategies", "Plan Strategies"),
      gridArb("budget", "预算分配"),
      gridArb("monitoring", "效果监控"),
      (goals, strategies, budget, monitoring) => {
        const grids = { goals, strategies, budget, monitoring };
        const r = checkPlan({ ...grids, thresholds: DEFAULT_THRESHOLDS });
        for (const f of r.findings) {
          const g = grids[f.sheet as keyof typeof grids];
          const first = parseCellA1(f.cell.split(":")[0])!;
          const width = Math.max(1, ...g.values.map((v) => v.length));
          expect(first.row - g.origin!.row).toBeGreaterThanOrEqual(0);
          expect(first.row - g.origin!.row).toBeLessThan(Math.max(1, g.values.length));
          expect(first.col - g.origin!.col).toBeGreaterThanOrEqual(0);
          expect(first.col - g.origin!.col).toBeLessThan(width);
          expect(f.address.endsWith(`!${f.cell}`)).toBe(true);
        }
        const s = r.summary;
        for (const n of [
          s.totalBudget,
          s.totalActual,
          s.variance,
          ...s.categoryShare.flatMap((c) => [c.budget, c.share]),
        ])
          expect(Number.isFinite(n)).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});
