/**
 * The settings sheet: one row per threshold (label, value, meaning), each
 * value cell a workbook name the formulas use (PlanApprovalLead …), plus the
 * workbook's formula style and language (PlanFormulaStyle, PlanLanguage).
 */
import type { Lang, Localized } from "../domain/language";
import { NUMBER_FORMATS } from "../domain/schema/column";
import { SHEET_NAMES } from "../domain/schema/sheet-keys";
import { parseNumber } from "../domain/values/parse";
import {
  DEFAULT_THRESHOLDS,
  THRESHOLD_DEFS,
  validateThresholds,
  type ThresholdDef,
  type ThresholdKind,
  type Thresholds,
} from "../domain/settings/thresholds";
import type { FormulaStyle, SettingsReadReport, SettingsWriteReport } from "./contract";
import { runAction } from "./run";
import { LANGUAGE_NAME, scanWorkbook, STYLE_NAME, type WorkbookScan } from "./scan";
import { columnWidthPoints } from "./sheet-format";

export const SETTINGS_HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["设置项", "数值", "说明"],
  "en-US": ["Setting", "Value", "Meaning"],
};

const STYLE_ROW: { label: Localized; help: Localized } = {
  label: { "zh-CN": "公式样式", "en-US": "Formula style" },
  help: {
    "zh-CN": "plan:计算列使用 PLAN.* 函数(需加载项);portable:计算列使用普通 Excel 公式,结果相同",
    "en-US": "plan: computed columns use the PLAN.* functions (needs the add-in); portable: plain Excel formulas with the same results",
  },
};

const LANGUAGE_ROW: { label: Localized; help: Localized } = {
  label: { "zh-CN": "工作簿语言", "en-US": "Workbook language" },
  help: { "zh-CN": "表头和列表项的语言(zh-CN 或 en-US)", "en-US": "Language of headers and list entries (zh-CN or en-US)" },
};

/** Value cells people may edit: light yellow, like an input form. */
export const INPUT_FILL = "#FFF2CC";

const KIND_FORMAT: Record<ThresholdKind, string> = {
  percent: NUMBER_FORMATS.percent,
  money: NUMBER_FORMATS.money,
  ratio: NUMBER_FORMATS.roi,
  count: NUMBER_FORMATS.integer,
};

export interface SettingsRow {
  name: string;
  label: string;
  value: string | number;
  help: string;
  format: string;
  def?: ThresholdDef;
}

/** The rows of a settings sheet, in order. */
export function settingsRows(lang: Lang, thresholds: Thresholds, style: FormulaStyle): SettingsRow[] {
  return [
    ...THRESHOLD_DEFS.map((def) => ({
      name: def.name,
      label: def.label[lang],
      value: thresholds[def.key],
      help: def.help[lang],
      format: KIND_FORMAT[def.kind],
      def,
    })),
    { name: STYLE_NAME, label: STYLE_ROW.label[lang], value: style, help: STYLE_ROW.help[lang], format: "@" },
    { name: LANGUAGE_NAME, label: LANGUAGE_ROW.label[lang], value: lang, help: LANGUAGE_ROW.help[lang], format: "@" },
  ];
}

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
    header.format.fill.color = "#D9E1F2";
    ws.getRange("A:A").format.columnWidth = columnWidthPoints(26);
    ws.getRange("B:B").format.columnWidth = columnWidthPoints(12);
    ws.getRange("C:C").format.columnWidth = columnWidthPoints(60);
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
    if (r.def) {
      const whole = r.def.kind === "count";
      cell.dataValidation.rule = whole
        ? { wholeNumber: { formula1: 1, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } }
        : { decimal: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
    } else if (r.name === STYLE_NAME) {
      cell.dataValidation.rule = { list: { inCellDropDown: true, source: "plan,portable" } };
    } else if (r.name === LANGUAGE_NAME) {
      cell.dataValidation.rule = { list: { inCellDropDown: true, source: "zh-CN,en-US" } };
    }
  });
}

/** The settings sheet's name in a language, and every name it may carry. */
export function settingsSheetNames(): string[] {
  return [SHEET_NAMES.settings["zh-CN"], SHEET_NAMES.settings["en-US"]];
}

/** Thresholds from the named cells: a blank or unreadable cell gives the default. */
export function thresholdsFromScan(scan: WorkbookScan): { thresholds: Thresholds; present: boolean } {
  const t: Record<string, number> = {};
  let present = false;
  for (const def of THRESHOLD_DEFS) {
    const found = scan.names.get(def.name);
    if (found) present = true;
    const parsed = parseNumber(found?.value);
    t[def.key] = parsed.kind === "number" ? parsed.value : def.defaultValue;
  }
  return { thresholds: t as unknown as Thresholds, present };
}

/** The formula style the workbook records, if any. */
export function styleFromScan(scan: WorkbookScan): FormulaStyle | undefined {
  const v = scan.names.get(STYLE_NAME)?.value;
  return v === "plan" || v === "portable" ? v : undefined;
}

export function langFromScan(scan: WorkbookScan): Lang | undefined {
  const v = scan.names.get(LANGUAGE_NAME)?.value;
  return v === "zh-CN" || v === "en-US" ? v : undefined;
}

export async function readSettings(): Promise<SettingsReadReport> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: [] });
    return thresholdsFromScan(scan);
  });
}

/**
 * Validates with the domain first (nothing is written when anything is wrong),
 * then writes only the named value cells. A workbook without a settings sheet
 * gets one, in its recorded or the default language.
 */
export async function writeSettings(thresholds: Thresholds): Promise<SettingsWriteReport> {
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
    if (missing.length > 0) {
      const lang = langFromScan(scan) ?? "zh-CN";
      const rows = settingsRows(lang, thresholds, styleFromScan(scan) ?? "plan").filter(
        (r) => !scan.names.has(r.name),
      );
      appendSettings(wb, scan, rows, lang);
    }
    await action.sync();
    return { written: true, syncs: action.syncs };
  });
}

/**
 * Queues rows for settings names the workbook lacks: below the existing named
 * cells on their sheet, or on a new settings sheet. Returns the sheet's name.
 */
export function appendSettings(wb: Excel.Workbook, scan: WorkbookScan, rows: readonly SettingsRow[], lang: Lang): string {
  const anyName = [...scan.names.values()][0];
  if (anyName) {
    const ws = wb.worksheets.getItem(anyName.sheetName);
    const used = scan.sheets.get(anyName.sheetName);
    const lastNamed = Math.max(...[...scan.names.values()].filter((n) => n.sheetName === anyName.sheetName).map((n) => n.row + 1));
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
