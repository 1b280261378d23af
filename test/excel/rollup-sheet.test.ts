/**
 * The roll-up sheet written through Office JS (against the Excel double, whose
 * HyperFormula recalculates the total row): three round trips at 2 or 50
 * departments, other sheets untouched, a re-run replaces only its own sheet,
 * and a person's sheet of the same name is left alone.
 */
import { createExcelDouble, installExcelDouble } from "../excel-double";
import { writeRollupSheet } from "../../src/excel/rollup";
import { rollUp, type DepartmentCheck } from "../../src/domain/rollup/rollup";
import { rollupSheets } from "../../src/domain/rollup/rollup-sheets";
import type { PlanSummary } from "../../src/domain/check/summary";

function department(i: number): DepartmentCheck {
  const summary: PlanSummary = {
    totalBudget: 10 * i,
    totalActual: 9 * i,
    variance: -i,
    categoryShare: [{ category: "channel", label: "渠道费用", budget: 10 * i, share: 1 }],
    contingencyShare: 0,
    approvalsDue: { lead: i % 2, gm: 0 },
    metricsByStatus: { onTrack: 1, warning: 0, alert: i % 3, notReported: 0 },
    stretchReached: [],
  };
  return { file: `d${i}.xlsx`, department: `部门${i}`, summary, findings: [] };
}

function sheetFor(n: number) {
  return rollupSheets(
    rollUp(
      Array.from({ length: n }, (_, i) => department(i + 1)),
      "zh-CN",
    ),
    "zh-CN",
  )[0];
}

async function valuesOf(sheetName: string, address: string): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    range.load("values");
    await context.sync();
    return range.values;
  });
}

test("three round trips at 2 and at 50 departments; the total row's SUM formulas give the sums", async () => {
  for (const n of [2, 50]) {
    installExcelDouble(createExcelDouble());
    const report = await writeRollupSheet(sheetFor(n));
    expect(report).toMatchObject({ written: true, sheetName: "汇总", rows: n, syncs: 2 });
    const total = (await valuesOf("汇总", `A${n + 2}:E${n + 2}`))[0];
    const budgets = Array.from({ length: n }, (_, i) => 10 * (i + 1)).reduce((a, b) => a + b, 0);
    expect(total[0]).toBe("合计");
    expect(total[2]).toBeCloseTo(budgets, 9);
    expect(total[4]).toBeCloseTo(-budgets / 10, 9);
  }
});

test("running it again replaces only the roll-up sheet; another sheet keeps what a person typed", async () => {
  installExcelDouble(createExcelDouble());
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("预算分配").getRange("A1").values = [["手填"]];
    await context.sync();
  });
  await writeRollupSheet(sheetFor(2));
  const again = await writeRollupSheet(sheetFor(3));
  expect(again).toMatchObject({ written: true, rows: 3, syncs: 3 });
  expect((await valuesOf("汇总", "A5"))[0][0]).toBe("合计");
  expect((await valuesOf("预算分配", "A1"))[0][0]).toBe("手填");
});

test("a person's own sheet named 汇总 is left alone and reported", async () => {
  installExcelDouble(createExcelDouble());
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("汇总").getRange("A1").values = [["我的笔记"]];
    await context.sync();
  });
  expect(await writeRollupSheet(sheetFor(2))).toMatchObject({
    written: false,
    reason: "sheetTaken",
    sheetName: "汇总",
  });
  expect((await valuesOf("汇总", "A1"))[0][0]).toBe("我的笔记");
});
