/** Formulas calculated by HyperFormula, read back as Excel returns them. */
import { setup, rejection } from "./helpers";

it("calculates formulas; values read back are results, formulas the text (values for constants)", async () => {
  const { run } = setup();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C1").formulas = [[10, 11, "=B1-A1"]];
    sheet.getRange("D1").values = [["=C1/A1"]]; // values also take formulas, as typed input
    const r = sheet.getRange("A1:D1").load("values, formulas, valueTypes");
    await context.sync();
    expect(r.values).toEqual([[10, 11, 1, 0.1]]);
    expect(r.formulas).toEqual([[10, 11, "=B1-A1", "=C1/A1"]]);
    expect(r.valueTypes).toEqual([["Double", "Double", "Double", "Double"]]);
    sheet.getRange("A1").values = [[20]];
    r.load("values");
    await context.sync();
    expect(r.values[0][2]).toBe(-9);
  });
});

it("returns Excel's error values with valueType Error", async () => {
  const { run } = setup();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:E1").formulas = [["=1/0", '=1+"x"', "=NA()", "=NOSUCHFUNCTION(1)", "=A1"]];
    const r = sheet.getRange("A1:E1").load("values, valueTypes, text");
    await context.sync();
    expect(r.values).toEqual([["#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#DIV/0!"]]);
    expect(r.valueTypes[0]).toEqual(["Error", "Error", "Error", "Error", "Error"]);
    expect(r.text[0][0]).toBe("#DIV/0!");
  });
});

it("a formula that refers to an empty cell gives 0; an empty cell reads as '' and Empty", async () => {
  const { run } = setup();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").formulas = [["=B1"]];
    const r = sheet.getRange("A1:B1").load("values, valueTypes");
    await context.sync();
    expect(r.values).toEqual([[0, ""]]);
    expect(r.valueTypes).toEqual([["Double", "Empty"]]);
  });
});

it('a blank cell is "" in text contexts and 0 in arithmetic, as in Excel (a blank threshold is not 0% to concatenation)', async () => {
  const { run } = setup();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:F1").formulas = [
      ['=B9&""', '=B9=""', "=B9+1", '=LEN(B9&"")', '=IF(B9="","blank","zero")', "=B9*2"],
    ];
    const r = sheet.getRange("A1:F1").load("values, valueTypes");
    await context.sync();
    expect(r.values).toEqual([["", true, 1, 0, "blank", 0]]);
    expect(r.valueTypes[0][0]).toBe("String");
    // The same through a name: a blank threshold cell is "" to concatenation, not "0" (so not 0%).
    context.workbook.names.add("PlanApprovalLead", sheet.getRange("C9"));
    sheet.getRange("A2:D2").formulas = [
      ['=PlanApprovalLead&""', '=PlanApprovalLead=""', "=PlanApprovalLead+1", "=0.05>PlanApprovalLead"],
    ];
    const n = sheet.getRange("A2:D2").load("values");
    await context.sync();
    expect(n.values).toEqual([["", true, 1, true]]);
  });
});

it("rejects a formula that does not parse with InvalidArgument", async () => {
  const { run } = setup();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM(1,"]];
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
});

it("reads typed input as Excel does: numbers, percentages and dates from text, ' and @ keep text", async () => {
  const { run, state } = setup();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B1").numberFormat = [["@"]];
    sheet.getRange("A1:A5").values = [["12"], ["10%"], ["2026-01-05"], ["'11"], ["TRUE"]];
    sheet.getRange("B1").values = [["11"]];
    await context.sync();
  });
  expect(state.getValues("Sheet1", "A1:A5")).toEqual([[12], [0.1], [46027], ["11"], [true]]);
  expect(state.getNumberFormat("Sheet1", "A2")).toBe("0%");
  expect(state.getText("Sheet1", "A2")).toBe("10%");
  expect(state.getText("Sheet1", "A3")).toBe("2026-01-05");
  expect(state.getValue("Sheet1", "B1")).toBe("11");
});

it("formats text by number format", async () => {
  const { run } = setup();
  await run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
    r.values = [[0.125, 1234.5, 46027, 3.6]];
    r.numberFormat = [["0.0%", "#,##0.00", "yyyy/m/d", '"1:"0.0']];
    r.load("text, numberFormat");
    await context.sync();
    expect(r.text).toEqual([["12.5%", "1,234.50", "2026/1/5", "1:3.6"]]);
    expect(r.numberFormat).toEqual([["0.0%", "#,##0.00", "yyyy/m/d", '"1:"0.0']]);
  });
});

