/** Selecting a cell a finding points at, and writing a formula into the selected cell. */
import { qualifiedAddress } from "../domain/address/a1";
import { parseAddress } from "./address";
import { WorkbookError } from "./errors";
import { runAction } from "./run";

/** Activates the sheet and selects the cell or range: 预算分配!E7, 'Plan Budget'!E7, or E7 on the active sheet. */
export async function selectAddress(address: string): Promise<void> {
  const parsed = parseAddress(address);
  if (!parsed) throw new WorkbookError("notAnAddress", { address });
  await runAction(async (action) => {
    const wb = action.context.workbook;
    const ws = parsed.sheet === null ? wb.worksheets.getActiveWorksheet() : wb.worksheets.getItem(parsed.sheet);
    ws.activate();
    ws.getRange(parsed.a1).select();
    await action.sync();
  });
}

/**
 * Puts `formula` into the active cell and returns that cell's sheet-qualified
 * address; refuses (WorkbookError cellNotEmpty) when the cell is not empty. Two round
 * trips: look at the cell, then write.
 */
export async function insertFormula(formula: string): Promise<string> {
  const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
  return runAction(async (action) => {
    const cell = action.context.workbook.getActiveCell();
    cell.load("address,formulas");
    await action.sync();
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- action.sync() is the counted context.sync()
    const address = displayOf(cell.address);
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded and synced above
    const current = cell.formulas[0]?.[0];
    if (current !== "" && current !== null && current !== undefined)
      throw new WorkbookError("cellNotEmpty", { address }); // never write over what a person typed
    // eslint-disable-next-line office-addins/call-sync-after-load -- writing, not reading; action.sync() below is the counted context.sync()
    cell.formulas = [[text]];
    await action.sync();
    return address;
  });
}

/** Excel's "'Plan Budget'!B2" / "预算分配!B2" as people read it: quotes only where Excel needs them. */
function displayOf(address: string): string {
  const p = parseAddress(address);
  return p && p.sheet !== null ? qualifiedAddress(p.sheet, p.a1) : address;
}
