import type { ColumnKey, SheetColumns } from "../schema/sheets";
import type { PlanSheetKey } from "../schema/sheet-keys";
import type { CellValueOf, ReadCell } from "./read-cell";

/**
 * A row's cells by column key, typed from the schema. A key is absent when its
 * column is not on the sheet (the reader reports that once, not on every row).
 */
export type RowCells<S extends PlanSheetKey> = {
  readonly [C in SheetColumns[S][number] as C["key"]]?: ReadCell<CellValueOf<C["type"]>>;
};

export interface SheetRow<S extends PlanSheetKey> {
  readonly sheet: S;
  /** 0-based worksheet row. */
  readonly row: number;
  /** The row number Excel shows (row + 1). */
  readonly rowNumber: number;
  readonly cells: RowCells<S>;
}

export type GoalRow = SheetRow<"goals">;
export type StrategyRow = SheetRow<"strategies">;
export type BudgetRow = SheetRow<"budget">;
export type MonitoringRow = SheetRow<"monitoring">;

/** The value of a row's cell, or null when blank, invalid or its column is missing. */
export function cellValue<S extends PlanSheetKey, K extends keyof RowCells<S>>(
  row: SheetRow<S>,
  key: K,
): NonNullable<RowCells<S>[K]> extends ReadCell<infer T> ? T | null : never {
  const cell = row.cells[key] as ReadCell<unknown> | undefined;
  return (cell?.value ?? null) as never;
}

export type { ColumnKey };
