/** Excel.Range. */
import { qualifiedAddress } from "../address";
import { type Rect, intersect, isEntireColumn, isEntireRow } from "../model/rect";
import { ClientObject, NULL, defineProps, type AnyTarget, type PathInfo, type PropDef } from "./client-object";
import type { RequestContext } from "./context";
import { ConditionalFormatCollection } from "./conditional-formats";
import { DataValidation } from "./data-validation";
import { RangeAreas } from "./range-areas";
import { RangeFormat } from "./range-format";
import { excelError } from "../errors";
import { modelOf, onSheet, type RangeTarget } from "./util";
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
    return this._nav(
      "dataValidation",
      () => new DataValidation(this.context, this, { name: "DataValidation" }, (t) => t),
    );
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this._nav(
      "conditionalFormats",
      () => new ConditionalFormatCollection(this.context, this, { name: "ConditionalFormats" }, (t) => t),
    );
  }
  get worksheet(): Worksheet {
    return this._nav(
      "worksheet",
      () => new Worksheet(this.context, this, { name: "Worksheet" }, (t: RangeTarget) => ({ sheetId: t.sheetId })),
    );
  }

  /** A range derived from this one at sync time. */
  private _derive(name: string, args: unknown[], f: (t: RangeTarget) => Rect | typeof NULL): Range {
    return new Range(this.context, this, { name, args }, (t: RangeTarget) => {
      modelOf(this).sheet(t.sheetId, `Range.${name}`);
      const r = f(t);
      return r === NULL ? NULL : { sheetId: t.sheetId, rect: onSheet(r, `Range.${name}`) };
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
    return new Range(this.context, this, { name: "Insert", args: [shift] }, (t: RangeTarget) => ({
      sheetId: t.sheetId,
      rect: modelOf(this).insert(t.sheetId, t.rect, shift),
    }));
  }
  delete(shift: string): void {
    this._call("Delete", [shift], (t: RangeTarget) => modelOf(this).delete(t.sheetId, t.rect, shift));
  }
  clear(applyTo?: string): void {
    this._call("Clear", [applyTo], (t: RangeTarget) => modelOf(this).clear(t.sheetId, t.rect, applyTo ?? "All"));
  }
  /** Fills `destinationRange` (an address on this sheet, or a Range) from this range (FillDefault, FillCopy). */
  autoFill(destinationRange?: Range | string, autoFillType?: string): void {
    const loc = "Range.autoFill";
    const dest = destinationRange;
    this._call("AutoFill", [dest, autoFillType], (t: RangeTarget) => {
      if (dest === undefined || dest === null)
        throw excelError("NotImplemented", loc, "the double needs a destination range");
      const d =
        typeof dest === "string"
          ? { sheetId: t.sheetId, rect: modelOf(this).resolveAddress(t.sheetId, dest, loc) }
          : (dest._target() as RangeTarget);
      if (d.sheetId !== t.sheetId) throw excelError("InvalidArgument", loc, "the destination is on another sheet");
      modelOf(this).autoFill(t.sheetId, t.rect, d.rect, autoFillType, loc);
    });
  }

  /** The cells holding formulas or constants; none is ItemNotFound at the sync. */
  getSpecialCells(cellType: string, cellValueType?: string): RangeAreas {
    return this._special("getSpecialCells", cellType, cellValueType, false);
  }
  /** The same, with a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    return this._special("getSpecialCellsOrNullObject", cellType, cellValueType, true);
  }
  private _special(name: string, type: string, valueType: string | undefined, orNull: boolean): RangeAreas {
    const loc = `Range.${name}`;
    return new RangeAreas(this.context, this, { name, args: [type, valueType] }, (t: RangeTarget) => {
      if (valueType !== undefined && valueType !== "All")
        throw excelError("NotImplemented", loc, "the double finds cells of every value type only");
      const rects = modelOf(this).specialCells(t.sheetId, t.rect, type, loc);
      if (rects.length > 0) return { sheetId: t.sheetId, rects };
      if (orNull) return NULL;
      throw excelError("ItemNotFound", loc, "no cells were found");
    });
  }

  select(): void {
    this._call("Select", [], (t: RangeTarget) => modelOf(this).select(t.sheetId, t.rect));
  }
  calculate(): void {
    this._call("Calculate", [], () => undefined);
  }
}
defineProps(Range);

export function rangeProxy(
  ctx: RequestContext,
  parent: ClientObject | null,
  path: PathInfo,
  create: (t: AnyTarget) => RangeTarget | typeof NULL,
): Range {
  return new Range(ctx, parent, path, create);
}

/** Right after writes, Excel shows #BUSY! in cells whose custom functions are still calculating. */
function busyWhileCalculating(o: ClientObject, target: RangeTarget, values: ExcelValue[][]): ExcelValue[][] {
  if (o.context._rt.session.busyRequests <= 0) return values;
  const formulas = modelOf(o).formulas(target.sheetId, target.rect);
  return values.map((row, i) => row.map((v, j) => (/PLAN\./i.test(String(formulas[i][j])) ? "#BUSY!" : v)));
}
