/**
 * The settings sheet in the workbook: the domain's settings rows
 * (src/domain/settings/settings-sheet.ts) written with their names, formats and
 * validation, read back from the named cells, and saved.
 */
import type { Lang } from "../domain/language";
import { SHEET_NAMES } from "../domain/schema/sheet-keys";
import { DEFAULT_THRESHOLDS, THRESHOLD_DEFS, validateThresholds, type Thresholds } from "../domain/settings/thresholds";
import { HEADER_FILL, columnWidthPoints } from "../domain/write/look";
import { cellA1, qualifiedAddress } from "../domain/address/a1";
import {
  DEFAULT_SPLIT_PRESET,
  SPLIT_PRESET_NAME,
  isUnknownSplitValue,
  type BudgetSplitPreset,
} from "../domain/settings/budget-split";
import {
  INPUT_FILL,
  LANGUAGE_NAME,
  SETTINGS_HEADERS,
  SETTINGS_WIDTHS,
  STYLE_NAME,
  langFromValue,
  settingsRows,
  splitFromValue,
  settingsSheetNames,
  styleFromValue,
  thresholdsFromValues,
  type SettingsRow,
} from "../domain/settings/settings-sheet";
import type { FormulaStyle, SettingsReadReport, SettingsWriteReport, SplitNote } from "./contract";
import { runAction } from "./run";
import { scanWorkbook, type WorkbookScan } from "./scan";

export { settingsRows, settingsSheetNames, type SettingsRow };

/**
 * Queues settings rows below 1-based worksheet row `firstRow` (which gets the
 * header when `withHeader`), with formats, validation and one workbook name per value.
 */
export function queueSettingsRows(
  wb: Excel.Workbook,
  ws: Excel.Worksheet,
  rows: readonly SettingsRow[],
  firstRow: number,
  lang: Lang,
  withHeader: boolean,
): void {
  if (withHeader) {
    const header = ws.getRange(`A${firstRow}:C${firstRow}`);
    header.values = [SETTINGS_HEADERS[lang]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    ["A", "B", "C"].forEach((col, i) => {
      ws.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(SETTINGS_WIDTHS[i]);
    });
    ws.freezePanes.freezeRows(1);
  }
  if (rows.length === 0) return;
  const top = firstRow + 1;
  const bottom = firstRow + rows.length;
  ws.getRange(`B${top}:B${bottom}`).numberFormat = rows.map((r) => [r.format]);
  ws.getRange(`A${top}:C${bottom}`).values = rows.map((r) => [r.label, r.value, r.help]);
  const values = ws.getRange(`B${top}:B${bottom}`);
  values.format.fill.color = INPUT_FILL;
  values.format.horizontalAlignment = Excel.HorizontalAlignment.right;
  rows.forEach((r, i) => {
    const cell = ws.getRange(`B${top + i}`);
    wb.names.add(r.name, cell, r.help);
    const rule = r.rule;
    const atLeast = Excel.DataValidationOperator.greaterThanOrEqualTo;
    if (rule.kind === "whole") cell.dataValidation.rule = { wholeNumber: { formula1: rule.min, operator: atLeast } };
    else if (rule.kind === "decimal") cell.dataValidation.rule = { decimal: { formula1: rule.min, operator: atLeast } };
    else cell.dataValidation.rule = { list: { inCellDropDown: true, source: rule.source } };
  });
}

/** Thresholds from the named cells: a blank or unreadable cell gives the default. */
export function thresholdsFromScan(scan: WorkbookScan): { thresholds: Thresholds; present: boolean } {
  return thresholdsFromValues((name) => {
    const found = scan.names.get(name);
    return found ? (found.value ?? null) : undefined;
  });
}

/** The formula style the workbook records, if any. */
export function styleFromScan(scan: WorkbookScan): FormulaStyle | undefined {
  return styleFromValue(scan.names.get(STYLE_NAME)?.value);
}

export function langFromScan(scan: WorkbookScan): Lang | undefined {
  return langFromValue(scan.names.get(LANGUAGE_NAME)?.value);
}

/** The budget split the workbook records, as the check reads it, and what the pane should say about the cell. */
export function splitFromScan(scan: WorkbookScan): { split: BudgetSplitPreset; splitNote?: SplitNote } {
  const found = scan.names.get(SPLIT_PRESET_NAME);
  if (!found) return { split: DEFAULT_SPLIT_PRESET, splitNote: { code: "splitCellMissing", params: {} } };
  const split = splitFromValue(found.value);
  if (!isUnknownSplitValue(found.value)) return { split };
  const address = qualifiedAddress(found.sheetName, cellA1(found.row, found.col));
  return { split, splitNote: { code: "splitNotAPreset", params: { address, text: String(found.value) } } };
}

export async function readSettings(): Promise<SettingsReadReport> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: [] });
    return { ...thresholdsFromScan(scan), ...splitFromScan(scan) };
  });
}

