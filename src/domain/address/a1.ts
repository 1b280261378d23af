/**
 * A1 cell addresses. Rows and columns are 0-based indexes here, as in the
 * grids Office returns; A1 text is 1-based ("A1" is row 0, column 0).
 */

/** 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Column index must be a whole number ≥ 0: ${index}`);
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 0, AA → 26; case-insensitive; undefined for anything that is not column letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 6, col 4) → E7 */
export function cellA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Row index must be a whole number ≥ 0: ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

/** (0,0)–(0,10) → A1:K1; a single cell stays a single cell. */
export function rangeA1(row1: number, col1: number, row2: number, col2: number): string {
  const a = cellA1(Math.min(row1, row2), Math.min(col1, col2));
  const b = cellA1(Math.max(row1, row2), Math.max(col1, col2));
  return a === b ? a : `${a}:${b}`;
}

/** E7 → { row: 6, col: 4 }; $ signs allowed; undefined for anything else. */
export function parseCellA1(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  return col === undefined || row < 0 ? undefined : { row, col };
}

/**
 * Whether Excel needs the sheet name in quotes: anything but letters, digits,
 * "_" and "." (Chinese letters are fine), a leading digit, or a name that could
 * be read as a cell reference (A1, R1C1) or a boolean.
 */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  if (/^(R\d*)?(C\d*)?$/i.test(name) && name !== "") return true;
  return /^(true|false)$/i.test(name);
}

/**
 * The part of an address before the cell: 预算分配! or 'Plan Budget'! (quotes
 * inside doubled). A workbook has a handful of sheet names but a check builds
 * thousands of addresses, so each name's prefix is worked out once.
 */
export function sheetPrefix(sheetName: string): string {
  let prefix = PREFIXES.get(sheetName);
  if (prefix === undefined) {
    prefix = (sheetNameNeedsQuotes(sheetName) ? `'${sheetName.replace(/'/g, "''")}'` : sheetName) + "!";
    if (PREFIXES.size >= MAX_PREFIXES) PREFIXES.clear(); // names come and go as sheets are renamed; keep the cache small
    PREFIXES.set(sheetName, prefix);
  }
  return prefix;
}

const PREFIXES = new Map<string, string>();
const MAX_PREFIXES = 256;

/** 预算分配 + E7 → 预算分配!E7; Plan Budget + E7 → 'Plan Budget'!E7 (quotes inside doubled). */
export function qualifiedAddress(sheetName: string, a1: string): string {
  return sheetPrefix(sheetName) + a1;
}

/** 'Plan Budget'!E7 → { sheetName: "Plan Budget", a1: "E7" }; undefined without a sheet part. */
export function splitQualifiedAddress(address: string): { sheetName: string; a1: string } | undefined {
  const i = address.lastIndexOf("!");
  if (i <= 0) return undefined;
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheetName: sheet, a1: address.slice(i + 1) };
}
