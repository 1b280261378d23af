/**
 * Reads the bodies of plan tables: values of the whole table range and the
 * formulas of its computed columns (the only cells whose formulas matter: a
 * typed value there is a finding). One round trip for everything that fits
 * the payload budget; more only when the tables are that large.
 */
import type { FormulaStyle } from "../domain/formulas/style";
import type { PlanSheetKey } from "../domain/schema/sheet-keys";
import { columnLetter } from "./address";
import { canWriteComputed, computedColumnFormulas, computedDefs } from "../domain/write/layout";
import { cellBytes, payloadBudget } from "./payload";
import type { Action } from "./run";
import { isPayloadError, type FoundTable } from "./scan";

export interface TableData {
  readonly found: FoundTable;
  /** Header row first, then the body rows. */
  readonly values: unknown[][];
  /** Same shape; the formula text (or typed value) in computed columns, null elsewhere. */
  readonly formulas: unknown[][];
}

/**
 * Estimated response bytes of one cell's value: typical plan cells (ids,
 * numbers, short Chinese text) are 5–40 bytes. An estimate that proves too low
 * costs one refused round trip, after which the rows are split (see below).
 */
export const VALUE_CELL_BYTES = 16;

/** Bytes of one computed cell's formula as it travels (JSON) in the style the workbook records (row numbers up to 7 digits). */
function formulaBytes(found: FoundTable, style: FormulaStyle): number {
  let n = 0;
  for (const def of computedDefs(found.sheet)) {
    if (!found.columns.byKey.has(def.key) || !canWriteComputed(def, found.columns, style)) continue;
    // cellBytes counts the JSON escape of every quote: the blank guards' ="" add several.
    n += cellBytes(computedColumnFormulas(def, found.columns, style, "zh-CN", 999998, 1)[0][0]) + 3;
  }
  return n;
}

interface Segment {
  found: FoundTable;
  /** Table rows [start, end), 0 = header. */
  start: number;
  end: number;
}

function computedCols(found: FoundTable): number[] {
  return computedDefs(found.sheet)
    .map((d) => found.columns.byKey.get(d.key))
    .filter((c): c is number => c !== undefined);
}

function rowBytes(found: FoundTable, style: FormulaStyle): number {
  return found.cols * VALUE_CELL_BYTES + formulaBytes(found, style);
}

/**
 * What one read may bring back by estimate. Reads can aim closer to the limit
 * than writes: a response Excel refuses as too large is split and retried.
 */
export function readBudget(): number {
  return Math.floor(payloadBudget() * (0.95 / 0.8));
}

/** Splits the tables into row segments and packs them into round trips under the budget. */
export function planReads(tables: readonly FoundTable[], style: FormulaStyle, budget = readBudget()): Segment[][] {
  const trips: Segment[][] = [[]];
  let used = 0;
  for (const found of tables) {
    const per = Math.max(1, rowBytes(found, style));
    let start = 0;
    while (start < found.rows) {
      let room = Math.floor((budget - used) / per);
      if (room < 1 && used > 0) {
        trips.push([]);
        used = 0;
        room = Math.floor(budget / per);
      }
      const end = Math.min(found.rows, start + Math.max(1, room));
      trips[trips.length - 1].push({ found, start, end });
      used += (end - start) * per;
      start = end;
    }
  }
  return trips.filter((t) => t.length > 0);
}

/** Loads the planned segments; a round trip Excel refuses as too large is split in two and retried. */
export async function readTables(
  action: Action,
  tables: readonly FoundTable[],
  style: FormulaStyle,
): Promise<Map<PlanSheetKey, TableData>> {
  const out = new Map<PlanSheetKey, TableData>();
  for (const found of tables) {
    out.set(found.sheet, {
      found,
      values: new Array(found.rows),
      formulas: new Array(found.rows),
    });
  }
  const queue = planReads(tables, style);
  while (queue.length > 0) {
    const trip = queue.shift()!;
    const loads = trip.map((seg) => {
      const ws = seg.found.worksheet;
      const top = seg.found.row + seg.start;
      const bottom = seg.found.row + seg.end - 1;
      const first = columnLetter(seg.found.col);
      const last = columnLetter(seg.found.col + seg.found.cols - 1);
      const values = ws.getRange(`${first}${top + 1}:${last}${bottom + 1}`).load("values");
      const formulas = computedCols(seg.found).map((c) => {
        const letter = columnLetter(c);
        return { c, range: ws.getRange(`${letter}${top + 1}:${letter}${bottom + 1}`).load("formulas") };
      });
      return { seg, values, formulas };
    });
    try {
      await action.sync();
    } catch (e) {
      const splittable = trip.length > 1 || trip[0].end - trip[0].start > 1;
      if (!isPayloadError(e) || !splittable) throw e;
      queue.unshift(...halve(trip));
      continue;
    }
    for (const { seg, values, formulas } of loads) {
      const data = out.get(seg.found.sheet)!;
      for (let i = 0; i < values.values.length; i++) {
        const r = seg.start + i;
        data.values[r] = values.values[i];
        data.formulas[r] = new Array(seg.found.cols).fill(null);
      }
      for (const { c, range } of formulas) {
        const k = c - seg.found.col;
        for (let i = 0; i < range.formulas.length; i++) data.formulas[seg.start + i][k] = range.formulas[i][0];
      }
    }
  }
  return out;
}

function halve(trip: Segment[]): Segment[][] {
  if (trip.length > 1) {
    const mid = Math.ceil(trip.length / 2);
    return [trip.slice(0, mid), trip.slice(mid)];
  }
  const [s] = trip;
  const mid = s.start + Math.ceil((s.end - s.start) / 2);
  return [[{ ...s, end: mid }], [{ ...s, start: mid }]];
}
