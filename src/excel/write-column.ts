/**
 * Writes one column's cells (number formats and values) from a
 * 1-based worksheet row down, split into row chunks that each fit a request;
 * the payload queue syncs between chunks only when a request would overflow.
 * Computed columns go through fillFormulas: one formula a run of rows.
 */
import { columnLetter } from "./address";
import { cellBytes, payloadBudget, type PayloadQueue } from "./payload";

export interface ColumnData {
  /** One number format for all the rows written. */
  format?: string;
  /** Or one per row. */
  formats?: readonly (readonly string[])[];
  values?: readonly (readonly unknown[])[];
  /** How many rows `format` covers when no per-row data is given. */
  rows?: number;
}

/** Bytes a chunk of rows adds to a request (array brackets and separators included). */
function chunkBytes(data: ColumnData, start: number, end: number): number {
  let n = 64;
  for (let i = start; i < end; i++) {
    if (data.formats) n += cellBytes(data.formats[i][0]) + 3;
    if (data.values) n += cellBytes(data.values[i][0]) + 3;
  }
  return n;
}

function rowsOf(data: ColumnData): number {
  return (data.formats ?? data.values)?.length ?? data.rows ?? 0;
}

export async function writeColumn(
  queue: PayloadQueue,
  ws: Excel.Worksheet,
  col: number,
  firstRow: number,
  data: ColumnData,
): Promise<void> {
  const total = rowsOf(data);
  const letter = columnLetter(col);
  const limit = Math.floor(payloadBudget() / 2);
  let start = 0;
  while (start < total) {
    let end = start + 1;
    let bytes = chunkBytes(data, start, end);
    while (end < total) {
      const more = chunkBytes(data, end, end + 1) - 64;
      if (bytes + more > limit) break;
      bytes += more;
      end++;
    }
    await queue.reserve(bytes);
    const range = ws.getRange(`${letter}${firstRow + start}:${letter}${firstRow + end - 1}`);
    if (data.formats) range.numberFormat = data.formats.slice(start, end) as string[][];
    else if (data.format !== undefined) (range as { numberFormat: unknown }).numberFormat = data.format;
    if (data.values) range.values = data.values.slice(start, end) as (string | number | boolean)[][];
    start = end;
  }
}

/**
 * Writes a computed column's formulas, the same formula relative to each row:
 * each run of rows that gets one is its first cell's formula, filled down with
 * Range.autoFill (ExcelApi 1.9), so the request carries one formula a run
 * however many rows it covers. A row given null is left out of every write —
 * never written as null or "" inside a range, which a table's calculated column
 * would fill with the formula (office-js #1916), over a value a person typed.
 * The formulas given must be what filling the run's first one down gives (relative
 * references); `formulas[i]` is for 1-based worksheet row `firstRow + i`.
 */
export async function fillFormulas(
  queue: PayloadQueue,
  ws: Excel.Worksheet,
  col: number,
  firstRow: number,
  formulas: readonly (readonly (string | null)[])[],
): Promise<number> {
  const letter = columnLetter(col);
  let written = 0;
  let i = 0;
  while (i < formulas.length) {
    const formula = formulas[i][0];
    if (formula === null) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < formulas.length && formulas[end][0] !== null) end++;
    await queue.reserve(cellBytes(formula) + RUN_OVERHEAD_BYTES);
    const top = ws.getRange(`${letter}${firstRow + i}`);
    top.formulas = [[formula]];
    if (end - i > 1)
      top.autoFill(`${letter}${firstRow + i}:${letter}${firstRow + end - 1}`, Excel.AutoFillType.fillCopy);
    written += end - i;
    i = end;
  }
  return written;
}

/** What a run costs a request besides its formula: two ranges, a property write and a method call. */
const RUN_OVERHEAD_BYTES = 600;
