/**
 * A1 addresses: column letters, cell and range addresses, sheet-qualified
 * addresses. Excel wants sheet names quoted in formulas ('预算分配'!A1); people
 * read them unquoted (预算分配!E7), and select() accepts both.
 */
import { columnIndex as domainColumnIndex, columnLetters, rangeA1 } from "../domain/address/a1";

/** Column letters already matched by CELL below, so always a column. */
function columnIndex(letters: string): number {
  return domainColumnIndex(letters) as number;
}

/** 0 → A, 25 → Z, 26 → AA (the domain's A1 helpers, named as this layer reads them). */
export const columnLetter = columnLetters;

/** Zero-based corner and size → "A2:K11" (or "A2" for one cell). */
function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  return rangeA1(row, col, row + rows - 1, col + cols - 1);
}

/** The sheet name as formulas need it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 预算分配!E7 — what people read in findings. */
export function displayAddress(sheet: string, a1: string): string {
  return `${sheet}!${a1}`;
}

/** '预算分配'!$A$2:$A$200 — for formulas and validation sources. */
export function formulaAddress(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}

/** "$A$2:$A$200" from zero-based corners. */
export function absoluteRange(row: number, col: number, rows: number, cols = 1): string {
  const tl = `$${columnLetter(col)}$${row + 1}`;
  if (rows === 1 && cols === 1) return tl;
  return `${tl}:$${columnLetter(col + cols - 1)}$${row + rows}`;
}

export interface ParsedAddress {
  sheet: string | null;
  /** The A1 part without $ signs. */
  a1: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * Reads "预算分配!E7", "'Budget (2)'!A1:B3", "Sheet1!$C$4" or "E7". Returns null
 * for anything that is not a plain cell or range address.
 */
export function parseAddress(address: string): ParsedAddress | null {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  let sheet: string | null = null;
  let ref = text;
  if (bang >= 0) {
    let s = text.slice(0, bang).trim();
    if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) s = s.slice(1, -1).replace(/''/g, "'");
    sheet = s;
    ref = text.slice(bang + 1).trim();
  }
  const parts = ref.split(":");
  if (parts.length > 2) return null;
  const corners = parts.map((p) => CELL.exec(p));
  if (corners.some((m) => !m)) return null;
  const [a, b] = corners as RegExpExecArray[];
  const r1 = Number(a[2]) - 1;
  const c1 = columnIndex(a[1]);
  const r2 = b ? Number(b[2]) - 1 : r1;
  const c2 = b ? columnIndex(b[1]) : c1;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const rows = Math.abs(r2 - r1) + 1;
  const cols = Math.abs(c2 - c1) + 1;
  return { sheet, a1: rangeAddress(row, col, rows, cols), row, col, rows, cols };
}

/** Splits the address Excel returns ("'预算分配'!A1:K4" or "Budget!A1:K4") into sheet and range. */
export function splitExcelAddress(address: string): {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
} {
  const p = parseAddress(address);
  if (!p || p.sheet === null) throw new Error(`Unexpected address from Excel: ${address}`);
  return { sheet: p.sheet, row: p.row, col: p.col, rows: p.rows, cols: p.cols };
}
