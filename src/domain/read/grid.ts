/**
 * A sheet as plain values, the way Office returns a range: `values` and,
 * when known, `formulas` (a formula cell holds its "=…" text there, or just
 * FORMULA_TEXT_UNREAD when only its being a formula is known; other cells
 * their value). grid[0] is the header row.
 */
export interface SheetGrid {
  /** The worksheet's name as it stands; used in addresses (预算分配!E7). */
  readonly sheetName: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  /** 0-based worksheet row and column of values[0][0]; A1 when omitted. */
  readonly origin?: { readonly row: number; readonly col: number };
}

/** Empty cells arrive as "" from Office and as null/undefined from other sources. */
export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A formula cell whose text was not read: Excel was asked only which cells hold formulas. */
export const FORMULA_TEXT_UNREAD = "=";

export function isFormula(v: unknown): v is string {
  return typeof v === "string" && v.startsWith("=");
}
