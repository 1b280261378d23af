/**
 * Weekly (monthly, quarterly) entry: append one monitoring row per metric for
 * the period, targets and the rest carried over by the domain, actual blank,
 * computed formulas in the new rows; then select the first actual to type.
 * Round trips: two to find and read the monitoring table, one to write.
 */
import { rateFormats } from "../domain/write/rate-format";
import { cellA1, qualifiedAddress } from "../domain/address/a1";
import { readSheet } from "../domain/read/read-sheet";
import { monitoringRowsForPeriod } from "../domain/period/rows-for-period";
import { parsePeriod } from "../domain/period/period";
import { frequencyOfPeriod } from "../domain/period/frequency";
import { sheetColumns } from "../domain/schema/sheets";
import { sheetCellValue } from "../domain/write/cell-values";
import type { PeriodUpdateOptions, PeriodUpdateReport } from "./contract";
import { canWriteComputed, columnWrites, computedColumnFormulas } from "../domain/write/layout";
import { PayloadQueue } from "./payload";
import { readTables } from "./read-tables";
import { runAction } from "./run";
import { scanWorkbook, STYLE_NAME, LANGUAGE_NAME } from "./scan";
import { langFromScan, styleFromScan } from "./settings";
import { fillFormulas, writeColumn } from "./write-column";
import { numberFormatOf } from "../domain/write/look";

import { WorkbookError } from "./errors";

export async function addPeriodRows(options: PeriodUpdateOptions): Promise<PeriodUpdateReport> {
  const period = parsePeriod(options.period);
  if (!period) throw new WorkbookError("badPeriod", { period: options.period });
  if (frequencyOfPeriod(period) !== options.frequency) {
    throw new WorkbookError("frequencyMismatch", { period: options.period, frequency: options.frequency });
  }
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, {
      tables: ["monitoring"],
      names: [STYLE_NAME, LANGUAGE_NAME],
      withValues: ["monitoring"],
    });
    const found = scan.tables.monitoring;
    if (!found) throw new WorkbookError("noMonitoringTable", { table: "PlanMonitoring" });
    const values = found.values ?? (await readTables(action, [found])).get("monitoring")!.values;
    const read = readSheet("monitoring", {
      sheetName: found.sheetName,
      values,
      origin: { row: found.row, col: found.col },
    });
    const plan = monitoringRowsForPeriod(read.rows, period);
    const added = plan.rows.length;
    if (added === 0) return { added: 0, skipped: plan.skipped.length, firstActualAddress: null, syncs: action.syncs };

    const lang = langFromScan(scan) ?? options.lang;
    const style = styleFromScan(scan) ?? "plan";
    const queue = new PayloadQueue(() => action.sync());
    const ws = found.worksheet;
    const firstRow = found.row + found.rows; // 0-based worksheet row of the first new row
    const blank = plan.rows.map(() => new Array<string>(found.cols).fill(""));
    await queue.reserve(added * found.cols * 3 + 64);
    found.table.rows.add(undefined, blank);

    const cols = found.columns;
    for (const def of sheetColumns("monitoring")) {
      const col = cols.byKey.get(def.key);
      if (col === undefined) continue;
      if (def.type === "computed") {
        if (!canWriteComputed(def, cols, style)) continue;
        // The format goes first: a table made before computed columns stopped being "@" would keep the formulas as text.
        const formulas = computedColumnFormulas(def, cols, style, lang, firstRow, added);
        await writeColumn(queue, ws, col, firstRow + 1, { format: numberFormatOf(def), rows: added });
        await fillFormulas(queue, ws, col, firstRow + 1, formulas);
      } else {
        const cells = plan.rows.map((r) => sheetCellValue(def, (r.values as Record<string, unknown>)[def.key], lang));
        const w = columnWrites(def, cells);
        const rates = rateFormats(
          "monitoring",
          def.key,
          plan.rows.map((r) => r.values as Record<string, unknown>),
          w.formats,
          w.format,
        );
        await writeColumn(queue, ws, col, firstRow + 1, {
          format: w.format,
          formats: rates ?? w.formats,
          values: w.values,
        });
      }
    }

    const actualCol = cols.byKey.get("actual");
    let firstActualAddress: string | null = null;
    if (actualCol !== undefined) {
      firstActualAddress = qualifiedAddress(found.sheetName, cellA1(firstRow, actualCol));
      ws.activate();
      ws.getRange(cellA1(firstRow, actualCol)).select();
    }
    await action.sync();
    return { added, skipped: plan.skipped.length, firstActualAddress, syncs: action.syncs };
  });
}
