/**
 * Plan workbooks built in the tests with ExcelJS from the domain's own layout
 * (headers, example rows, standard formulas, settings names), with the
 * variations files made elsewhere have: a title above the table, an extra
 * column, blank rows, English headers, a value typed over a formula.
 */
import ExcelJS from "exceljs";
import { exampleRows, GOLDEN_EXAMPLE } from "../../../src/domain/example";
import type { Lang } from "../../../src/domain/language";
import { SHEET_NAMES, PLAN_SHEET_KEYS, type PlanSheetKey } from "../../../src/domain/schema/sheet-keys";
import { sheetColumns, sheetHeaders } from "../../../src/domain/schema/sheets";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../../src/domain/settings/thresholds";
import { settingsRows } from "../../../src/domain/settings/settings-sheet";
import { rowInSchemaOrder } from "../../../src/domain/write/cell-values";
import { computedColumnFormulas, computedDefs, newTableColumns } from "../../../src/domain/write/layout";
import type { RowInput } from "../../../src/domain/write/cell-values";

export interface FixtureOptions {
  lang?: Lang;
  /** Title rows above each plan table (0 = header in row 1). */
  titleRows?: number;
  /** A column people added after the schema's columns. */
  extraColumn?: string;
  /** A blank row after the first body row of each sheet. */
  blankRow?: boolean;
  /** Leave the settings sheet and its names out. */
  noSettings?: boolean;
  thresholds?: Partial<Thresholds>;
  /** A PlanDepartment named cell on the settings sheet. */
  department?: string;
  /** Rows per sheet instead of the worked example's (budget rows repeat the example). */
  rowsPerSheet?: number;
  /** Typed values over cells: sheet → [body row index, column key, value]. */
  typed?: { sheet: PlanSheetKey; row: number; key: string; value: unknown }[];
  /** Cells to set after the rows are written (sheet key, A1, value). */
  cells?: { sheet: PlanSheetKey; address: string; value: unknown }[];
  /** Budget amounts scaled by this factor (to tell departments apart). */
  budgetScale?: number;
}

function rowsFor(sheet: PlanSheetKey, options: FixtureOptions): RowInput<PlanSheetKey>[] {
  const rows = exampleRows(GOLDEN_EXAMPLE)[sheet] as RowInput<PlanSheetKey>[];
  const scaled =
    sheet === "budget" && options.budgetScale
      ? rows.map((r) => {
          const row = r as Record<string, unknown>;
          return {
            ...row,
            budget: Number(row.budget) * options.budgetScale!,
            actual: row.actual === undefined ? undefined : Number(row.actual) * options.budgetScale!,
          };
        })
      : rows;
  if (!options.rowsPerSheet) return scaled;
  return Array.from({ length: options.rowsPerSheet }, (_, i) => scaled[i % scaled.length]);
}

export function buildPlanWorkbook(options: FixtureOptions = {}): ExcelJS.Workbook {
  const lang = options.lang ?? "zh-CN";
  const top = options.titleRows ?? 0;
  const wb = new ExcelJS.Workbook();
  for (const sheet of PLAN_SHEET_KEYS) {
    const ws = wb.addWorksheet(SHEET_NAMES[sheet][lang]);
    if (top > 0) ws.getCell(1, 1).value = `${SHEET_NAMES[sheet][lang]} 2026`;
    const headers = sheetHeaders(sheet, lang);
    ws.getRow(top + 1).values = options.extraColumn ? [...headers, options.extraColumn] : headers;
    const rows = rowsFor(sheet, options);
    const cols = newTableColumns(sheet);
    const defs = sheetColumns(sheet);
    let r = top + 1;
    const bodyRows: number[] = [];
    rows.forEach((row, i) => {
      if (options.blankRow && i === 1) r++;
      bodyRows.push(r);
      const values = rowInSchemaOrder(sheet, row, lang);
      values.forEach((v, c) => {
        if (defs[c].type !== "computed" && v !== null && v !== undefined && v !== "")
          ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      });
      for (const def of computedDefs(sheet)) {
        const formula = computedColumnFormulas(def, cols, "standard", lang, r, 1)[0][0];
        ws.getCell(r + 1, cols.byKey.get(def.key)! + 1).value = {
          formula: formula.slice(1),
        } as ExcelJS.CellFormulaValue;
      }
      if (options.extraColumn) ws.getCell(r + 1, defs.length + 1).value = `note ${i + 1}`;
      r++;
    });
    for (const t of options.typed ?? []) {
      if (t.sheet !== sheet) continue;
      ws.getCell(bodyRows[t.row] + 1, cols.byKey.get(t.key)! + 1).value = t.value as ExcelJS.CellValue;
    }
  }
  for (const c of options.cells ?? [])
    wb.getWorksheet(SHEET_NAMES[c.sheet][lang])!.getCell(c.address).value = c.value as ExcelJS.CellValue;
  if (!options.noSettings) {
    const ws = wb.addWorksheet(SHEET_NAMES.settings[lang]);
    ws.getRow(1).values = ["设置", "值", "说明"];
    const rows = settingsRows(lang, { ...DEFAULT_THRESHOLDS, ...options.thresholds }, "standard");
    rows.forEach((row, i) => {
      ws.getRow(i + 2).values = [row.label, row.value, row.help];
      wb.definedNames.add(`'${ws.name}'!$B$${i + 2}`, row.name);
    });
    if (options.department) {
      const at = rows.length + 2;
      ws.getRow(at).values = ["部门", options.department];
      wb.definedNames.add(`'${ws.name}'!$B$${at}`, "PlanDepartment");
    }
  }
  return wb;
}

export async function planWorkbookBytes(options: FixtureOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await buildPlanWorkbook(options).xlsx.writeBuffer());
}
