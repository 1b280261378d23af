/** Excel.Range. */
import { qualifiedAddress } from "../address";
import { excelError } from "../errors";
import { MAX_COLS, MAX_ROWS, type Rect, boundingRect, intersect, isEntireColumn, isEntireRow, lastCol, lastRow } from "../model/rect";
import { ClientObject, NULL, defineProps, type AnyTarget, type PathInfo, type PropDef } from "./client-object";
import type { RequestContext } from "./context";
import { ConditionalFormatCollection } from "./conditional-formats";
import { DataValidation } from "./data-validation";
import { RangeFormat } from "./range-format";
import { int, modelOf, onSheet, type RangeTarget } from "./util";
import { Worksheet } from "./worksheet";
import type { ExcelValue } from "../formula-engine";

const rt = (t: AnyTarget): RangeTarget => t as RangeTarget;

export class Range extends ClientObject {
  static override typeName = "Range";
  static override navs = ["format", "dataValidation", "conditionalFormats", "worksheet"] as const;
  static override props: Record<string, PropDef> = {
    address: { get: (t, o) => qualifiedAddress(modelOf(o).sheet(rt(t).sheetId).name, rt(t).rect) },
    addressLocal: { get: (t, o) => qualifiedAddress(modelOf(o).sheet(rt(t).sheetId).name, rt(t).rect) },
    cellCount: { get: (t) => rt(t).rect.rows * rt(t).rect.cols },
    rowCount: { get: (t) => rt(t).rect.rows },
    columnCount: { get: (t) => rt(t).rect.cols },
    rowIndex: { get: (t) => rt(t).rect.row },
    columnIndex: { get: (t) => rt(t).rect.col },
    isEntireColumn: { get: (t) => isEntireColumn(rt(t).rect) },
    isEntireRow: { get: (t) => isEntireRow(rt(t).rect) },
    values: {
      get: (t, o) => busyWhileCalculating(o, rt(t), modelOf(o).values(rt(t).sheetId, rt(t).rect)),
      set: (t, v, o) => modelOf(o).write(rt(t).sheetId, rt(t).rect, v, "Range.values"),
    },
    formulas: {
      get: (t, o) => modelOf(o).formulas(rt(t).sheetId, rt(t).rect),
      set: (t, v, o) => modelOf(o).write(rt(t).sheetId, rt(t).rect, v, "Range.formulas"),
    },
    formulasLocal: {
      get: (t, o) => modelOf(o).formulas(rt(t).sheetId, rt(t).rect, "Range.formulasLocal"),
      set: (t, v, o) => modelOf(o).write(rt(t).sheetId, rt(t).rect, v, "Range.formulasLocal"),
    },
    numberFormat: {
      get: (t, o) => modelOf(o).numberFormats(rt(t).sheetId, rt(t).rect),
      set: (t, v, o) => modelOf(o).setNumberFormat(rt(t).sheetId, rt(t).rect, v),
    },
    numberFormatLocal: {
      get: (t, o) => modelOf(o).numberFormats(rt(t).sheetId, rt(t).rect, "Range.numberFormatLocal"),
      set: (t, v, o) => modelOf(o).setNumberFormat(rt(t).sheetId, rt(t).rect, v, "Range.numberFormatLocal"),
    },
    text: { get: (t, o) => modelOf(o).text(rt(t).sheetId, rt(t).rect) },
    valueTypes: { get: (t, o) => modelOf(o).valueTypes(rt(t).sheetId, rt(t).rect) },
    hidden: { get: () => false },
    rowHidden: { get: () => false },
    columnHidden: { get: () => false },
  };

  get format(): RangeFormat {
    return this._nav("format", () => new RangeFormat(this.context, this, { name: "Format" }, (t) => t));
  }
  get dataValidation(): DataValidation {
    return this._nav("dataValidation", () => new DataValidation(this.context, this, { name: "DataValidation" }, (t) => t));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this._nav("conditionalFormats", () => new ConditionalFormatCollection(this.context, this, { name: "ConditionalFormats" }, (t) => t));
  }
  get worksheet(): Worksheet {
    return this._nav("worksheet", () => new Worksheet(this.context, this, { name: "Worksheet" }, (t: RangeTarget) => ({ sheetId: t.sheetId })));
  }

  /** A range derived from this one at sync time. */
  private _derive(name: string, args: unknown[], f: (t: RangeTarget) => Rect | typeof NULL): Range {
    return new Range(this.context, this, { name, args }, (t: RangeTarget) => {
      modelOf(this).sheet(t.sheetId, `Range.${name}`);
      const r = f(t);
      return r === NULL ? NULL : { sheetId: t.sheetId, rect: onSheet(r, `Range.${name}`) };
    });
  }

