/**
 * The plan check: read every plan table (values, and formulas of the computed
 * columns) and the named thresholds, hand the grids to the domain, and turn
 * its findings and summary into what the task pane shows.
 */
import { checkPlan } from "../domain/check/check-plan";
import { findingMessage } from "../domain/findings/messages";
import type { Lang } from "../domain/language";
import type { SheetGrid } from "../domain/read/grid";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../domain/schema/sheet-keys";
import { THRESHOLD_DEFS } from "../domain/settings/thresholds";
import { SPLIT_PRESET_NAME } from "../domain/settings/budget-split";
import { splitFromValue } from "../domain/settings/settings-sheet";
import { calendarDateOfLocal, type CalendarDate } from "../domain/dates/calendar-date";
import { settingsFindings, type ThresholdCell } from "../domain/check/settings-findings";
import { qualifiedAddress, cellA1 } from "../domain/address/a1";
import type { CheckReport, FindingView } from "./contract";
import { readTables, type TableData } from "./read-tables";
import { runAction } from "./run";
import { scanWorkbook, type FoundTable, type WorkbookScan } from "./scan";
import { styleFromScan, thresholdsFromScan } from "./settings";

/** A table as the grid the domain reader takes: header first, origin where the table starts. */
export function gridOf(data: TableData): SheetGrid {
  return { sheetName: data.found.sheetName, values: data.values, formulas: data.formulas, origin: { row: data.found.row, col: data.found.col } };
}

/** The named threshold cells as the domain's settings check takes them. */
function thresholdCells(scan: WorkbookScan): ThresholdCell[] {
  return THRESHOLD_DEFS.flatMap((def) => {
    const found = scan.names.get(def.name);
    return found ? [{ key: def.key, address: qualifiedAddress(found.sheetName, cellA1(found.row, found.col)), value: found.value }] : [];
  });
}

/**
 * The check as of `asOf`, today on this computer when not given: overdue
 * strategies are judged against the day people look at the plan.
 */
export async function checkWorkbook(lang: Lang, asOf: CalendarDate = calendarDateOfLocal(new Date())): Promise<CheckReport> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS });
    const found = PLAN_SHEET_KEYS.map((k) => scan.tables[k]).filter((t): t is FoundTable => t !== undefined);
    const data = await readTables(action, found, styleFromScan(scan) ?? "plan");
    const grids: Partial<Record<PlanSheetKey, SheetGrid>> = {};
    for (const [key, d] of data) grids[key] = gridOf(d);
    const { thresholds } = thresholdsFromScan(scan);
    const split = splitFromValue(scan.names.get(SPLIT_PRESET_NAME)?.value);
    const result = checkPlan({ ...grids, thresholds, lang, asOf, split });
    const findings: FindingView[] = [...result.findings.map((f) => findingMessage(f, lang)), ...settingsFindings(thresholdCells(scan), thresholds, lang)];
    return { findings, summary: result.summary, syncs: action.syncs };
  });
}
