/** Excel.TableCollection, Table, TableColumnCollection, TableColumn, TableRowCollection, TableRow. */
import { parseAddress } from "../address";
import { excelError } from "../errors";
import type { Rect } from "../model/rect";
import { bodyRect, columnRect, headerRect, type TableModel } from "../model/tables";
import { ClientObject, NULL, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { rangeProxy, type Range } from "./range";
import { modelOf, type RangeTarget } from "./util";
import { Worksheet } from "./worksheet";

interface TableTarget {
  tableId: number;
}
interface ColumnTarget extends TableTarget {
  columnId: number;
}
interface RowTarget extends TableTarget {
  index: number;
}

const table = (o: ClientObject, t: AnyTarget, location = "Table"): TableModel =>
  modelOf(o).tables.byId((t as TableTarget).tableId, location);

function boolProp(key: keyof TableModel): PropDef {
  return {
    get: (t, o) => table(o, t)[key],
    set: (t, v, o) => {
      (table(o, t, `Table.${key}`) as unknown as Record<string, unknown>)[key] = Boolean(v);
    },
  };
}

export class Table extends ClientObject {
  static override typeName = "Table";
  static override navs = ["columns", "rows", "worksheet"] as const;
  static override props: Record<string, PropDef> = {
    id: { get: (t) => String((t as TableTarget).tableId) },
    legacyId: { get: (t) => String((t as TableTarget).tableId) },
    name: {
      get: (t, o) => table(o, t).name,
      set: (t, v, o) => {
        const tm = table(o, t, "Table.name");
        tm.name = modelOf(o).tables.validateName(v, "Table.name", tm);
      },
    },
    showHeaders: {
      get: (t, o) => table(o, t).showHeaders,
      set: (_t, v) => {
        if (v !== true) throw excelError("NotImplemented", "Table.showHeaders", "the double keeps header rows shown");
      },
    },
    showTotals: {
      get: (t, o) => table(o, t).showTotals,
      set: (_t, v) => {
        if (v !== false) throw excelError("NotImplemented", "Table.showTotals", "the double has no totals rows");
      },
    },
    showBandedRows: boolProp("showBandedRows"),
    showBandedColumns: boolProp("showBandedColumns"),
    showFilterButton: boolProp("showFilterButton"),
    highlightFirstColumn: boolProp("highlightFirstColumn"),
    highlightLastColumn: boolProp("highlightLastColumn"),
    style: {
      get: (t, o) => table(o, t).style,
      set: (t, v, o) => {
        table(o, t, "Table.style").style = String(v);
      },
    },
  };

  get columns(): TableColumnCollection {
    return this._nav("columns", () => new TableColumnCollection(this.context, this, { name: "Columns" }, (t) => t));
  }
  get rows(): TableRowCollection {
    return this._nav("rows", () => new TableRowCollection(this.context, this, { name: "Rows" }, (t) => t));
  }
  get worksheet(): Worksheet {
    return this._nav(
      "worksheet",
      () =>
        new Worksheet(this.context, this, { name: "Worksheet" }, (t: TableTarget) => ({
          sheetId: table(this, t).sheetId,
        })),
    );
  }
  private _range(name: string, f: (tm: TableModel) => Rect): Range {
    return rangeProxy(this.context, this, { name }, (t: TableTarget) => {
      const tm = table(this, t, `Table.${name}`);
      return { sheetId: tm.sheetId, rect: f(tm) };
    });
  }
  getRange(): Range {
    return this._range("getRange", (tm) => tm.rect);
  }
  getHeaderRowRange(): Range {
    return this._range("getHeaderRowRange", headerRect);
  }
  getDataBodyRange(): Range {
    return this._range("getDataBodyRange", bodyRect);
  }
  getTotalRowRange(): Range {
    return this._range("getTotalRowRange", () => {
      throw excelError("InvalidOperation", "Table.getTotalRowRange", "the table has no totals row");
    });
  }
  delete(): void {
    this._call("Delete", [], (t: TableTarget) => modelOf(this).tables.deleteTable(table(this, t, "Table.delete")));
  }
  convertToRange(): Range {
    return rangeProxy(this.context, this, { name: "ConvertToRange" }, (t: TableTarget) => {
      const tm = table(this, t, "Table.convertToRange");
      modelOf(this).tables.remove(tm);
      return { sheetId: tm.sheetId, rect: tm.rect };
    });
  }
  clearFilters(): void {
    this._call("ClearFilters", [], (t) => table(this, t));
  }
  reapplyFilters(): void {
    this._call("ReapplyFilters", [], (t) => table(this, t));
  }
}
defineProps(Table);

/** A range argument (Range object or address) on the collection's sheet, or for workbook.tables the active sheet / the named one. */
function targetRange(
  o: ClientObject,
  address: Range | string,
  scope: number | undefined,
  location: string,
): RangeTarget {
  const wb = modelOf(o);
  if (typeof address !== "string") {
    const r = address._target() as RangeTarget;
    if ((r as unknown) === NULL) throw excelError("InvalidArgument", location, "the range is a null object");
    if (scope !== undefined && r.sheetId !== scope)
      throw excelError("InvalidArgument", location, "the range is on another worksheet");
    return r;
  }
  const parsed = parseAddress(address);
  if (parsed?.sheet !== undefined) {
    const s = wb.sheetByName(parsed.sheet);
    if (!s || (scope !== undefined && s.id !== scope))
      throw excelError("InvalidArgument", location, `no worksheet ${parsed.sheet} here`);
    return { sheetId: s.id, rect: parsed.rect };
  }
  const sheetId = scope ?? wb.activeSheetId;
  return { sheetId, rect: wb.resolveAddress(sheetId, address, location) };
}

export class TableCollection extends ClientObject {
  static override typeName = "TableCollection";
  static override props: Record<string, PropDef> = {
    count: { get: (t, o) => tablesIn(o, t).length },
  };
  static get collection() {
    return { item: Table, items: (t: AnyTarget, o: ClientObject) => tablesIn(o, t).map((x) => ({ tableId: x.id })) };
  }
  add(address: Range | string, hasHeaders: boolean): Table {
    return new Table(this.context, this, { name: "Add", args: [address, hasHeaders] }, (t: { scope?: number }) => {
      const r = targetRange(this, address, t.scope, "TableCollection.add");
      return { tableId: modelOf(this).tables.add(r.sheetId, r.rect, Boolean(hasHeaders)).id };
    });
  }
  private _find(t: { scope?: number }, key: string | number): TableModel | undefined {
    return tablesIn(this, t).find(
      (x) => x.name.toLowerCase() === String(key).toLowerCase() || String(x.id) === String(key),
    );
  }
  getItem(key: string | number): Table {
    return new Table(this.context, this, { name: "GetItem", args: [key] }, (t: { scope?: number }) => {
      const tm = this._find(t, key);
      if (!tm) throw excelError("ItemNotFound", "TableCollection.getItem", `no table ${key}`);
      return { tableId: tm.id };
    });
  }
  getItemOrNullObject(key: string | number): Table {
    return new Table(this.context, this, { name: "GetItemOrNullObject", args: [key] }, (t: { scope?: number }) => {
      const tm = this._find(t, key);
      return tm ? { tableId: tm.id } : NULL;
    });
  }
  getItemAt(index: number): Table {
    return new Table(this.context, this, { name: "GetItemAt", args: [index] }, (t: { scope?: number }) => {
      const tm = tablesIn(this, t)[index];
      if (!tm) throw excelError("ItemNotFound", "TableCollection.getItemAt", `no table at ${index}`);
      return { tableId: tm.id };
    });
  }
  getCount() {
    return this._callResult("GetCount", [], (t: { scope?: number }) => tablesIn(this, t).length);
  }
}
defineProps(TableCollection);

function tablesIn(o: ClientObject, t: AnyTarget): TableModel[] {
  const scope = (t as { scope?: number }).scope;
  const wb = modelOf(o);
  if (scope !== undefined) wb.sheet(scope);
  return scope === undefined ? wb.tables.list : wb.tables.onSheet(scope);
}

// ---- columns --------------------------------------------------------------------------------------

function columnIndexOf(o: ClientObject, t: ColumnTarget, location = "TableColumn"): { tm: TableModel; index: number } {
  const tm = table(o, t, location);
  const index = tm.columnIds.indexOf(t.columnId);
  if (index < 0) throw excelError("ItemNotFound", location, `column ${t.columnId} was deleted`);
  return { tm, index };
}

export class TableColumn extends ClientObject {
  static override typeName = "TableColumn";
  static override props: Record<string, PropDef> = {
    id: { get: (t) => (t as ColumnTarget).columnId },
    index: { get: (t, o) => columnIndexOf(o, t as ColumnTarget).index },
    name: {
      get: (t, o) => {
        const { tm, index } = columnIndexOf(o, t as ColumnTarget);
        return modelOf(o).tables.columnNames(tm)[index];
      },
      set: (t, v, o) => {
        const { tm, index } = columnIndexOf(o, t as ColumnTarget, "TableColumn.name");
        modelOf(o).tables.setColumnName(tm, index, v);
      },
    },
    values: {
      get: (t, o) => {
        const { tm, index } = columnIndexOf(o, t as ColumnTarget);
        return modelOf(o).values(tm.sheetId, columnRect(tm, index));
      },
      set: (t, v, o) => {
        const { tm, index } = columnIndexOf(o, t as ColumnTarget, "TableColumn.values");
        modelOf(o).write(tm.sheetId, columnRect(tm, index), v, "TableColumn.values");
      },
    },
  };
  private _range(name: string, f: (tm: TableModel, index: number) => Rect): Range {
    return rangeProxy(this.context, this, { name }, (t: ColumnTarget) => {
      const { tm, index } = columnIndexOf(this, t, `TableColumn.${name}`);
      return { sheetId: tm.sheetId, rect: f(tm, index) };
    });
  }
  getRange(): Range {
    return this._range("getRange", columnRect);
  }
  getDataBodyRange(): Range {
    return this._range("getDataBodyRange", (tm, i) => ({
      ...columnRect(tm, i),
      row: tm.rect.row + 1,
      rows: tm.rect.rows - 1,
    }));
  }
  getHeaderRowRange(): Range {
    return this._range("getHeaderRowRange", (tm, i) => ({ ...columnRect(tm, i), rows: 1 }));
  }
  getTotalRowRange(): Range {
    return this._range("getTotalRowRange", () => {
      throw excelError("InvalidOperation", "TableColumn.getTotalRowRange", "the table has no totals row");
    });
  }
  delete(): void {
    this._call("Delete", [], (t: ColumnTarget) => {
      const { tm, index } = columnIndexOf(this, t, "TableColumn.delete");
      modelOf(this).tables.deleteColumn(tm, index);
    });
  }
}
defineProps(TableColumn);

export class TableColumnCollection extends ClientObject {
  static override typeName = "TableColumnCollection";
  static override props: Record<string, PropDef> = { count: { get: (t, o) => table(o, t).columnIds.length } };
  static get collection() {
    return {
      item: TableColumn,
      items: (t: AnyTarget, o: ClientObject) =>
        table(o, t).columnIds.map((columnId) => ({ tableId: (t as TableTarget).tableId, columnId })),
    };
  }
  add(index?: number | null, values?: unknown, name?: string): TableColumn {
    return new TableColumn(this.context, this, { name: "Add", args: [index, values, name] }, (t: TableTarget) => {
      const tm = table(this, t, "TableColumnCollection.add");
      return { tableId: tm.id, columnId: modelOf(this).tables.addColumn(tm, index, values, name) };
    });
  }
  private _get(t: TableTarget, key: string | number, location: string): ColumnTarget {
    const tm = table(this, t, location);
    const i = modelOf(this).tables.columnIndex(tm, key, location);
    return { tableId: tm.id, columnId: tm.columnIds[i] };
  }
  getItem(key: string | number): TableColumn {
    return new TableColumn(this.context, this, { name: "GetItem", args: [key] }, (t: TableTarget) =>
      this._get(t, key, "TableColumnCollection.getItem"),
    );
  }
  getItemOrNullObject(key: string | number): TableColumn {
    return new TableColumn(this.context, this, { name: "GetItemOrNullObject", args: [key] }, (t: TableTarget) => {
      try {
        return this._get(t, key, "TableColumnCollection.getItemOrNullObject");
      } catch (e) {
        if ((e as { code?: string }).code === "ItemNotFound") return NULL;
        throw e;
      }
    });
  }
  getItemAt(index: number): TableColumn {
    return new TableColumn(this.context, this, { name: "GetItemAt", args: [index] }, (t: TableTarget) => {
      const tm = table(this, t, "TableColumnCollection.getItemAt");
      if (!Number.isInteger(index) || index < 0 || index >= tm.columnIds.length)
        throw excelError("ItemNotFound", "TableColumnCollection.getItemAt", `no column at ${index}`);
      return { tableId: tm.id, columnId: tm.columnIds[index] };
    });
  }
  getCount() {
    return this._callResult("GetCount", [], (t: TableTarget) => table(this, t).columnIds.length);
  }
}
defineProps(TableColumnCollection);

// ---- rows -----------------------------------------------------------------------------------------

function rowRect(o: ClientObject, t: RowTarget, location: string): { tm: TableModel; rect: Rect } {
  const tm = table(o, t, location);
  if (t.index < 0 || t.index >= tm.rect.rows - 1) throw excelError("ItemNotFound", location, `no row ${t.index}`);
  return { tm, rect: { row: tm.rect.row + 1 + t.index, col: tm.rect.col, rows: 1, cols: tm.rect.cols } };
}

export class TableRow extends ClientObject {
  static override typeName = "TableRow";
  static override props: Record<string, PropDef> = {
    index: { get: (t) => (t as RowTarget).index },
    values: {
      get: (t, o) => {
        const { tm, rect } = rowRect(o, t as RowTarget, "TableRow.values");
        return modelOf(o).values(tm.sheetId, rect);
      },
      set: (t, v, o) => {
        const { tm, rect } = rowRect(o, t as RowTarget, "TableRow.values");
        modelOf(o).write(tm.sheetId, rect, v, "TableRow.values");
      },
    },
  };
  getRange(): Range {
    return rangeProxy(this.context, this, { name: "GetRange" }, (t: RowTarget) => {
      const { tm, rect } = rowRect(this, t, "TableRow.getRange");
      return { sheetId: tm.sheetId, rect };
    });
  }
  delete(): void {
    this._call("Delete", [], (t: RowTarget) => {
      const { tm } = rowRect(this, t, "TableRow.delete");
      modelOf(this).tables.deleteRows(tm, t.index, 1);
    });
  }
}
defineProps(TableRow);

export class TableRowCollection extends ClientObject {
  static override typeName = "TableRowCollection";
  static override props: Record<string, PropDef> = { count: { get: (t, o) => table(o, t).rect.rows - 1 } };
  static get collection() {
    return {
      item: TableRow,
      items: (t: AnyTarget, o: ClientObject) =>
        Array.from({ length: table(o, t).rect.rows - 1 }, (_, index) => ({
          tableId: (t as TableTarget).tableId,
          index,
        })),
    };
  }
  /** Adds rows (values: rows × table columns) at `index` of the data body, default at the end; returns the first new row. */
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): TableRow {
    return new TableRow(this.context, this, { name: "Add", args: [index, values, _alwaysInsert] }, (t: TableTarget) => {
      const tm = table(this, t, "TableRowCollection.add");
      const { first } = modelOf(this).tables.addRows(tm, index, values);
      return { tableId: tm.id, index: first };
    });
  }
  getItemAt(index: number): TableRow {
    return new TableRow(this.context, this, { name: "GetItemAt", args: [index] }, (t: TableTarget) => {
      rowRect(this, { ...t, index }, "TableRowCollection.getItemAt");
      return { tableId: t.tableId, index };
    });
  }
  getCount() {
    return this._callResult("GetCount", [], (t: TableTarget) => table(this, t).rect.rows - 1);
  }
  deleteRowsAt(index: number, count = 1): void {
    this._call("DeleteRowsAt", [index, count], (t: TableTarget) =>
      modelOf(this).tables.deleteRows(
        table(this, t, "TableRowCollection.deleteRowsAt"),
        index,
        count,
        "TableRowCollection.deleteRowsAt",
      ),
    );
  }
}
defineProps(TableRowCollection);
