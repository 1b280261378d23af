/**
 * The plan check: read every plan table (values, and from the scan which
 * computed cells hold formulas) and the named thresholds, and hand the grids to the domain's
 * workbook check (the same one .xlsx files get). Findings go back as data, so
 * the pane re-words them when its language changes without reading again.
 */
import { checkPlanWorkbook } from "../domain/check/check-workbook";
import { calendarDateOfLocal, type CalendarDate } from "../domain/dates/calendar-date";
import type { SheetGrid } from "../domain/read/grid";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../domain/schema/sheet-keys";
import type { CheckReport } from "./contract";
import { readTables, type TableData } from "./read-tables";
import { runAction } from "./run";
import { scanWorkbook, type FoundTable } from "./scan";

/** A table as the grid the domain reader takes: header first, origin where the table starts. */
export function gridOf(data: TableData): SheetGrid {
  return {
    sheetName: data.found.sheetName,
    values: data.values,
    formulas: data.formulas,
    origin: { row: data.found.row, col: data.found.col },
  };
}

/**
 * The check as of `asOf`, today on this computer when not given: overdue
 * strategies are judged against the day people look at the plan.
 */
export async function checkWorkbook(asOf: CalendarDate = calendarDateOfLocal(new Date())): Promise<CheckReport> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS, withKinds: PLAN_SHEET_KEYS });
    const found = PLAN_SHEET_KEYS.map((k) => scan.tables[k]).filter((t): t is FoundTable => t !== undefined);
    const data = await readTables(action, found);
    const grids: Partial<Record<PlanSheetKey, SheetGrid>> = {};
    for (const [key, d] of data) grids[key] = gridOf(d);
    const { findings, summary } = checkPlanWorkbook({ grids, names: scan.names, asOf });
    return { findings, summary, syncs: action.syncs };
  });
}
