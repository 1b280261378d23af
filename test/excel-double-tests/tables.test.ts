/** Tables: create, grow, columns, headers, structural changes. */
import { setup, rejection } from "./helpers";

const HEADERS = [["项目类别", "明细科目", "预算金额(万元)", "实际支出(万元)", "差异(万元)"]];

async function budgetTable(run: ReturnType<typeof setup>["run"]) {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("预算分配");
    sheet.getRange("A1:E1").values = HEADERS;
    const t = sheet.tables.add("预算分配!A1:E1", true);
    t.name = "PlanBudget";
    await context.sync();
  });
}

it("a table from a header row gets one empty data row, which the first rows.add fills", async () => {
  const { run, state } = setup({ sheets: ["预算分配"] });
  await budgetTable(run);
  expect(state.table("PlanBudget")).toMatchObject({ address: "预算分配!A1:E2", rowCount: 1, headers: HEADERS[0] });
  await run(async (context) => {
    const t = context.workbook.tables.getItem("PlanBudget");
    t.rows.add(undefined, [
      ["渠道费用", "天猫推广费", 10, 11, "=D2-C2"],
      ["推广费用", "KOL合作费", 20, 18, "=D3-C3"],
    ]);
    const body = t.getDataBodyRange().load("address, values");
    const count = t.rows.load("count");
    await context.sync();
    expect(body.address).toBe("预算分配!A2:E3");
    expect(body.values.map((r) => r[4])).toEqual([1, -2]);
    expect(count.count).toBe(2);
  });
});

it("rows.add fills calculated columns, and moves cells below the table down", async () => {
  const { run, state } = setup({ sheets: ["预算分配"] });
  await budgetTable(run);
  state.setCell("预算分配", "A2:E2", [["渠道费用", "天猫推广费", 10, 11, "=D2-C2"]]);
  state.setCell("预算分配", "A5", "note below");
  state.setCell("预算分配", "G1", "=A5");
  await run(async (context) => {
    context.workbook.tables.getItem("PlanBudget").rows.add(undefined, [
      ["物料制作费", "海报", 5, 4.5, null],
      ["人力成本", "外包", 8, null, null],
    ] as never);
    await context.sync();
  });
  const t = state.table("PlanBudget")!;
  expect(t.address).toBe("预算分配!A1:E4");
  expect(t.formulas.map((r) => r[4])).toEqual(["=D2-C2", "=D3-C3", "=D4-C4"]);
  expect(t.values.map((r) => r[4])).toEqual([1, -0.5, -8]);
  expect(state.getValue("预算分配", "A7")).toBe("note below");
  expect(state.getFormula("预算分配", "G1")).toBe("=A7");
});

