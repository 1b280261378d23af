/** Large writes take HyperFormula's bulk path (a rebuild): the workbook must not notice. */
import { setup } from "./helpers";

const BIG = 25_000; // rows of one column: above the bulk threshold

it("keeps order, sheet identity (after a deleted sheet), names, custom functions and null-skips across a bulk write", async () => {
  const { run, state, double } = setup({ sheets: ["Gone", "设置", "数据"] });
  double.registerCustomFunctions("T", { TWICE: (x: unknown[][]) => [[Number(x[0][0]) * 2]] });
  state.setCell("设置", "A1", 0.5);
  state.setCell("数据", "B1", "keep");
  await run(async (context) => {
    context.workbook.names.add("Rate", context.workbook.worksheets.getItem("设置").getRange("A1"));
    context.workbook.worksheets.getItem("Gone").delete();
    await context.sync();
    const s = context.workbook.worksheets.getItem("数据");
    s.getRange("A1").values = [["small before"]];
    const col = Array.from({ length: BIG }, (_, i) => [
      i + 1,
      i === 0 ? null : `=A${i + 1}*Rate`,
      `=T.TWICE(A${i + 1})`,
    ]);
    s.getRange(`A1:C${BIG}`).formulas = col as never;
    s.getRange("A2").values = [[100]];
    s.getRange("D1").formulas = [["='设置'!A1*10"]];
    const r = s.getRange("A1:D2").load("values");
    await context.sync();
    expect(r.values).toEqual([
      [1, "keep", 2, 5],
      [100, 50, 200, ""],
    ]);
  });
  expect(state.model.engine.rebuilds).toBe(1);
  expect(state.sheetNames()).toEqual(["设置", "数据"]);
  expect(state.getValue("数据", `B${BIG}`)).toBe(BIG * 0.5);
  state.setCell("设置", "A1", 1);
  expect(state.getValue("数据", `B${BIG}`)).toBe(BIG);
  // a sheet added after the rebuild gets a fresh identity
  state.addSheet("新");
  state.setCell("新", "A1", "=数据!A2+1");
  expect(state.getValue("新", "A1")).toBe(101);
});

it("a sheet named like a number keeps the ordinary path", async () => {
  const { run, state } = setup({ sheets: ["2026", "S"] });
  await run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange(`A1:A${BIG}`).values = Array.from({ length: BIG }, (_, i) => [i]);
    context.workbook.worksheets.getItem("2026").getRange("A1").formulas = [[`=SUM(S!A1:A${BIG})`]];
    await context.sync();
  });
  expect(state.getValue("2026", "A1")).toBe((BIG * (BIG - 1)) / 2);
  expect(state.model.engine.rebuilds).toBe(0);
});
