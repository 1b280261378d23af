/**
 * The check, the style switch and the restore ask Excel which computed cells
 * hold formulas (Range.getSpecialCells), never for the formulas' text: a
 * typed-over or cleared computed cell is still found at its address, and the
 * check's responses are no bigger than the table's values.
 */
import { splitAreas } from "../../src/excel/cell-kinds";
import { createPlan } from "../../src/excel/create-plan";
import { setup, type Harness } from "./harness";
import { planRows } from "./plan-rows";

let h: Harness;
afterEach(() => h.uninstall());

async function budgetPlan(n: number): Promise<void> {
  await createPlan(
    { lang: "zh-CN", sheets: ["budget", "settings"], example: false, style: "standard" },
    { budget: planRows(n).budget },
  );
}

/** Bytes of reading the budget table's values alone, in one request. */
async function valuesOnlyBytes(): Promise<number> {
  h.stats.reset();
  await Excel.run(async (context) => {
    context.workbook.tables.getItem("PlanBudget").getRange().load("values");
    await context.sync();
  });
  return h.stats.responseBytes;
}

it("the check's responses carry the values and the cells' kinds, no formula text", async () => {
  h = setup();
  await budgetPlan(2000);
  const values = await valuesOnlyBytes();
  h.stats.reset();
  const report = await h.workbook.check();
  expect(report.syncs).toBe(3);
  // Four computed columns of about 100-byte formulas would add some 800 KB.
  expect(h.stats.responseBytes).toBeLessThan(values + 20_000);
});

it("a typed-over and a cleared computed cell are found at their addresses among formulas", async () => {
  h = setup();
  await budgetPlan(300);
  h.state.setCell("预算分配", "F120", 7);
  h.state.setCell("预算分配", "G250", "");
  const report = await h.workbook.check();
  const at = (code: string) => report.findings.filter((f) => f.code === code).map((f) => f.address);
  expect(at("computedValueTyped")).toEqual(["预算分配!F120"]);
  expect(at("computedCellEmpty")).toEqual(["预算分配!G250"]);
  // The style switch writes the formula into the cleared cell and leaves the typed one.
  const switched = await h.workbook.switchStyle("plan", "zh-CN");
  expect(switched.syncs).toBe(3);
  expect(h.state.getFormula("预算分配", "F120")).toBe(7);
  expect(String(h.state.getFormula("预算分配", "G250"))).toContain("PLAN.");
  expect(String(h.state.getFormula("预算分配", "F121"))).toContain("PLAN.VARIANCE(E121,D121)");
});

it("a one-row table: the kinds are those of its one row", async () => {
  h = setup();
  await budgetPlan(1);
  h.state.setCell("预算分配", "F2", 7);
  const report = await h.workbook.check();
  expect(report.findings.filter((f) => f.code === "computedValueTyped").map((f) => f.address)).toEqual(["预算分配!F2"]);
});

it("areas split at commas, not at a comma inside a quoted sheet name", () => {
  expect(splitAreas("'预算, 2026'!F2:F5, '预算, 2026'!F7,'It''s'!A1")).toEqual([
    "'预算, 2026'!F2:F5",
    "'预算, 2026'!F7",
    "'It''s'!A1",
  ]);
});
