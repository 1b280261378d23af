/**
 * Puts the formula back into computed cells a person typed a value over (the
 * check's computedValueTyped findings): only the cells named, and only when
 * they still are computed cells of a plan table holding a typed value, so a
 * stale finding never overwrites anything. One Excel.run, three round trips
 * (two to find the tables with their formulas, one to write), whatever the
 * number of cells (the scan says which cells hold typed values).
 */
import { splitQualifiedAddress, parseCellA1, cellA1, qualifiedAddress } from "../domain/address/a1";
import type { Lang } from "../domain/language";
import { PLAN_SHEET_KEYS } from "../domain/schema/sheet-keys";
import { canWriteComputed, computedColumnFormulas, computedDefs } from "../domain/write/layout";
import type { RestoreReport } from "./contract";
import { runAction } from "./run";
import { scanWorkbook, type FoundTable } from "./scan";
import { styleFromScan } from "./settings";

const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function restoreFormulas(addresses: readonly string[], lang: Lang): Promise<RestoreReport> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS, withKinds: PLAN_SHEET_KEYS });
    const style = styleFromScan(scan) ?? "plan";
    const tables = PLAN_SHEET_KEYS.map((k) => scan.tables[k]).filter((t): t is FoundTable => t !== undefined);
    const restored: string[] = [];
    const skipped: string[] = [];
    for (const address of new Set(addresses)) {
      const parts = splitQualifiedAddress(address);
      const cell = parts && parseCellA1(parts.a1);
      const table =
        parts &&
        cell &&
        tables.find(
          (t) =>
            sameSheet(t.sheetName, parts.sheetName) &&
            cell.row > t.row &&
            cell.row < t.row + t.rows &&
            cell.col >= t.col &&
            cell.col < t.col + t.cols,
        );
      const def = table && cell && computedDefs(table.sheet).find((d) => table.columns.byKey.get(d.key) === cell.col);
      const kind = table && cell ? table.kinds?.get(cell.col)?.[cell.row - table.row - 1] : undefined;
      if (!table || !cell || !def || !canWriteComputed(def, table.columns, style) || kind !== "typed") {
        skipped.push(address);
        continue;
      }
      const [[formula]] = computedColumnFormulas(def, table.columns, style, lang, cell.row, 1);
      table.worksheet.getRange(cellA1(cell.row, cell.col)).formulas = [[formula]];
      restored.push(qualifiedAddress(table.sheetName, cellA1(cell.row, cell.col)));
    }
    await action.sync();
    return { restored, skipped, syncs: action.syncs };
  });
}
