import type { SheetGrid } from "../../../src/domain/read/grid";

/** A computed cell in a test grid: what it shows, and its formula (or a typed value standing in for one). */
export interface Fx {
  readonly fx: true;
  readonly shown: unknown;
  readonly formula: unknown;
}

/** A cell holding a formula. */
export const fx = (formula: string, shown: unknown = ""): Fx => ({ fx: true, shown, formula });

function isFx(v: unknown): v is Fx {
  return typeof v === "object" && v !== null && (v as Fx).fx === true;
}

/**
 * Builds a grid the way Office returns one: `values` shows results, `formulas`
 * shows "=…" for formula cells and the value for every other cell.
 */
export function grid(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  origin?: { row: number; col: number },
): SheetGrid {
  const all = [header, ...rows];
  return {
    sheetName,
    values: all.map((r) => r.map((c) => (isFx(c) ? c.shown : c))),
    formulas: all.map((r) => r.map((c) => (isFx(c) ? c.formula : c))),
    origin,
  };
}

/** The same grid without formulas (a caller that only read values). */
export function valuesOnly(g: SheetGrid): SheetGrid {
  return { sheetName: g.sheetName, values: g.values, origin: g.origin };
}