/**
 * Validates with the domain first (nothing is written when anything is wrong),
 * then writes only the named value cells: the thresholds, and the budget split
 * when one is given. A workbook without a settings sheet gets one, in its
 * recorded or the default language; one without a PlanBudgetSplit cell gets
 * that row below its settings when a split is given.
 */
export async function writeSettings(thresholds: Thresholds, split?: BudgetSplitPreset): Promise<SettingsWriteReport> {
  const problems = validateThresholds(thresholds);
  if (problems.length > 0) return { written: false, problems };
  return runAction(async (action) => {
    const wb = action.context.workbook;
    const scan = await scanWorkbook(action, { tables: [], sheets: settingsSheetNames() });
    const missing = THRESHOLD_DEFS.filter((d) => !scan.names.has(d.name));
    for (const def of THRESHOLD_DEFS) {
      const found = scan.names.get(def.name);
      if (found) found.range.values = [[thresholds[def.key]]];
    }
    const splitCell = scan.names.get(SPLIT_PRESET_NAME);
    if (split !== undefined && splitCell) {
      // Text, so no host reads 55/15/30 as a date or a division.
      splitCell.range.numberFormat = [["@"]];
      splitCell.range.values = [[split]];
    }
    if (missing.length > 0 || (split !== undefined && !splitCell)) {
      const lang = langFromScan(scan) ?? "zh-CN";
      const all = settingsRows(lang, thresholds, styleFromScan(scan) ?? "plan", split ?? DEFAULT_SPLIT_PRESET);
      // Only the split row when the thresholds are all there: the other rows are left as the workbook has them.
      const wanted = missing.length > 0 ? all : all.filter((r) => r.name === SPLIT_PRESET_NAME);
      appendSettings(
        wb,
        scan,
        wanted.filter((r) => !scan.names.has(r.name)),
        lang,
      );
    }
    await action.sync();
    return { written: true, syncs: action.syncs };
  });
}

/**
 * Queues rows for settings names the workbook lacks: below the existing named
 * cells on their sheet, or on a new settings sheet. Returns the sheet's name.
 */
export function appendSettings(
  wb: Excel.Workbook,
  scan: WorkbookScan,
  rows: readonly SettingsRow[],
  lang: Lang,
): string {
  const anyName = [...scan.names.values()][0];
  if (anyName) {
    const ws = wb.worksheets.getItem(anyName.sheetName);
    const used = scan.sheets.get(anyName.sheetName);
    const lastNamed = Math.max(
      ...[...scan.names.values()].filter((n) => n.sheetName === anyName.sheetName).map((n) => n.row + 1),
    );
    const after = Math.max(lastNamed, used?.lastRow ?? 0);
    queueSettingsRows(wb, ws, rows, after, lang, false);
    return anyName.sheetName;
  }
  const name = freeSheetName(scan, SHEET_NAMES.settings[lang]);
  const ws = wb.worksheets.add(name);
  queueSettingsRows(wb, ws, rows, 1, lang, true);
  return name;
}

/** `base`, or `base (2)` … when a sheet of that name holds something else. */
export function freeSheetName(scan: WorkbookScan, base: string): string {
  const taken = (n: string) => scan.sheetNames.some((s) => s.toLowerCase() === n.toLowerCase());
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base} (${i})`)) return `${base} (${i})`;
}

export { DEFAULT_THRESHOLDS };
