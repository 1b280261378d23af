/** Excel.Worksheet, WorksheetCollection and WorksheetFreezePanes. */
import { excelError } from "../errors";
import { MAX_COLS, MAX_ROWS, type Rect } from "../model/rect";
import { ClientObject, NULL, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { ChartCollection } from "./charts";
import { NamedItemCollection } from "./names";
import { Range, rangeProxy } from "./range";
import { TableCollection } from "./tables";
import { int, modelOf, onSheet, worksheetId, type RangeTarget, type SheetTarget } from "./util";

const st = (t: AnyTarget): SheetTarget => t as SheetTarget;
const sheetOf = (o: ClientObject, t: AnyTarget, location = "Worksheet") => modelOf(o).sheet(st(t).sheetId, location);

export class Worksheet extends ClientObject {
  static override typeName = "Worksheet";
  static override navs = ["tables", "names", "freezePanes", "charts"] as const;
  static override props: Record<string, PropDef> = {
    id: { get: (t) => worksheetId(st(t).sheetId) },
    name: { get: (t, o) => sheetOf(o, t).name, set: (t, v, o) => modelOf(o).renameSheet(st(t).sheetId, v) },
    position: {
      get: (t, o) => modelOf(o).sheetPosition(st(t).sheetId),
      set: (t, v, o) => modelOf(o).setSheetPosition(st(t).sheetId, v),
    },
    visibility: {
      get: (t, o) => sheetOf(o, t).visibility,
      set: (t, v, o) => modelOf(o).setVisibility(st(t).sheetId, v),
    },
    tabColor: {
      get: (t, o) => sheetOf(o, t).tabColor,
      set: (t, v, o) => {
        sheetOf(o, t, "Worksheet.tabColor").tabColor = String(v ?? "");
      },
    },
    showGridlines: {
      get: (t, o) => sheetOf(o, t).showGridlines,
      set: (t, v, o) => {
        sheetOf(o, t, "Worksheet.showGridlines").showGridlines = Boolean(v);
      },
    },
    standardWidth: { get: () => 8.43 },
    standardHeight: { get: () => 15 },
  };

  get tables(): TableCollection {
    return this._nav(
      "tables",
      () => new TableCollection(this.context, this, { name: "Tables" }, (t: SheetTarget) => ({ scope: st(t).sheetId })),
    );
  }
  get names(): NamedItemCollection {
    return this._nav(
      "names",
      () =>
        new NamedItemCollection(this.context, this, { name: "Names" }, (t: SheetTarget) => ({ scope: st(t).sheetId })),
    );
  }
  get charts(): ChartCollection {
    return this._nav(
      "charts",
      () =>
        new ChartCollection(this.context, this, { name: "Charts" }, (t: SheetTarget) => ({ sheetId: st(t).sheetId })),
    );
  }
  get freezePanes(): WorksheetFreezePanes {
    return this._nav(
      "freezePanes",
      () => new WorksheetFreezePanes(this.context, this, { name: "FreezePanes" }, (t) => t),
    );
  }

  private _range(name: string, args: unknown[], f: (t: SheetTarget) => Rect | typeof NULL): Range {
    return rangeProxy(this.context, this, { name, args }, (t: SheetTarget) => {
      sheetOf(this, t, `Worksheet.${name}`);
      const r = f(t);
      return r === NULL ? NULL : { sheetId: t.sheetId, rect: onSheet(r, `Worksheet.${name}`) };
    });
  }

  getRange(address?: string): Range {
    return this._range("getRange", [address], (t) =>
      address === undefined || address === null || address === ""
        ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }
        : modelOf(this).resolveAddress(t.sheetId, address, "Worksheet.getRange"),
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    const loc = "Worksheet.getRangeByIndexes";
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => ({
      row: int(startRow, loc, "startRow", 0),
      col: int(startColumn, loc, "startColumn", 0),
      rows: int(rowCount, loc, "rowCount", 1),
      cols: int(columnCount, loc, "columnCount", 1),
    }));
  }
  getCell(row: number, column: number): Range {
    return this._range("getCell", [row, column], () => ({
      row: int(row, "Worksheet.getCell", "row", 0),
      col: int(column, "Worksheet.getCell", "column", 0),
      rows: 1,
      cols: 1,
    }));
  }
  /** Excel returns A1 for an empty worksheet. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._range(
      "getUsedRange",
      [valuesOnly],
      (t) => modelOf(this).usedRange(t.sheetId, Boolean(valuesOnly)) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (t) => modelOf(this).usedRange(t.sheetId, Boolean(valuesOnly)) ?? NULL,
    );
  }
  activate(): void {
    this._call("Activate", [], (t: SheetTarget) => modelOf(this).activate(t.sheetId));
  }
  delete(): void {
    this._call("Delete", [], (t: SheetTarget) => modelOf(this).deleteSheet(t.sheetId));
  }
  calculate(_markAllDirty?: boolean): void {
    this._call("Calculate", [_markAllDirty], (t: SheetTarget) => sheetOf(this, t));
  }
}
defineProps(Worksheet);

export class WorksheetCollection extends ClientObject {
  static override typeName = "WorksheetCollection";
  static get collection() {
    return {
      item: Worksheet,
      items: (_t: AnyTarget, o: ClientObject) => modelOf(o).sheets.map((s) => ({ sheetId: s.id })),
    };
  }

  private _find(key: string): SheetTarget | undefined {
    const wb = modelOf(this);
    const s = wb.sheetByName(String(key)) ?? wb.sheets.find((x) => worksheetId(x.id) === key);
    return s ? { sheetId: s.id } : undefined;
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.context, this, { name: "GetItem", args: [key] }, () => {
      const s = this._find(key);
      if (!s) throw excelError("ItemNotFound", "WorksheetCollection.getItem", `no worksheet ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(
      this.context,
      this,
      { name: "GetItemOrNullObject", args: [key] },
      () => this._find(key) ?? NULL,
    );
  }
  add(name?: string): Worksheet {
    return new Worksheet(this.context, this, { name: "Add", args: [name] }, () => ({
      sheetId: modelOf(this).addSheet(name).id,
    }));
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, this, { name: "GetActiveWorksheet" }, () => ({
      sheetId: modelOf(this).activeSheetId,
    }));
  }
  getFirst(visibleOnly?: boolean): Worksheet {
    return new Worksheet(this.context, this, { name: "GetFirst", args: [visibleOnly] }, () => ({
      sheetId: modelOf(this).sheets.filter((s) => !visibleOnly || s.visibility === "Visible")[0].id,
    }));
  }
  getLast(visibleOnly?: boolean): Worksheet {
    return new Worksheet(this.context, this, { name: "GetLast", args: [visibleOnly] }, () => ({
      sheetId: modelOf(this)
        .sheets.filter((s) => !visibleOnly || s.visibility === "Visible")
        .slice(-1)[0].id,
    }));
  }
  getCount(visibleOnly?: boolean) {
    return this._callResult(
      "GetCount",
      [visibleOnly],
      () => modelOf(this).sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }
}
defineProps(WorksheetCollection);

export class WorksheetFreezePanes extends ClientObject {
  static override typeName = "WorksheetFreezePanes";

  private _set(name: string, args: unknown[], f: (t: SheetTarget) => { rows: number; cols: number }): void {
    this._call(name, args, (t: SheetTarget) => {
      sheetOf(this, t, `WorksheetFreezePanes.${name}`).freeze = f(t);
    });
  }
  freezeRows(count = 1): void {
    this._set("FreezeRows", [count], () => ({
      rows: int(count, "WorksheetFreezePanes.freezeRows", "count", 0),
      cols: 0,
    }));
  }
  freezeColumns(count = 1): void {
    this._set("FreezeColumns", [count], () => ({
      rows: 0,
      cols: int(count, "WorksheetFreezePanes.freezeColumns", "count", 0),
    }));
  }
  freezeAt(frozenRange: Range | string): void {
    this._set("FreezeAt", [frozenRange], (t) => {
      const r =
        typeof frozenRange === "string"
          ? modelOf(this).resolveAddress(t.sheetId, frozenRange, "WorksheetFreezePanes.freezeAt")
          : (frozenRange._target() as RangeTarget).rect;
      return {
        rows: r.row + r.rows >= MAX_ROWS ? 0 : r.row + r.rows,
        cols: r.col + r.cols >= MAX_COLS ? 0 : r.col + r.cols,
      };
    });
  }
  unfreeze(): void {
    this._set("Unfreeze", [], () => ({ rows: 0, cols: 0 }));
  }
  private _location(t: SheetTarget): Rect | null {
    const { rows, cols } = sheetOf(this, t).freeze;
    if (rows === 0 && cols === 0) return null;
    return { row: 0, col: 0, rows: rows || MAX_ROWS, cols: cols || MAX_COLS };
  }
  getLocation(): Range {
    return rangeProxy(this.context, this, { name: "GetLocation" }, (t: SheetTarget) => {
      const r = this._location(t);
      if (!r) throw excelError("ItemNotFound", "WorksheetFreezePanes.getLocation", "no frozen panes");
      return { sheetId: t.sheetId, rect: r };
    });
  }
  getLocationOrNullObject(): Range {
    return rangeProxy(this.context, this, { name: "GetLocationOrNullObject" }, (t: SheetTarget) => {
      const r = this._location(t);
      return r ? { sheetId: t.sheetId, rect: r } : NULL;
    });
  }
}
defineProps(WorksheetFreezePanes);
