/**
 * 10,000 rows × 15 columns × 4 sheets through the API arrive whole and compute,
 * and one edit recalculates its dependants. Counts and values only: how long the
 * double takes is measured in bench/, never asserted here.
 */
import { setup } from "./helpers";

const ROWS = 10_000;
const SHEETS = ["目标分解", "策略执行", "预算分配", "效果监控"];

function block(sheet: number): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let r = 0; r < ROWS; r++) {
    const R = r + 2;
    out.push([
      `项目${sheet}-${r}`,
      `明细${r}`,
      `S${r % 50}`,
      (r % 97) + 1,
      (r % 89) + 1,
      `=E${R}-D${R}`,
      `=IF(D${R}=0,"",(E${R}-D${R})/D${R})`,
      `=IF(F${R}>0,"不利","有利")`,
      `=IF(G${R}>0.1,"营销负责人","")`,
      "张三",
      r % 3,
      "2026-W05",
      0.02,
      0.015,
      `=IF(N${R}="","",(N${R}-M${R})/M${R})`,
    ]);
  }
  return out;
}

it("writes and reads 4 sheets of 10,000 × 15 cells (a third of them formulas)", async () => {
  const { run, state, stats } = setup({ sheets: SHEETS, payloadLimitBytes: Infinity });
  await run(async (context) => {
    SHEETS.forEach((name, i) => {
      context.workbook.worksheets.getItem(name).getRange(`A2:O${ROWS + 1}`).formulas = block(i);
    });
    await context.sync();
  });
  const read = await run(async (context) => {
    const ranges = SHEETS.map((name) =>
      context.workbook.worksheets
        .getItem(name)
        .getRange(`A2:O${ROWS + 1}`)
        .load("values, formulas"),
    );
    await context.sync();
    return ranges.map((r) => ({ values: r.values, formulas: r.formulas }));
  });
  const d = ((ROWS - 1) % 97) + 1;
  const e = ((ROWS - 1) % 89) + 1;
  expect(read[2].values[ROWS - 1].slice(3, 9)).toEqual([d, e, e - d, (e - d) / d, "不利", "营销负责人"]);
  expect(read[3].formulas[0][5]).toBe("=E2-D2");
  expect(state.getValue("效果监控", `O${ROWS + 1}`)).toBeCloseTo(-0.25, 12);
  // a request of this size is far beyond Excel on the web's 5 MB limit
  expect(stats.maxRequestBytes).toBeGreaterThan(5_000_000);
  expect(stats.maxResponseBytes).toBeGreaterThan(stats.maxRequestBytes);
  // one edit recalculates its dependants: the variance, its rate and the effect
  expect(state.getValue("预算分配", "H2")).toBe("有利");
  state.setCell("预算分配", "E2", 1000);
  expect([state.getValue("预算分配", "F2"), state.getValue("预算分配", "H2")]).toEqual([999, "不利"]);
}, 120_000);
