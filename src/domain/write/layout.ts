/**
 * Where things go on a plan sheet, as plain data: the columns of a table by
 * key with their worksheet column, the A1 cells a row's formulas refer to, the
 * computed formulas of a block of rows. No Excel calls here.
 */
import type { Lang } from "../language";
import { NUMBER_FORMATS, type ColumnDef } from "../schema/column";
import { sheetColumns } from "../schema/sheets";
import type { PlanSheetKey } from "../schema/sheet-keys";
import { matchHeaders } from "../read/header-map";
import { columnLetters as columnLetter } from "../address/a1";
import { computedFormula, type FormulaStyle } from "../formulas";
import { cellsNeeded } from "../formulas/refs";

/** A plan table's schema columns as they stand on the sheet. */
export interface TableColumns {
  readonly sheet: PlanSheetKey;
  /** Worksheet column (0-based) of each schema column found, by key. */
  readonly byKey: ReadonlyMap<string, number>;
  /** Schema columns the table lacks. */
  readonly missing: readonly ColumnDef[];
}

/** Finds the schema columns in a table's header row (any language, any order). */
export function tableColumns(sheet: PlanSheetKey, headerRow: readonly unknown[], firstCol: number): TableColumns {
  const defs = sheetColumns(sheet);
  const match = matchHeaders(headerRow, defs);
  const byKey = new Map<string, number>();
  for (const [key, index] of match.columns) byKey.set(key, firstCol + index);
  return { sheet, byKey, missing: defs.filter((d) => !byKey.has(d.key)) };
}

/** The layout of a new table: schema order from column A. */
export function newTableColumns(sheet: PlanSheetKey): TableColumns {
  const byKey = new Map<string, number>();
  sheetColumns(sheet).forEach((d, i) => byKey.set(d.key, i));
  return { sheet, byKey, missing: [] };
}

/** The computed columns of a sheet. */
export function computedDefs(sheet: PlanSheetKey): ColumnDef[] {
  return sheetColumns(sheet).filter((d) => d.type === "computed");
}

/** Whether a computed column's formula can be written: every column it reads is on the sheet. */
export function canWriteComputed(def: ColumnDef, cols: TableColumns, style: FormulaStyle): boolean {
  return def.computed !== undefined && cellsNeeded(def.computed.kind, style).every((k) => cols.byKey.has(k));
}

/**
 * The formulas of one computed column for worksheet rows firstRow … firstRow+count−1
 * (0-based), as a count×1 array ready for range.formulas. Per-row A1 references.
 */
export function computedColumnFormulas(
  def: ColumnDef,
  cols: TableColumns,
  style: FormulaStyle,
  lang: Lang,
  firstRow: number,
  count: number,
): string[][] {
  const kind = def.computed!.kind;
  const keys = cellsNeeded(kind, style);
  const letters = keys.map((k) => [k, columnLetter(cols.byKey.get(k)!)] as const);
  const out: string[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const rowNumber = firstRow + i + 1;
    const cells: Record<string, string> = {};
    for (const [k, letter] of letters) cells[k] = `${letter}${rowNumber}`;
    out[i] = [computedFormula(style, { kind, cells, lang })];
  }
  return out;
}

/**
 * One value as it must be written so Excel keeps what the person (or the
 * example) typed, and the number format its cell gets:
 * - text columns are formatted as text (@), so 2026-01, 001 or +1 stay text;
 * - text that Excel would still read as a formula (=HYPERLINK(…)) or whose
 *   leading apostrophe would be eaten goes into a General cell behind Excel's
 *   text prefix ' (the apostrophe is not part of the value);
 * - text in a number or date column (a vague target "提升知名度") keeps the
 *   column's format behind the same prefix, so it is never turned into a number.
 */
export interface CellWrite {
  value: unknown;
  format: string;
}

export function cellWrite(def: ColumnDef, value: unknown): CellWrite {
  const format = NUMBER_FORMATS[def.format];
  if (typeof value !== "string" || value === "") return { value, format };
  if (def.format === "text") return /^[=']/.test(value) ? { value: `'${value}`, format: "General" } : { value, format };
  return { value: `'${value}`, format };
}

/**
 * A column of cell writes as Office takes them: the values as a count×1 array,
 * and the number format as one string for the whole column — or, only when
 * some cell needs another one (text behind the ' prefix), a count×1 array.
 */
export function columnWrites(
  def: ColumnDef,
  values: readonly unknown[],
): { values: unknown[][]; format: string; formats?: string[][] } {
  const format = NUMBER_FORMATS[def.format];
  const out: unknown[][] = new Array(values.length);
  let formats: string[][] | undefined;
  values.forEach((v, i) => {
    const w = cellWrite(def, v);
    out[i] = [w.value];
    if (w.format !== format && !formats) formats = values.map(() => [format]);
    if (formats) formats[i] = [w.format];
  });
  return { values: out, format, formats };
}
