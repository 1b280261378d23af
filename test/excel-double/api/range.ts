/** Excel.Range. */
import { qualifiedAddress } from "../address";
import { type Rect, intersect, isEntireColumn, isEntireRow } from "../model/rect";
import { ClientObject, NULL, defineProps, type AnyTarget, type PathInfo, type PropDef } from "./client-object";
import type { RequestContext } from "./context";
import { ConditionalFormatCollection } from "./conditional-formats";
import { DataValidation } from "./data-validation";
import { RangeFormat } from "./range-format";
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
