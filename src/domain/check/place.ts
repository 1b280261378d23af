import type { FindingPlace } from "../findings/finding";
import type { PlanSheetKey } from "../schema/sheet-keys";
import type { ReadCell } from "../read/read-cell";
import type { SheetRead } from "../read/read-sheet";

/** Where a finding about a read cell goes. */
export function placeOf(read: SheetRead<PlanSheetKey>, cell: ReadCell<unknown>): FindingPlace {
  return { sheet: read.sheet, sheetName: read.sheetName, row: cell.row, col: cell.col };
}

/** The header cell of a column, for findings about a whole column. */
export function headerPlace(read: SheetRead<PlanSheetKey>, col: number): FindingPlace {
  return { sheet: read.sheet, sheetName: read.sheetName, row: read.headerRow, col };
}

/** The sheets as read; a sheet that is not in the workbook is undefined. */
export interface PlanReads {
  readonly goals?: SheetRead<"goals">;
  readonly strategies?: SheetRead<"strategies">;
  readonly budget?: SheetRead<"budget">;
  readonly monitoring?: SheetRead<"monitoring">;
}
