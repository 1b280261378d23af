/**
 * Which cells of a computed column hold a formula, a value a person typed, or
 * nothing — asked of Excel with Range.getSpecialCellsOrNullObject (ExcelApi
 * 1.9). The answer is a list of areas, a few bytes for a whole column of
 * formulas, where reading the formulas would bring every formula's text back:
 * the check, the style switch and the restore only need to know which cells are
 * not formulas.
 */
import { parseAddress } from "./address";

export type CellKind = "formula" | "typed" | "empty";

/** Per computed column (0-based worksheet column), the kind of each body row's cell. */
export type ComputedKinds = ReadonlyMap<number, readonly CellKind[]>;

export interface PendingKinds {
  readonly col: number;
  readonly formulas: Excel.RangeAreas;
  readonly constants: Excel.RangeAreas;
}

/** Queues the two questions for one column's data body range. */
export function queueKinds(body: Excel.Range, col: number): PendingKinds {
  const formulas = body.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
  const constants = body.getSpecialCellsOrNullObject(Excel.SpecialCellType.constants);
  formulas.load("address");
  constants.load("address");
  return { col, formulas, constants };
}

/**
 * After the sync: the kinds of rows [firstRow, firstRow + rows) (0-based
 * worksheet rows). Areas are clipped to the column and rows asked about, in
 * case Excel answers for more than the range (as its SpecialCells does for a
 * single cell).
 */
export function kindsOf(p: PendingKinds, firstRow: number, rows: number): CellKind[] {
  const kinds = new Array<CellKind>(rows).fill("empty");
  const mark = (areas: Excel.RangeAreas, kind: CellKind) => {
    if (areas.isNullObject) return;
    for (const part of splitAreas(areas.address)) {
      const a = parseAddress(part);
      if (!a || a.col > p.col || a.col + a.cols <= p.col) continue;
      const from = Math.max(a.row, firstRow);
      const to = Math.min(a.row + a.rows, firstRow + rows);
      for (let r = from; r < to; r++) kinds[r - firstRow] = kind;
    }
  };
  mark(p.constants, "typed");
  mark(p.formulas, "formula");
  return kinds;
}

/** "Sheet1!A1:B4, 'a, b'!D1" → its areas; commas inside a quoted sheet name do not split. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (c === "'") quoted = !quoted;
    else if (c === "," && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter((p) => p !== "");
}
