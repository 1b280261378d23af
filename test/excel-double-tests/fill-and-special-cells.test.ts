/**
 * Range.autoFill, Range.getSpecialCells and a table's calculated column filling
 * formulas into cells written null or "" (office-js #1916), as Excel does them.
 */
import { rejection, setup } from "./helpers";

async function budget(run: ReturnType<typeof setup>["run"], rows: number) {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("预算分配");
    sheet.getRange("A1:C1").values = [["预算", "实际", "差异"]];
    const body = Array.from({ length: rows }, (_, i) => [10 * (i + 1), 10 * (i + 1) + i, null]);
    sheet.getRange(`A2:C${rows + 1}`).values = body as never;
    sheet.tables.add(`预算分配!A1:C${rows + 1}`, true).name = "PlanBudget";
    await context.sync();
  });
}

describe("Range.autoFill", () => {
  it("fills a formula down with its relative references moved and absolute ones and names kept", async () => {
    const { run, state } = setup({ sheets: ["预算分配"] });
    await budget(run, 4);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("预算分配");
      const top = sheet.getRange("C2");
      top.numberFormat = [["0.00"]];
      top.formulas = [['=IF(OR(B2="",A2=""),"",B2-A2+$A$2*0)']];
      top.autoFill("C2:C5", "FillCopy");
      await context.sync();
    });
    expect(state.getFormula("预算分配", "C5")).toBe('=IF(OR(B5="",A5=""),"",B5-A5+$A$2*0)');
    expect(state.getValues("预算分配", "C2:C5").map((r) => r[0])).toEqual([0, 1, 2, 3]);
    expect(state.getFormat("预算分配", "C4", "numberFormat")).toBe("0.00");
  });

  it("refuses a destination that does not extend the source in one direction", async () => {
    const { run } = setup({ sheets: ["预算分配"] });
    await budget(run, 4);
    const e = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("预算分配").getRange("C2").autoFill("D3:D5");
        await context.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });
});

describe("Range.getSpecialCells", () => {
  it("finds the formula cells and the typed cells of a column as areas, with the sheet in each", async () => {
    const { run, state } = setup({ sheets: ["预算 分配"] });
    state.setCell("预算 分配", "C2:C7", [["=1"], ["=2"], [5], ["=4"], [""], ["=6"]]);
    const got = await run(async (context) => {
      const col = context.workbook.worksheets.getItem("预算 分配").getRange("C2:C7");
      const formulas = col.getSpecialCells("Formulas").load("address,areaCount");
      const constants = col.getSpecialCellsOrNullObject("Constants").load("address");
      await context.sync();
      return { formulas: formulas.address, areas: formulas.areaCount, constants: constants.address };
    });
    expect(got).toEqual({
      formulas: "'预算 分配'!C2:C3, '预算 分配'!C5, '预算 分配'!C7",
      areas: 3,
      constants: "'预算 分配'!C4",
    });
  });

  it("none found: ItemNotFound at the sync, or a null object", async () => {
    const { run, state } = setup({ sheets: ["Sheet1"] });
    state.setCell("Sheet1", "A1:A2", [[1], [2]]);
    const e = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").getSpecialCells("Formulas").load("address");
        await context.sync();
      }),
    );
    expect(e.code).toBe("ItemNotFound");
    const isNull = await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").getSpecialCellsOrNullObject("Formulas");
      r.load("address");
      await context.sync();
      return r.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe('a calculated column fills formulas into cells written null or "" (office-js #1916)', () => {
  const write = (run: ReturnType<typeof setup>["run"]) =>
    run(async (context) => {
      context.workbook.worksheets.getItem("预算分配").getRange("C2:C5").formulas = [
        ["=B2-A2"],
        [null],
        ["=B4-A4"],
        [""],
      ] as never;
      await context.sync();
    });

  it("with Excel's default AutoCorrect option, over what the cell held", async () => {
    const { run, state } = setup({ sheets: ["预算分配"] });
    await budget(run, 4);
    state.setCell("预算分配", "C3", "人工填写");
    await write(run);
    expect(state.getFormula("预算分配", "C3")).toBe("=B3-A3");
    expect(state.getFormula("预算分配", "C5")).toBe("=B5-A5");
  });

  it("not with the option off, nor outside a table", async () => {
    const off = setup({ sheets: ["预算分配"], fillTableFormulas: false });
    await budget(off.run, 4);
    off.state.setCell("预算分配", "C3", "人工填写");
    await write(off.run);
    expect(off.state.getValue("预算分配", "C3")).toBe("人工填写");
    const plain = setup({ sheets: ["预算分配"] });
    plain.state.setCell("预算分配", "C3", "人工填写");
    await write(plain.run);
    expect(plain.state.getValue("预算分配", "C3")).toBe("人工填写");
  });
});
