/**
 * A1 addresses as Excel reads and writes them: "A1", "$A$1:B2", "A:C", "2:5",
 * sheet-qualified "Sheet1!A1:B2", "'预算 分配'!A1", "预算分配!A1".
 */
import { MAX_COLS, MAX_ROWS, type Rect, isEntireColumn, isEntireRow } from "./model/rect";

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 0, AA → 26; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const cellA1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** "A1:B2", "A1", "A:B", "2:3" for a rectangle, as Excel prints range addresses. */
export function rectA1(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireColumn(r) && isEntireRow(r)) return `${d}1:${d}${MAX_ROWS}`;
  if (isEntireColumn(r)) return `${d}${columnLetters(r.col)}:${d}${columnLetters(r.col + r.cols - 1)}`;
  if (isEntireRow(r)) return `${d}${r.row + 1}:${d}${r.row + r.rows}`;
  const tl = `${d}${columnLetters(r.col)}${d}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${d}${columnLetters(r.col + r.cols - 1)}${d}${r.row + r.rows}`;
}

/**
 * Whether Excel writes quotes around this sheet name in addresses and formulas:
 * names of letters (any script), digits, "_" and "." that do not start with a
 * digit and do not look like a cell (A1, R1C1) stay bare — 预算分配!A1 — others
 * are quoted: '预算 分配'!A1, '2026'!A1.
 */
export function sheetNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && columnIndex(name.replace(/\d+$/, "")) < MAX_COLS) return true;
  if (/^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return true;
  if (/^(TRUE|FALSE)$/i.test(name)) return true;
  return false;
}

export function quoteSheetName(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

export const qualifiedAddress = (sheet: string, r: Rect, absolute = false): string =>
  `${quoteSheetName(sheet)}!${rectA1(r, absolute)}`;

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

function parseCorner(s: string): { row?: number; col?: number } | null {
  let m = CELL.exec(s);
  if (m) {
    const col = columnIndex(m[1]);
    const row = Number(m[2]) - 1;
    if (col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return null;
    return { row, col };
  }
  m = COL.exec(s);
  if (m) {
    const col = columnIndex(m[1]);
    return col >= 0 && col < MAX_COLS ? { col } : null;
  }
  m = ROW.exec(s);
  if (m) {
    const row = Number(m[1]) - 1;
    return row >= 0 && row < MAX_ROWS ? { row } : null;
  }
  return null;
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into sheet and the rest; sheet undefined when unqualified. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i] === "'" && s[i + 1] === "!") return { sheet: name, ref: s.slice(i + 2) };
    return { ref: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
  return { ref: s };
}

/** Parses an A1 address (optionally sheet-qualified); null when it is not one. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, ref } = splitSheet(address);
  const parts = ref.trim().split(":");
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === "")) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  const aKind = a.row !== undefined && a.col !== undefined ? "cell" : a.col !== undefined ? "col" : "row";
  const bKind = b.row !== undefined && b.col !== undefined ? "cell" : b.col !== undefined ? "col" : "row";
  if (aKind !== bKind) return null;
  if (parts.length === 1 && aKind !== "cell") return null;
  let rect: Rect;
  if (aKind === "cell") {
    const r0 = Math.min(a.row!, b.row!);
    const c0 = Math.min(a.col!, b.col!);
    rect = { row: r0, col: c0, rows: Math.abs(a.row! - b.row!) + 1, cols: Math.abs(a.col! - b.col!) + 1 };
  } else if (aKind === "col") {
    const c0 = Math.min(a.col!, b.col!);
    rect = { row: 0, col: c0, rows: MAX_ROWS, cols: Math.abs(a.col! - b.col!) + 1 };
  } else {
    const r0 = Math.min(a.row!, b.row!);
    rect = { row: r0, col: 0, rows: Math.abs(a.row! - b.row!) + 1, cols: MAX_COLS };
  }
  return sheet === undefined ? { rect } : { sheet, rect };
}