describe("sheet names in formulas", () => {
  it("reads quoted CJK sheet names and CJK text literals", async () => {
    const { run } = setup({ sheets: ["预算分配", "效果监控"] });
    await run(async (context) => {
      context.workbook.worksheets.getItem("预算分配").getRange("A1:B1").values = [[100, "万元"]];
      const m = context.workbook.worksheets.getItem("效果监控").getRange("A1:C1");
      m.formulas = [["='预算分配'!A1*2", "='预算分配'!A1&'预算分配'!B1", '=IF(\'预算分配\'!A1>50,"达标","告警")']];
      m.load("values, formulas");
      await context.sync();
      expect(m.values).toEqual([[200, "100万元", "达标"]]);
      // Excel writes plain CJK sheet names without quotes
      expect(m.formulas).toEqual([["=预算分配!A1*2", "=预算分配!A1&预算分配!B1", '=IF(预算分配!A1>50,"达标","告警")']]);
    });
  });

  it("also reads unquoted CJK names (as Excel does) and keeps quotes where Excel needs them", () => {
    const { state } = setup({ sheets: ["预算 分配", "预算分配", "S"] });
    state.setCell("预算 分配", "A1", 1);
    state.setCell("预算分配", "A1", 2);
    state.setCell("S", "A1", "=预算分配!A1+'预算 分配'!A1");
    expect(state.getValue("S", "A1")).toBe(3);
    expect(state.getFormula("S", "A1")).toBe("=预算分配!A1+'预算 分配'!A1");
  });

  it("follows a sheet rename in formulas", async () => {
    const { run, state } = setup({ sheets: ["Data", "S"] });
    state.setCell("Data", "A1", 5);
    state.setCell("S", "A1", "=Data!A1*2");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "预算 分配";
      await context.sync();
    });
    expect(state.getFormula("S", "A1")).toBe("='预算 分配'!A1*2");
    expect(state.getValue("S", "A1")).toBe(10);
  });
});

describe("named items", () => {
  it("resolves names in formulas: a named cell on a CJK sheet and a constant", async () => {
    const { run, state } = setup({ sheets: ["设置", "预算分配"] });
    await run(async (context) => {
      const settings = context.workbook.worksheets.getItem("设置");
      settings.getRange("B2").values = [[0.1]];
      context.workbook.names.add("PlanApprovalLead", settings.getRange("B2"));
      context.workbook.names.add("PlanMinROI", "=1.5");
      const budget = context.workbook.worksheets.getItem("预算分配");
      budget.getRange("A1:C1").formulas = [[0.15, '=IF(A1>PlanApprovalLead,"营销负责人","")', "=PlanMinROI*2"]];
      const r = budget.getRange("B1:C1").load("values");
      const item = context.workbook.names.getItem("PlanApprovalLead").load("name, type, value, formula");
      const named = context.workbook.names.getItem("PlanApprovalLead").getRange().load("address, values");
      const all = context.workbook.names.load("items/name");
      await context.sync();
      expect(r.values).toEqual([["营销负责人", 3]]);
      expect(item.type).toBe("Range");
      expect(item.value).toBe("设置!$B$2");
      expect(item.formula).toBe("=设置!$B$2");
      expect(named.address).toBe("设置!B2");
      expect(named.values).toEqual([[0.1]]);
      expect(all.items.map((n) => n.name)).toEqual(["PlanApprovalLead", "PlanMinROI"]);
    });
    // the threshold changes: dependent formulas recalculate
    state.setCell("设置", "B2", 0.2);
    expect(state.getValue("预算分配", "B1")).toBe("");
    expect(state.names().find((n) => n.name === "PlanMinROI")).toMatchObject({ type: "Double", value: 1.5 });
  });

  it("getItem of a missing name rejects; getItemOrNullObject is null; a duplicate name is refused", async () => {
    const { run } = setup();
    await run(async (context) => {
      context.workbook.names.getItem("Nope").load("name");
      expect((await rejection(context.sync())).code).toBe("ItemNotFound");
      const n = context.workbook.names.getItemOrNullObject("Nope");
      await context.sync();
      expect(n.isNullObject).toBe(true);
      context.workbook.names.add("X1Y", "=1");
      context.workbook.names.add("x1y", "=2");
      expect((await rejection(context.sync())).code).toBe("ItemAlreadyExists");
    });
  });

  it("a worksheet getRange accepts a defined name", async () => {
    const { run, state } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("Target", sheet.getRange("C3:D4"));
      sheet.getRange("Target").values = 1 as never;
      await context.sync();
    });
    expect(state.getValues("Sheet1", "C3:D4")).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

it("recalculates after a person deletes rows: references move, deleted ones become #REF!", () => {
  const { state } = setup();
  state.setCell("Sheet1", "A1:A4", [[1], [2], [3], [4]]);
  state.setCell("Sheet1", "B1", "=SUM(A1:A4)");
  state.setCell("Sheet1", "B2", "=A3*10");
  state.setCell("Sheet1", "C1", "=A2");
  state.deleteRows("Sheet1", 2);
  expect(state.getFormula("Sheet1", "B1")).toBe("=SUM(A1:A3)");
  expect(state.getValue("Sheet1", "B1")).toBe(8);
  expect(state.getFormula("Sheet1", "C1")).toBe("=#REF!");
  expect(state.getValue("Sheet1", "C1")).toBe("#REF!");
});
