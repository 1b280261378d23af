/**
 * Rectangles of cells: zero-based, `rows`/`cols` cells in size. Every range,
 * table, validation and conditional format of the double is one of these.
 */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const rect = (row: number, col: number, rows = 1, cols = 1): Rect => ({ row, col, rows, cols });

export const lastRow = (r: Rect): number => r.row + r.rows - 1;
export const lastCol = (r: Rect): number => r.col + r.cols - 1;
export const cellCount = (r: Rect): number => r.rows * r.cols;
export const isEntireColumn = (r: Rect): boolean => r.row === 0 && r.rows === MAX_ROWS;
export const isEntireRow = (r: Rect): boolean => r.col === 0 && r.cols === MAX_COLS;

export function inSheet(r: Rect): boolean {
  return (
    r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && r.row + r.rows <= MAX_ROWS && r.col + r.cols <= MAX_COLS
  );
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row <= lastRow(r) && col >= r.col && col <= lastCol(r);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return containsCell(outer, inner.row, inner.col) && containsCell(outer, lastRow(inner), lastCol(inner));
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const r1 = Math.min(lastRow(a), lastRow(b));
  const c1 = Math.min(lastCol(a), lastCol(b));
  if (r1 < row || c1 < col) return null;
  return { row, col, rows: r1 - row + 1, cols: c1 - col + 1 };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rows: Math.max(lastRow(a), lastRow(b)) - row + 1,
    cols: Math.max(lastCol(a), lastCol(b)) - col + 1,
  };
}

/** `a` minus `b`: up to four rectangles (above, below, left, right). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (i.row > a.row) out.push({ row: a.row, col: a.col, rows: i.row - a.row, cols: a.cols });
  if (lastRow(i) < lastRow(a))
    out.push({ row: lastRow(i) + 1, col: a.col, rows: lastRow(a) - lastRow(i), cols: a.cols });
  if (i.col > a.col) out.push({ row: i.row, col: a.col, rows: i.rows, cols: i.col - a.col });
  if (lastCol(i) < lastCol(a))
    out.push({ row: i.row, col: lastCol(i) + 1, rows: i.rows, cols: lastCol(a) - lastCol(i) });
  return out;
}

export const sameRect = (a: Rect, b: Rect): boolean =>
  a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

/**
 * A structural change of a sheet: `count` rows (axis "row") or columns inserted
 * (count > 0) or deleted (count < 0) at index `at`, limited to the band of
 * columns (rows) `bandStart..bandEnd` when cells rather than whole rows
 * (columns) move.
 */
export interface Shift {
  readonly axis: "row" | "col";
  readonly at: number;
  readonly count: number;
  readonly bandStart: number;
  readonly bandEnd: number;
}

export const wholeShift = (axis: "row" | "col", at: number, count: number): Shift => ({
  axis,
  at,
  count,
  bandStart: 0,
  bandEnd: axis === "row" ? MAX_COLS - 1 : MAX_ROWS - 1,
});

/** Position along / across the shift axis. */
function along(r: Rect, axis: Shift["axis"]): [number, number] {
  return axis === "row" ? [r.row, r.rows] : [r.col, r.cols];
}
function across(r: Rect, axis: Shift["axis"]): [number, number] {
  return axis === "row" ? [r.col, r.cols] : [r.row, r.rows];
}
function make(axis: Shift["axis"], start: number, size: number, cStart: number, cSize: number): Rect {
  return axis === "row"
    ? { row: start, col: cStart, rows: size, cols: cSize }
    : { row: cStart, col: start, rows: cSize, cols: size };
}

/**
 * Where a rectangle ends up after a shift, the way Excel moves the ranges of
 * validations, conditional formats and names: inserting inside it grows it,
 * inserting at or before its start moves it, deleting part of it shrinks it,
 * deleting all of it removes it (null). A rectangle only partly inside the band
 * is split: its part in the band moves, the rest stays.
 */
export function shiftRect(r: Rect, s: Shift): Rect[] {
  const [cStart, cSize] = across(r, s.axis);
  const cEnd = cStart + cSize - 1;
  if (cEnd < s.bandStart || cStart > s.bandEnd) return [r];
  if (cStart < s.bandStart || cEnd > s.bandEnd) {
    const inside =
      s.axis === "row"
        ? intersect(r, { row: 0, col: s.bandStart, rows: MAX_ROWS, cols: s.bandEnd - s.bandStart + 1 })!
        : intersect(r, { row: s.bandStart, col: 0, rows: s.bandEnd - s.bandStart + 1, cols: MAX_COLS })!;
    const outside = subtract(r, inside);
    return [...outside, ...shiftRect(inside, s)];
  }
  const [start, size] = along(r, s.axis);
  const end = start + size - 1;
  const limit = s.axis === "row" ? MAX_ROWS : MAX_COLS;
  if (s.count > 0) {
    if (s.at > end) return [r];
    if (s.at <= start) {
      const ns = start + s.count;
      if (ns >= limit) return [];
      return [make(s.axis, ns, Math.min(size, limit - ns), cStart, cSize)];
    }
    return [make(s.axis, start, Math.min(size + s.count, limit - start), cStart, cSize)];
  }
  const n = -s.count;
  const dStart = s.at;
  const dEnd = s.at + n - 1;
  if (dStart > end) return [r];
  if (dEnd < start) return [make(s.axis, start - n, size, cStart, cSize)];
  const keepBefore = Math.max(0, dStart - start);
  const keepAfter = Math.max(0, end - dEnd);
  if (keepBefore + keepAfter === 0) return [];
  return [make(s.axis, Math.min(start, dStart), keepBefore + keepAfter, cStart, cSize)];
}

/** One cell after a shift, or null when it was deleted. */
export function shiftCell(row: number, col: number, s: Shift): { row: number; col: number } | null {
  const pos = s.axis === "row" ? row : col;
  const cross = s.axis === "row" ? col : row;
  if (cross < s.bandStart || cross > s.bandEnd) return { row, col };
  let np = pos;
  if (s.count > 0) {
    if (pos >= s.at) np = pos + s.count;
  } else {
    const n = -s.count;
    if (pos >= s.at && pos < s.at + n) return null;
    if (pos >= s.at + n) np = pos - n;
  }
  return s.axis === "row" ? { row: np, col } : { row, col: np };
}
