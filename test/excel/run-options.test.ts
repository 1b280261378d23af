/**
 * Real Excel fails a batch while a person edits a cell, unless the run asks
 * for delayForCellEdit; and with ExcelApi 1.20 one action can be one undo step.
 * The double models both (startCellEdit / runOptions).
 */
import { createExcelDouble, installExcelDouble } from "../excel-double";
import { createExcelPlanWorkbook } from "../../src/excel";
import { setup } from "./harness";

test("an action started while a cell is edited waits for the edit to end, then runs", async () => {
  const h = setup({ lang: "zh-CN" });
  try {
    h.state.startCellEdit();
    let done = false;
    const pending = h.workbook.readSettings().then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(h.stats.syncs).toBe(0);
    h.state.endCellEdit();
    expect((await pending).present).toBe(false);
    expect(h.state.runOptions()).toEqual([{ delayForCellEdit: true }]);
  } finally {
    h.uninstall();
  }
});

test("without delayForCellEdit the double fails the run as Excel does (so the option is what saves it)", async () => {
  const h = setup({ lang: "zh-CN" });
  try {
    h.state.startCellEdit();
    await expect(Excel.run(async (context) => context.sync())).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  } finally {
    h.uninstall();
  }
});

test.each([
  ["1.20", { delayForCellEdit: true, mergeUndoGroup: true }],
  ["1.19", { delayForCellEdit: true }],
])("ExcelApi %s: run options %j", async (apiVersion, expected) => {
  const double = createExcelDouble({ sheets: ["Sheet1"], apiVersion });
  const uninstall = installExcelDouble(double);
  try {
    await createExcelPlanWorkbook().readSettings();
    expect(double.workbookState.runOptions()).toEqual([expected]);
  } finally {
    uninstall();
  }
});
