/**
 * Writes one column's cells (number formats, values or formulas) from a
 * 1-based worksheet row down, split into row chunks that each fit a request;
 * the payload queue syncs between chunks only when a request would overflow.
 */
import { columnLetter } from "./address";
import { cellBytes, payloadBudget, type PayloadQueue } from "./payload";

export interface ColumnData {
  /** One number format for all the rows written. */
  format?: string;
  /** Or one per row. */
  formats?: readonly (readonly string[])[];
  values?: readonly (readonly unknown[])[];
  /** null leaves that cell as it is (Excel ignores nulls in a 2-D array). */
  formulas?: readonly (readonly (string | null)[])[];
}

/** Bytes a chunk of rows adds to a request (array brackets and separators included). */
function chunkBytes(data: ColumnData, start: number, end: number): number {
  let n = 64;
  for (let i = start; i < end; i++) {
    if (data.formats) n += cellBytes(data.formats[i][0]) + 3;
    if (data.values) n += cellBytes(data.values[i][0]) + 3;
    if (data.formulas) n += cellBytes(data.formulas[i][0]) + 3;
  }
  return n;
}

function rowsOf(data: ColumnData): number {
  return (data.formats ?? data.values ?? data.formulas ?? []).length;
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
    if (data.formulas) range.formulas = data.formulas.slice(start, end) as unknown as string[][];
    start = end;
  }
}
