/** Range addresses and navigation, structure, formats, validation, conditional formats, worksheets. */
import { setup, rejection } from "./helpers";

it("writes addresses as Excel does: bare plain and CJK names, quoted when needed", async () => {
  const { run } = setup({ sheets: ["Sheet1", "预算分配", "预算 分配", "2026", "A1", "O'Brien"] });
  await run(async (context) => {
    const names = ["Sheet1", "预算分配", "预算 分配", "2026", "A1", "O'Brien"];
    const ranges = names.map((n) => context.workbook.worksheets.getItem(n).getRange("B2:C3").load("address"));
    await context.sync();
    expect(ranges.map((r) => r.address)).toEqual([
      "Sheet1!B2:C3",
      "预算分配!B2:C3",
      "'预算 分配'!B2:C3",
      "'2026'!B2:C3",
      "'A1'!B2:C3",
      "'O''Brien'!B2:C3",
    ]);
  });
});

it("derives ranges the code uses: by address and by indexes; a range off the sheet is refused", async () => {
  const { run } = setup();
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    const got = [s.getRangeByIndexes(9, 0, 2, 3), s.getRange("$A$1"), s.getRange("B2:D5")].map((r) =>
      r.load("address, rowIndex, columnIndex, rowCount, columnCount"),
    );
    await context.sync();
    expect(got.map((r) => r.address.replace("Sheet1!", ""))).toEqual(["A10:C11", "A1", "B2:D5"]);
    expect([got[2].rowIndex, got[2].columnIndex, got[2].rowCount, got[2].columnCount]).toEqual([1, 1, 4, 3]);
    s.getRangeByIndexes(-1, 0, 1, 1).load("address");
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
});

it("used range: values only, formats included, null object for an empty sheet", async () => {
  const { run, state } = setup({ sheets: ["S", "Empty"] });
  state.setCell("S", "B2:C3", [
    [1, 2],
    [3, "=B2"],
  ]);
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("S");
    s.getRange("E7").format.fill.color = "yellow";
    const values = s.getUsedRange(true).load("address");
    const all = s.getUsedRange().load("address");
    const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
    const emptyA1 = context.workbook.worksheets.getItem("Empty").getUsedRange().load("address");
    await context.sync();
    expect(values.address).toBe("S!B2:C3");
    expect(all.address).toBe("S!B2:E7");
    expect(empty.isNullObject).toBe(true);
    expect(emptyA1.address).toBe("Empty!A1");
  });
});

it("insert and delete shift cells and move references", async () => {
  const { run, state } = setup();
  state.setCell("Sheet1", "A1:A3", [[1], [2], [3]]);
  state.setCell("Sheet1", "C1", "=A3");
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    const inserted = s.getRange("2:2").insert("Down").load("address");
    await context.sync();
    expect(inserted.address).toBe("Sheet1!2:2");
  });
  expect(state.getValues("Sheet1", "A1:A4")).toEqual([[1], [""], [2], [3]]);
  expect(state.getFormula("Sheet1", "C1")).toBe("=A4");
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").delete("Up");
    await context.sync();
  });
  expect(state.getValues("Sheet1", "A1:A2")).toEqual([[2], [3]]);
  expect(state.getValue("Sheet1", "C1")).toBe(3);
});

it("formats: fill and font colors read back as #RRGGBB, mixed values as null, widths, autofit", async () => {
  const { run, state } = setup();
  state.setCell("Sheet1", "A1:A2", [["预算金额(万元)"], ["x"]]);
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    const header = s.getRange("A1:C1");
    header.format.fill.color = "#d9e1f2";
    header.format.font.bold = true;
    header.format.font.color = "red";
    header.format.wrapText = true;
    header.format.horizontalAlignment = "Center";
    s.getRange("B:B").format.columnWidth = 120;
    s.getRange("A:A").format.autofitColumns();
    const f = header.format.load("wrapText, horizontalAlignment");
    const fill = header.format.fill.load("color");
    const font = header.format.font.load("bold, color");
    const mixed = s.getRange("A1:A2").format.font.load("bold");
    const width = s.getRange("B1").format.load("columnWidth");
    await context.sync();
    expect([fill.color, font.bold, font.color, f.wrapText, f.horizontalAlignment]).toEqual([
      "#D9E1F2",
      true,
      "#FF0000",
      true,
      "Center",
    ]);
    expect(mixed.bold).toBeNull();
    expect(width.columnWidth).toBe(120);
    s.getRange("A1").format.horizontalAlignment = "Middle" as never;
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
  // 2 ASCII + 8 wide characters ⇒ wider than the default 48pt
  expect(state.columnWidth("Sheet1", "A")).toBeGreaterThan(48);
});

