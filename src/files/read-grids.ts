/**
 * A minimal .xlsx reader for `plan review`: each plan sheet's grid (header
 * row first, values and formulas) and the named thresholds, through ExcelJS.
 * A sheet is recognised by its name (目标分解, Budget …) and its table by the
 * first row in the top 50 that holds the sheet's required headers. Kept
 * separate so it can be swapped for the shared file reader (read-workbook.ts).
 */
import ExcelJS from "exceljs";
import type { SheetGrid } from "../domain/read/grid";
import { matchHeaders } from "../domain/read/header-map";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../domain/schema/sheet-keys";
import { sheetColumns, sheetKeyFromName } from "../domain/schema/sheets";
import { thresholdsFromValues } from "../domain/settings/settings-sheet";
import type { Thresholds } from "../domain/settings/thresholds";

export interface WorkbookGrids {
  grids: Partial<Record<PlanSheetKey, SheetGrid>>;
  thresholds: Thresholds;
}

const HEADER_SEARCH_ROWS = 50;
/** Caps against hostile files: no plan sheet is wider or longer than this. */
const MAX_COLS = 200;
const MAX_ROWS = 200_000;

/** A cell as Office would return it: the value (a formula's result) and the formula text. */
function cellOf(v: ExcelJS.CellValue): { value: unknown; formula: unknown } {
  if (v === null || v === undefined) return { value: "", formula: "" };
  if (v instanceof Date) {
    // Excel serial days, as Office returns dates.
    const serial = v.getTime() / 86_400_000 + 25569;
    return { value: serial, formula: serial };
  }
  if (typeof v === "object") {
    const o = v as unknown as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      const result = o.result;
      const value = result instanceof Date ? result.getTime() / 86_400_000 + 25569 : result && typeof result === "object" && "error" in result ? (result as { error: string }).error : (result ?? "");
      return { value, formula: `=${String(o.formula ?? o.sharedFormula)}` };
    }
    if ("richText" in o) {
      const text = (o.richText as { text: string }[]).map((r) => r.text).join("");
      return { value: text, formula: text };
    }
    if ("text" in o) return { value: o.text, formula: o.text };
    if ("error" in o) return { value: o.error, formula: o.error };
  }
  return { value: v, formula: v };
}

function rowCells(ws: ExcelJS.Worksheet, r: number, width: number): { values: unknown[]; formulas: unknown[] } {
  const row = ws.getRow(r);
  const values: unknown[] = [];
  const formulas: unknown[] = [];
  for (let c = 1; c <= width; c++) {
    // ExcelJS, not Office JS: the cell is in memory, there is nothing to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    const cell = cellOf(row.getCell(c).value);
    values.push(cell.value);
    formulas.push(cell.formula);
  }
  return { values, formulas };
}

function gridOfSheet(ws: ExcelJS.Worksheet, sheet: PlanSheetKey): SheetGrid | undefined {
  const width = Math.min(MAX_COLS, ws.columnCount);
  const last = Math.min(MAX_ROWS, ws.rowCount);
  const required = sheetColumns(sheet).filter((d) => d.required).map((d) => d.key);
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, last); r++) {
    const header = rowCells(ws, r, width).values;
    const found = matchHeaders(header, sheetColumns(sheet)).columns;
    if (found.size === 0 || !required.some((k) => found.has(k))) continue;
    const values: unknown[][] = [header];
    const formulas: unknown[][] = [header];
    for (let b = r + 1; b <= last; b++) {
      const cells = rowCells(ws, b, width);
      values.push(cells.values);
      formulas.push(cells.formulas);
    }
    return { sheetName: ws.name, values, formulas, origin: { row: r - 1, col: 0 } };
  }
  return undefined;
}

function namedValue(wb: ExcelJS.Workbook, name: string): unknown {
  const ranges = (wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges(name)?.ranges ?? [];
  const ref = ranges[0];
  if (!ref) return undefined;
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  const ws = wb.getWorksheet(m[1]);
  return ws ? cellOf(ws.getCell(`${m[2]}${m[3]}`).value).value : undefined;
}

/** Reads the plan sheets of an .xlsx file; throws when the file is not a workbook ExcelJS can open. */
export async function readWorkbookGrids(file: string): Promise<WorkbookGrids> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const grids: Partial<Record<PlanSheetKey, SheetGrid>> = {};
  for (const ws of wb.worksheets) {
    const key = sheetKeyFromName(ws.name);
    if (!key || key === "settings" || grids[key] || !PLAN_SHEET_KEYS.includes(key)) continue;
    const grid = gridOfSheet(ws, key);
    if (grid) grids[key] = grid;
  }
  const { thresholds } = thresholdsFromValues((name) => namedValue(wb, name));
  return { grids, thresholds };
}
