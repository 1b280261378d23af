/**
 * Finds the plan tables in worksheets made anywhere: a ListObject or a plain
 * range, its header row wherever it stands (a title above it, notes beside
 * it), recognised by its headers in any accepted spelling (header-map.ts).
 */
import type { SheetGrid } from "../domain/read/grid";
import { matchHeaders } from "../domain/read/header-map";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../domain/schema/sheet-keys";
import { sheetColumns, sheetKeyFromName } from "../domain/schema/sheets";
import type { SheetCells } from "./read-workbook";

/** How far down a sheet the header row is looked for. */
export const HEADER_SEARCH_ROWS = 50;
/** Headers a row must share with a plan sheet's schema to be taken for its header row. */
export const MIN_HEADER_MATCHES = 3;

interface Candidate {
  key: PlanSheetKey;
  sheet: SheetCells;
  row: number;
  score: number;
  named: boolean;
}

function candidatesIn(sheet: SheetCells): Candidate[] {
  const out: Candidate[] = [];
  const namedKey = sheetKeyFromName(sheet.name);
  for (const key of PLAN_SHEET_KEYS) {
    const defs = sheetColumns(key);
    let best: Candidate | undefined;
    const rows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
    for (let row = 0; row < rows; row++) {
      const score = matchHeaders(sheet.values[row] ?? [], defs).columns.size;
      if (score >= MIN_HEADER_MATCHES && (!best || score > best.score))
        best = { key, sheet, row, score, named: namedKey === key };
    }
    if (best) out.push(best);
  }
  return out;
}

/** Each plan sheet's grid (header row first); a worksheet holds at most one plan table. */
export function locatePlanTables(sheets: readonly SheetCells[]): Partial<Record<PlanSheetKey, SheetGrid>> {
  const candidates = sheets
    .flatMap(candidatesIn)
    .sort(
      (a, b) =>
        b.score - a.score || Number(b.named) - Number(a.named) || sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet),
    );
  const grids: Partial<Record<PlanSheetKey, SheetGrid>> = {};
  const used = new Set<SheetCells>();
  for (const c of candidates) {
    if (grids[c.key] || used.has(c.sheet)) continue;
    used.add(c.sheet);
    grids[c.key] = {
      sheetName: c.sheet.name,
      values: c.sheet.values.slice(c.row),
      formulas: c.sheet.formulas.slice(c.row),
      origin: { row: c.row, col: 0 },
    };
  }
  return grids;
}