it("data validation: list rules stored as given, valid checks values, clear removes", async () => {
  const { run, state } = setup({ sheets: ["目标分解", "预算分配"] });
  state.setCell("目标分解", "A2:A3", [["G1"], ["G2"]]);
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("预算分配");
    const cat = s.getRange("A2:A10");
    cat.dataValidation.rule = { list: { inCellDropDown: true, source: "渠道费用,推广费用,物料制作费" } };
    s.getRange("B2:B10").dataValidation.rule = { list: { inCellDropDown: true, source: "='目标分解'!$A$2:$A$3" } };
    s.getRange("C2:C10").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    s.getRange("A2:C2").values = [["推广费用", "G2", 5]];
    s.getRange("A3:C3").values = [["其他", "G9", -1]];
    const rule = cat.dataValidation.load("rule, type");
    const ok = s.getRange("A2:C2").dataValidation.load("valid");
    const bad = [s.getRange("A3"), s.getRange("B3"), s.getRange("C3")].map((r) => r.dataValidation.load("valid"));
    await context.sync();
    expect(rule.rule).toEqual({ list: { inCellDropDown: true, source: "渠道费用,推广费用,物料制作费" } });
    expect(rule.type).toBe("List");
    expect(ok.valid).toBe(true);
    expect(bad.map((b) => b.valid)).toEqual([false, false, false]);
    cat.dataValidation.clear();
    const cleared = cat.dataValidation.load("type");
    await context.sync();
    expect(cleared.type).toBe("None");
    s.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "" } };
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
  expect(state.validation("预算分配", "B5")).toEqual({
    list: { inCellDropDown: true, source: "='目标分解'!$A$2:$A$3" },
  });
});

it("conditional formats: custom formula rules with fill and font, evaluated per cell by the state helper", async () => {
  const { run, state, double } = setup();
  state.setCell("Sheet1", "A1:A3", [[0.05], [0.3], [0.6]]);
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    const cf = s.getRange("A1:A3").conditionalFormats.add(double.Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = "=$A1>0.5";
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.font.color = "#9C0006";
    const cf2 = s.getRange("A1:A3").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf2.custom.rule.formula = "=A1>0.2";
    cf2.custom.format.fill.color = "yellow";
    const list = s.getRange("A2").conditionalFormats.load("items/type, items/priority");
    const rule = cf.custom.rule.load("formula");
    await context.sync();
    expect(list.items.map((i) => [i.type, i.priority])).toEqual([
      ["Custom", 0],
      ["Custom", 1],
    ]);
    expect(rule.formula).toBe("=$A1>0.5");
  });
  expect(state.conditionalFormatsAt("Sheet1", "A1")).toEqual([]);
  expect(state.conditionalFormatsAt("Sheet1", "A2")).toEqual([{ "fill.color": "#FFFF00" }]);
  expect(state.conditionalFormatsAt("Sheet1", "A3")).toEqual([
    { "fill.color": "#FFFF00" },
    { "fill.color": "#FFC7CE", "font.color": "#9C0006" },
  ]);
});

describe("worksheets", () => {
  it("add, rename, move, hide, activate, delete; duplicate and invalid names are refused", async () => {
    const { run, state } = setup({ sheets: ["A", "B"] });
    await run(async (context) => {
      const ws = context.workbook.worksheets;
      const c = ws.add("预算分配");
      c.position = 0;
      ws.getItem("B").name = "效果监控";
      ws.getItem("A").visibility = "Hidden";
      c.activate();
      await context.sync();
      expect(state.sheetNames()).toEqual(["预算分配", "A", "效果监控"]);
      expect(state.activeSheet()).toBe("预算分配");
      ws.add("效果监控");
      expect((await rejection(context.sync())).code).toBe("ItemAlreadyExists");
      ws.add("a/b");
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
      ws.getItem("A").delete();
      const active = ws.getActiveWorksheet().load("name, position");
      const count = ws.getCount();
      await context.sync();
      expect(active.name).toBe("预算分配");
      expect(count.value).toBe(2);
      expect(state.sheetNames()).toEqual(["预算分配", "效果监控"]);
    });
  });

  it("freezes panes and reports the frozen location", async () => {
    const { run, state } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const before = s.freezePanes.getLocationOrNullObject();
      await context.sync();
      expect(before.isNullObject).toBe(true);
      s.freezePanes.freezeRows(1);
      const loc = s.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(loc.address).toBe("Sheet1!1:1");
    });
    expect(state.freeze("Sheet1")).toEqual({ rows: 1, cols: 0 });
  });

  it("select() moves the selection; getSelectedRange and getActiveCell read it", async () => {
    const { run, state } = setup({ sheets: ["S", "预算分配"] });
    await run(async (context) => {
      context.workbook.worksheets.getItem("预算分配").getRange("E7:F8").select();
      const sel = context.workbook.getSelectedRange().load("address");
      const cell = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect(sel.address).toBe("预算分配!E7:F8");
      expect(cell.address).toBe("预算分配!E7");
    });
    expect(state.selection()).toBe("预算分配!E7:F8");
    expect(state.activeSheet()).toBe("预算分配");
  });
});