it("rows.add rejects rows of the wrong width", async () => {
  const { run } = setup({ sheets: ["预算分配"] });
  await budgetTable(run);
  await run(async (context) => {
    context.workbook.tables.getItem("PlanBudget").rows.add(undefined, [["too", "short"]]);
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
});

it("columns: items, getItem by name, add with values and name, header names kept unique and never blank", async () => {
  const { run, state } = setup({ sheets: ["预算分配"] });
  await budgetTable(run);
  await run(async (context) => {
    const t = context.workbook.tables.getItem("PlanBudget");
    t.columns.add(undefined, [["审批人"], ["张三"]]);
    t.columns.add(1, undefined, "影响");
    const cols = t.columns.load("items/name, items/index, items/id");
    const variance = t.columns.getItem("差异(万元)").getDataBodyRange().load("address");
    const missing = t.columns.getItemOrNullObject("不存在");
    await context.sync();
    expect(cols.items.map((c) => c.name)).toEqual([
      "项目类别",
      "影响",
      "明细科目",
      "预算金额(万元)",
      "实际支出(万元)",
      "差异(万元)",
      "审批人",
    ]);
    expect(cols.items.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(cols.items[1].id).toBe(7);
    expect(variance.address).toBe("预算分配!F2");
    expect(missing.isNullObject).toBe(true);
    // a duplicate header typed by a person becomes unique, a cleared one "ColumnN"
    const sheet = context.workbook.worksheets.getItem("预算分配");
    sheet.getRange("C1").values = [["影响"]];
    sheet.getRange("D1").values = [[""]];
    await context.sync();
  });
  expect(state.table("PlanBudget")!.headers.slice(0, 4)).toEqual(["项目类别", "影响", "影响2", "Column4"]);
});

it("table names: getItem, a null object for a missing one, names Excel refuses", async () => {
  const { run } = setup({ sheets: ["预算分配"] });
  await budgetTable(run);
  await run(async (context) => {
    const wb = context.workbook;
    const t = wb.tables.getItemOrNullObject("planbudget").load("name");
    const none = wb.tables.getItemOrNullObject("Nope");
    const onSheet = wb.worksheets.getItem("预算分配").tables.load("items/name");
    await context.sync();
    expect(t.name).toBe("PlanBudget");
    expect(none.isNullObject).toBe(true);
    expect(onSheet.items.map((x) => x.name)).toEqual(["PlanBudget"]);
    wb.tables.getItem("Nope").load("name");
    expect((await rejection(context.sync())).code).toBe("ItemNotFound");
    wb.tables.getItem("PlanBudget").name = "Plan Budget";
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    wb.tables.getItem("PlanBudget").name = "A1";
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
});

it("a table cannot overlap another", async () => {
  const { run } = setup({ sheets: ["预算分配"] });
  await budgetTable(run);
  await run(async (context) => {
    context.workbook.worksheets.getItem("预算分配").tables.add("C2:G5", true);
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
});

it("without headers, Excel inserts a header row above the data", async () => {
  const { run, state } = setup();
  state.setCell("Sheet1", "A1:B2", [
    [1, 2],
    [3, 4],
  ]);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", false);
    await context.sync();
  });
  expect(state.tables()[0]).toMatchObject({
    address: "Sheet1!A1:B3",
    headers: ["Column1", "Column2"],
    values: [
      [1, 2],
      [3, 4],
    ],
  });
});

describe("people editing around tables", () => {
  async function filled() {
    const t = setup({ sheets: ["预算分配"] });
    await budgetTable(t.run);
    t.state.setCell("预算分配", "A2:E4", [
      ["a", "x", 10, 11, "=D2-C2"],
      ["b", "y", 20, 18, "=D3-C3"],
      ["c", "z", 5, 4.5, "=D4-C4"],
    ]);
    return t;
  }

  it("deleting sheet rows inside a table shrinks it; formulas keep pointing at their rows", async () => {
    const { state } = await filled();
    state.deleteRows("预算分配", 3);
    const t = state.table("PlanBudget")!;
    expect(t.address).toBe("预算分配!A1:E3");
    expect(t.formulas.map((r) => r[4])).toEqual(["=D2-C2", "=D3-C3"]);
    expect(t.values.map((r) => r[0])).toEqual(["a", "c"]);
  });

  it("inserting sheet rows inside a table grows it; below it leaves it alone", async () => {
    const { state } = await filled();
    state.insertRows("预算分配", 3, 2);
    expect(state.table("PlanBudget")!.address).toBe("预算分配!A1:E6");
    state.insertRows("预算分配", 7);
    expect(state.table("PlanBudget")!.address).toBe("预算分配!A1:E6");
    state.insertRows("预算分配", 1);
    expect(state.table("PlanBudget")!.address).toBe("预算分配!A2:E7");
  });

  it("inserting a sheet column inside a table adds a column named ColumnN", async () => {
    const { state } = await filled();
    state.insertColumn("预算分配", "C");
    expect(state.table("PlanBudget")!.headers).toEqual([
      "项目类别",
      "明细科目",
      "Column3",
      "预算金额(万元)",
      "实际支出(万元)",
      "差异(万元)",
    ]);
    expect(state.getFormula("预算分配", "F2")).toBe("=E2-D2");
  });

  it("deleting a column of a table removes it; deleting the header row alone is refused", async () => {
    const { state, run } = await filled();
    state.deleteColumns("预算分配", "B");
    expect(state.table("PlanBudget")!.headers).toEqual(["项目类别", "预算金额(万元)", "实际支出(万元)", "差异(万元)"]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("预算分配").getRange("1:1").delete("Up");
      expect((await rejection(context.sync())).code).toBe("InsertDeleteConflict");
      // cells that would cut through the table
      context.workbook.worksheets.getItem("预算分配").getRange("B3:B3").delete("Up");
      expect((await rejection(context.sync())).code).toBe("InsertDeleteConflict");
    });
  });

  it("TableRow.delete moves the rows below up", async () => {
    const { state, run } = await filled();
    await run(async (context) => {
      context.workbook.tables.getItem("PlanBudget").rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(state.table("PlanBudget")!.values.map((r) => r[0])).toEqual(["b", "c"]);
    expect(state.table("PlanBudget")!.address).toBe("预算分配!A1:E3");
  });

  it("deleting the table's sheet rows entirely removes the table", async () => {
    const { state } = await filled();
    state.deleteRows("预算分配", 1, 4);
    expect(state.tables()).toEqual([]);
  });
});