  getCell(row: number, column: number): Range {
    return this._derive("getCell", [row, column], (t) => ({ row: t.rect.row + int(row, "Range.getCell", "row"), col: t.rect.col + int(column, "Range.getCell", "column"), rows: 1, cols: 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], (t) => ({ ...t.rect, row: t.rect.row + int(rowOffset, "Range.getOffsetRange", "rowOffset"), col: t.rect.col + int(columnOffset, "Range.getOffsetRange", "columnOffset") }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive("getResizedRange", [deltaRows, deltaColumns], (t) => ({ ...t.rect, rows: t.rect.rows + int(deltaRows, "Range.getResizedRange", "deltaRows"), cols: t.rect.cols + int(deltaColumns, "Range.getResizedRange", "deltaColumns") }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._derive("getAbsoluteResizedRange", [numRows, numColumns], (t) => ({ ...t.rect, rows: int(numRows, "Range.getAbsoluteResizedRange", "numRows", 1), cols: int(numColumns, "Range.getAbsoluteResizedRange", "numColumns", 1) }));
  }
  getRow(row: number): Range {
    return this._derive("getRow", [row], (t) => ({ ...t.rect, row: t.rect.row + int(row, "Range.getRow", "row", 0), rows: 1 }));
  }
  getColumn(column: number): Range {
    return this._derive("getColumn", [column], (t) => ({ ...t.rect, col: t.rect.col + int(column, "Range.getColumn", "column", 0), cols: 1 }));
  }
  getEntireColumn(): Range {
    return this._derive("getEntireColumn", [], (t) => ({ row: 0, col: t.rect.col, rows: MAX_ROWS, cols: t.rect.cols }));
  }
  getEntireRow(): Range {
    return this._derive("getEntireRow", [], (t) => ({ row: t.rect.row, col: 0, rows: t.rect.rows, cols: MAX_COLS }));
  }
  getLastCell(): Range {
    return this._derive("getLastCell", [], (t) => ({ row: lastRow(t.rect), col: lastCol(t.rect), rows: 1, cols: 1 }));
  }
  getLastRow(): Range {
    return this._derive("getLastRow", [], (t) => ({ ...t.rect, row: lastRow(t.rect), rows: 1 }));
  }
  getLastColumn(): Range {
    return this._derive("getLastColumn", [], (t) => ({ ...t.rect, col: lastCol(t.rect), cols: 1 }));
  }
  getRowsAbove(count = 1): Range {
    return this._derive("getRowsAbove", [count], (t) => ({ ...t.rect, row: t.rect.row - count, rows: int(count, "Range.getRowsAbove", "count", 1) }));
  }
  getRowsBelow(count = 1): Range {
    return this._derive("getRowsBelow", [count], (t) => ({ ...t.rect, row: lastRow(t.rect) + 1, rows: int(count, "Range.getRowsBelow", "count", 1) }));
  }
  getColumnsBefore(count = 1): Range {
    return this._derive("getColumnsBefore", [count], (t) => ({ ...t.rect, col: t.rect.col - count, cols: int(count, "Range.getColumnsBefore", "count", 1) }));
  }
  getColumnsAfter(count = 1): Range {
    return this._derive("getColumnsAfter", [count], (t) => ({ ...t.rect, col: lastCol(t.rect) + 1, cols: int(count, "Range.getColumnsAfter", "count", 1) }));
  }

  private _other(anotherRange: Range | string, t: RangeTarget, location: string): Rect {
    if (typeof anotherRange === "string") return modelOf(this).resolveAddress(t.sheetId, anotherRange, location);
    const o = anotherRange._target() as RangeTarget;
    if ((o as unknown) === NULL || o.sheetId !== t.sheetId) throw excelError("InvalidArgument", location, "the ranges are on different worksheets");
    return o.rect;
  }
  getIntersection(anotherRange: Range | string): Range {
    return this._derive("getIntersection", [anotherRange], (t) => {
      const i = intersect(t.rect, this._other(anotherRange, t, "Range.getIntersection"));
      if (!i) throw excelError("InvalidArgument", "Range.getIntersection", "the ranges do not intersect");
      return i;
    });
  }
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this._derive("getIntersectionOrNullObject", [anotherRange], (t) => intersect(t.rect, this._other(anotherRange, t, "Range.getIntersectionOrNullObject")) ?? NULL);
  }
  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive("getBoundingRect", [anotherRange], (t) => boundingRect(t.rect, this._other(anotherRange, t, "Range.getBoundingRect")));
  }
  getUsedRange(valuesOnly?: boolean): Range {
    return this._derive("getUsedRange", [valuesOnly], (t) => {
      const used = modelOf(this).usedRange(t.sheetId, Boolean(valuesOnly));
      const i = used && intersect(used, t.rect);
      if (!i) throw excelError("ItemNotFound", "Range.getUsedRange", "the range has no used cells");
      return i;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._derive("getUsedRangeOrNullObject", [valuesOnly], (t) => {
      const used = modelOf(this).usedRange(t.sheetId, Boolean(valuesOnly));
      return (used && intersect(used, t.rect)) ?? NULL;
    });
  }

  /** Inserts cells ("Down"/"Right"); returns the range of the new cells. */
  insert(shift: string): Range {
    return new Range(this.context, this, { name: "Insert", args: [shift] }, (t: RangeTarget) => ({ sheetId: t.sheetId, rect: modelOf(this).insert(t.sheetId, t.rect, shift) }));
  }
  delete(shift: string): void {
    this._call("Delete", [shift], (t: RangeTarget) => modelOf(this).delete(t.sheetId, t.rect, shift));
  }
  clear(applyTo?: string): void {
    this._call("Clear", [applyTo], (t: RangeTarget) => modelOf(this).clear(t.sheetId, t.rect, applyTo ?? "All"));
  }
  select(): void {
    this._call("Select", [], (t: RangeTarget) => modelOf(this).select(t.sheetId, t.rect));
  }
  calculate(): void {
    this._call("Calculate", [], () => undefined);
  }
}
defineProps(Range);

export function rangeProxy(ctx: RequestContext, parent: ClientObject | null, path: PathInfo, create: (t: AnyTarget) => RangeTarget | typeof NULL): Range {
  return new Range(ctx, parent, path, create);
}

/** Right after writes, Excel shows #BUSY! in cells whose custom functions are still calculating. */
function busyWhileCalculating(o: ClientObject, target: RangeTarget, values: ExcelValue[][]): ExcelValue[][] {
  if (o.context._rt.session.busyRequests <= 0) return values;
  const formulas = modelOf(o).formulas(target.sheetId, target.rect);
  return values.map((row, i) => row.map((v, j) => (/PLAN\./i.test(String(formulas[i][j])) ? "#BUSY!" : v)));
}
