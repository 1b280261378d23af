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
import { THRESHOLD_DEFS, validateThresholds } from "../domain/settings/thresholds";
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

/** Threshold cells that hold something the formulas cannot use, as findings on the settings sheet. */
function settingsFindings(scan: WorkbookScan, lang: Lang): FindingView[] {
  const { thresholds } = thresholdsFromScan(scan);
  const out: FindingView[] = [];
  for (const def of THRESHOLD_DEFS) {
    const found = scan.names.get(def.name);
    if (!found) continue;
    const v = found.value;
    const blank = v === null || v === undefined || (typeof v === "string" && v.trim() === "");
    if (!blank && typeof v !== "number" && Number.isNaN(Number(v))) {
      out.push({
        code: "settingNotANumber",
        severity: "error",
        sheet: "settings",
        address: qualifiedAddress(found.sheetName, cellA1(found.row, found.col)),
        message:
          lang === "zh-CN"
            ? `${qualifiedAddress(found.sheetName, cellA1(found.row, found.col))}:“${def.label["zh-CN"]}”不是数字,检查时按默认值 ${def.defaultValue} 计算。`
            : `${qualifiedAddress(found.sheetName, cellA1(found.row, found.col))}: "${def.label["en-US"]}" is not a number; the check used the default ${def.defaultValue}.`,
      });
    }
  }
  for (const p of validateThresholds(thresholds)) {
    const found = scan.names.get(THRESHOLD_DEFS.find((d) => d.key === p.key)!.name);
    if (!found) continue;
    const address = qualifiedAddress(found.sheetName, cellA1(found.row, found.col));
    out.push({ code: `setting.${p.code}`, severity: "error", sheet: "settings", address, message: `${address}: ${p.message[lang]}` });
  }
  return out;
}

export async function checkWorkbook(lang: Lang): Promise<CheckReport> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS });
    const found = PLAN_SHEET_KEYS.map((k) => scan.tables[k]).filter((t): t is FoundTable => t !== undefined);
    const data = await readTables(action, found, styleFromScan(scan) ?? "plan");
    const grids: Partial<Record<PlanSheetKey, SheetGrid>> = {};
    for (const [key, d] of data) grids[key] = gridOf(d);
    const { thresholds } = thresholdsFromScan(scan);
    const result = checkPlan({ ...grids, thresholds, lang });
    const findings: FindingView[] = [...result.findings.map((f) => findingMessage(f, lang)), ...settingsFindings(scan, lang)];
    return { findings, summary: result.summary, syncs: action.syncs };
  });
}
