/**
 * Reads the bodies of plan tables: the values of the whole table range, in one
 * round trip for everything that fits the payload budget, more only when the
 * tables are that large. Which computed cells hold formulas comes from the
 * scan (`withKinds`), so no formula text travels.
 */
import type { PlanSheetKey } from "../domain/schema/sheet-keys";
import { FORMULA_TEXT_UNREAD } from "../domain/read/grid";
import { columnLetter } from "./address";
import { payloadBudget } from "./payload";
import type { Action } from "./run";
import { isPayloadError, type FoundTable } from "./scan";

export interface TableData {
  readonly found: FoundTable;
  /** Header row first, then the body rows. */
  readonly values: unknown[][];
  /**
   * Same shape, when the scan brought the kinds: in computed columns
   * FORMULA_TEXT_UNREAD for a formula, the value for a typed cell, "" for an
   * empty one; null elsewhere.
   */
  readonly formulas?: unknown[][];
}

/**
 * Estimated response bytes of one cell's value: typical plan cells (ids,
 * numbers, short Chinese text) are 5–40 bytes. An estimate that proves too low
 * costs one refused round trip, after which the rows are split (see below).
 */
export const VALUE_CELL_BYTES = 16;

interface Segment {
  found: FoundTable;
  /** Table rows [start, end), 0 = header. */
  start: number;
  end: number;
}

/**
 * What one read may bring back by estimate. Reads can aim closer to the limit
 * than writes: a response Excel refuses as too large is split and retried.
 */
export function readBudget(): number {
  return Math.floor(payloadBudget() * (0.95 / 0.8));
}

/** Splits the tables into row segments and packs them into round trips under the budget. */
export function planReads(tables: readonly FoundTable[], budget = readBudget()): Segment[][] {
  const trips: Segment[][] = [[]];
  let used = 0;
  for (const found of tables) {
    const per = Math.max(1, found.cols * VALUE_CELL_BYTES);
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
export async function readTables(action: Action, tables: readonly FoundTable[]): Promise<Map<PlanSheetKey, TableData>> {
  const values = new Map<PlanSheetKey, unknown[][]>(tables.map((t) => [t.sheet, new Array(t.rows)]));
  const queue = planReads(tables);
  while (queue.length > 0) {
    const trip = queue.shift()!;
    const loads = trip.map((seg) => {
      const top = seg.found.row + seg.start;
      const bottom = seg.found.row + seg.end - 1;
      const first = columnLetter(seg.found.col);
      const last = columnLetter(seg.found.col + seg.found.cols - 1);
      return { seg, range: seg.found.worksheet.getRange(`${first}${top + 1}:${last}${bottom + 1}`).load("values") };
    });
    try {
      await action.sync();
    } catch (e) {
      const splittable = trip.length > 1 || trip[0].end - trip[0].start > 1;
      if (!isPayloadError(e) || !splittable) throw e;
      queue.unshift(...halve(trip));
      continue;
    }
    for (const { seg, range } of loads) {
      const into = values.get(seg.found.sheet)!;
      range.values.forEach((row, i) => (into[seg.start + i] = row));
    }
  }
  const out = new Map<PlanSheetKey, TableData>();
  for (const found of tables) {
    const v = values.get(found.sheet)!;
    out.set(found.sheet, { found, values: v, formulas: found.kinds && formulaGrid(found, v) });
  }
  return out;
}

/** The grid of formulas the domain reads, from the kinds the scan brought. */
function formulaGrid(found: FoundTable, values: readonly unknown[][]): unknown[][] {
  const grid = values.map((row) => new Array<unknown>(row.length).fill(null));
  for (const [col, kinds] of found.kinds!) {
    const j = col - found.col;
    kinds.forEach((kind, i) => {
      grid[i + 1][j] = kind === "formula" ? FORMULA_TEXT_UNREAD : kind === "typed" ? values[i + 1][j] : "";
    });
  }
  return grid;
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
