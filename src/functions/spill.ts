/**
 * Element-wise application of a cell function over custom-function arguments,
 * the way Excel's own functions treat ranges:
 *
 * - every argument arrives as a matrix (rows of cell values) — a single cell is 1×1;
 * - arguments larger than 1×1 must all have the same shape; the result has that
 *   shape and spills;
 * - a 1×1 argument (a threshold cell, a literal) is used for every cell;
 * - an omitted optional argument (null/undefined) gives `undefined` for every cell.
 *
 * Shapes that do not match give a single `#VALUE!` with a message. For hosts other
 * than Excel (tests, the HyperFormula double) a non-array argument counts as 1×1.
 *
 * Single-cell calls are the common case (one call per table row), so they take a
 * fast path: one call of `fn` and the unavoidable `[[result]]`.
 */
import { planError } from "./errors";

/** A custom-function argument: a matrix of cell values, or null/undefined when omitted. */
export type CellArg = readonly (readonly unknown[])[] | null | undefined;

/** A function of one cell from each argument (up to five). */
export type CellFn = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) => unknown;

type Grid = readonly (readonly unknown[])[];

/** Marks "this argument is a range" in the per-argument shape check. */
const SCALAR = -1;
const BAD = -2;

/** Rows of a range argument, SCALAR for 1×1/omitted/non-array, BAD for a malformed (empty, ragged, 1-D) array. */
function rowsOf(arg: unknown): number {
  if (!Array.isArray(arg)) return SCALAR;
  const rows = arg.length;
  if (rows === 0) return BAD;
  const first: unknown = arg[0];
  if (!Array.isArray(first) || first.length === 0) return BAD;
  const cols = first.length;
  if (rows === 1 && cols === 1) return SCALAR;
  for (let r = 1; r < rows; r++) {
    const row: unknown = arg[r];
    if (!Array.isArray(row) || row.length !== cols) return BAD;
  }
  return rows;
}

/** The value a 1×1 / omitted / non-array argument stands for. */
function scalarOf(arg: unknown): unknown {
  return Array.isArray(arg) ? (arg[0] as unknown[])[0] : arg;
}

function isScalar(arg: unknown): boolean {
  return !Array.isArray(arg) || (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1);
}

function shapeText(grid: Grid | null): string {
  return grid ? `${grid.length}×${grid[0].length}` : "1×1";
}

/**
 * Applies `fn` cell by cell. Arguments after the ones a function declares may be
 * left out; `fn` then gets `undefined` for them.
 */
export function spill(fn: CellFn, a: CellArg, b?: CellArg, c?: CellArg, d?: CellArg, e?: CellArg): unknown[][] {
  // Fast path: one cell per argument.
  if (isScalar(a) && isScalar(b) && isScalar(c) && isScalar(d) && isScalar(e)) {
    return [[fn(scalarOf(a), scalarOf(b), scalarOf(c), scalarOf(d), scalarOf(e))]];
  }

  const args = [a, b, c, d, e];
  const grids: (Grid | null)[] = [null, null, null, null, null];
  let shape: Grid | null = null;
  for (let i = 0; i < 5; i++) {
    const rows = rowsOf(args[i]);
    if (rows === SCALAR) continue;
    if (rows === BAD) {
      return [[planError("#VALUE!", `Argument ${i + 1} is not a rectangular range`)]];
    }
    const grid = args[i] as Grid;
    if (shape && (grid.length !== shape.length || grid[0].length !== shape[0].length)) {
      return [[planError("#VALUE!", `Ranges must have the same size: ${shapeText(shape)} and ${shapeText(grid)}`)]];
    }
    shape = grid;
    grids[i] = grid;
  }
  const g = shape as Grid; // at least one argument is a range here
  const rows = g.length;
  const cols = g[0].length;
  const [ga, gb, gc, gd, ge] = grids;
  const sa = ga ? undefined : scalarOf(a);
  const sb = gb ? undefined : scalarOf(b);
  const sc = gc ? undefined : scalarOf(c);
  const sd = gd ? undefined : scalarOf(d);
  const se = ge ? undefined : scalarOf(e);

  if (cols === 1) return spillColumn(fn, rows, ga, gb, gc, gd, ge, sa, sb, sc, sd, se);

  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const ra = ga ? ga[r] : null;
    const rb = gb ? gb[r] : null;
    const rc = gc ? gc[r] : null;
    const rd = gd ? gd[r] : null;
    const re = ge ? ge[r] : null;
    const row: unknown[] = [];
    for (let col = 0; col < cols; col++) {
      row.push(fn(ra ? ra[col] : sa, rb ? rb[col] : sb, rc ? rc[col] : sc, rd ? rd[col] : sd, re ? re[col] : se));
    }
    out.push(row);
  }
  return out;
}

/**
 * The common spilled case, N×1 columns (a table column per argument), without
 * the inner loop and its per-row branches. Arrays are grown by push, not
 * preallocated with new Array(n): a preallocated array is holey, and V8 then
 * keeps the slower holey element kind for good.
 */
function spillColumn(
  fn: CellFn,
  rows: number,
  ga: Grid | null,
  gb: Grid | null,
  gc: Grid | null,
  gd: Grid | null,
  ge: Grid | null,
  sa: unknown,
  sb: unknown,
  sc: unknown,
  sd: unknown,
  se: unknown,
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    out.push([fn(ga ? ga[r][0] : sa, gb ? gb[r][0] : sb, gc ? gc[r][0] : sc, gd ? gd[r][0] : sd, ge ? ge[r][0] : se)]);
  }
  return out;
}
