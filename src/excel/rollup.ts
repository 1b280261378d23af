/**
 * The roll-up sheet written into the open workbook: one Excel.run, two round
 * trips whatever the number of departments (is the sheet there? write), three
 * when it is there (is it ours?). Only the roll-up's own sheet is touched: a sheet of that name whose
 * header is not the roll-up's is left alone and reported.
 */
import type { RollupSheet } from "../domain/rollup/rollup-sheets";
import { HEADER_FILL } from "../domain/write/look";
import { columnLetter } from "./address";
import type { RollupWriteReport } from "./contract";
import { runAction } from "./run";

/** The rows as Office's range.formulas takes them: "=…" for formula cells, values otherwise. */
export function rollupFormulas(sheet: RollupSheet): (string | number)[][] {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  return sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      if (cell === null || cell === undefined) return "";
      return typeof cell === "object" ? `=${cell.formula}` : cell;
    }),
  );
}

export async function writeRollupSheet(sheet: RollupSheet): Promise<RollupWriteReport> {
  return runAction(async (action) => {
    const sheets = action.context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(sheet.name);
    existing.load("name");
    await action.sync();
    const formulas = rollupFormulas(sheet);
    const width = formulas[0].length;
    const headerAddress = `A1:${columnLetter(width - 1)}1`;
    // eslint-disable-next-line office-addins/call-sync-before-read -- action.sync() is the counted context.sync()
    if (!existing.isNullObject) {
      const header = existing.getRange(headerAddress);
      header.load("values");
      await action.sync();
      const ours = header.values[0].every((v, i) => String(v) === String(formulas[0][i]));
      if (!ours) return { written: false, reason: "sheetTaken", sheetName: sheet.name, syncs: action.syncs };
      existing.delete();
    }
    const ws = sheets.add(sheet.name);
    const all = ws.getRange(`A1:${columnLetter(width - 1)}${formulas.length}`);
    all.numberFormat = formulas.map((row, r) => row.map((_, c) => (r > 0 && sheet.formats[c]) || "General"));
    all.formulas = formulas;
    const header = ws.getRange(headerAddress);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    ws.getRange(`A${formulas.length}:${columnLetter(width - 1)}${formulas.length}`).format.font.bold = true;
    ws.freezePanes.freezeRows(1);
    ws.activate();
    await action.sync();
    return { written: true, sheetName: sheet.name, rows: formulas.length - 2, syncs: action.syncs };
  });
}
