/** Small helpers shared by the proxy classes. */
import { excelError } from "../errors";
import type { WorkbookModel } from "../model/workbook-model";
import type { Rect } from "../model/rect";
import { inSheet } from "../model/rect";
import type { ClientObject } from "./client-object";

export const modelOf = (o: ClientObject): WorkbookModel => o.context._rt.model;

/** A range's target: a rectangle on a sheet (by id, so it survives renames). */
export interface RangeTarget {
  sheetId: number;
  rect: Rect;
}

export interface SheetTarget {
  sheetId: number;
}

export function int(v: unknown, location: string, what: string, min = -Infinity): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min)
    throw excelError(
      "InvalidArgument",
      location,
      `${what} must be an integer${min > -Infinity ? ` ≥ ${min}` : ""}, got ${String(v)}`,
    );
  return v;
}

export function onSheet(r: Rect, location: string): Rect {
  if (!inSheet(r)) throw excelError("InvalidArgument", location, "the range would leave the worksheet");
  return r;
}

export const worksheetId = (sheetId: number): string =>
  `{00000000-0001-0000-${String(sheetId).padStart(4, "0")}-000000000000}`;
