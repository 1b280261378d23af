/**
 * Excel tables (ListObjects): a header row and data rows on one sheet. Column
 * names are the header cells' text (made unique and never blank, as Excel does);
 * rows.add inserts cells within the table's columns (cells below move down) and
 * fills calculated columns; structural changes through a table grow, shrink or
 * move it, or are refused (InsertDeleteConflict) when they would cut it.
 */
import { excelError } from "../errors";
import { shiftFormula } from "../formula-text";
import type { ExcelValue } from "../formula-engine";
import { MAX_ROWS, type Rect, type Shift, intersect, lastCol, lastRow, shiftRect } from "./rect";
import type { WorkbookModel } from "./workbook-model";

export interface TableModel {
  id: number;
  name: string;
  sheetId: number;
  /** Header row and data rows (no totals row). */
  rect: Rect;
  columnIds: number[];
  nextColumnId: number;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  style: string;
}

export const headerRect = (t: TableModel): Rect => ({ row: t.rect.row, col: t.rect.col, rows: 1, cols: t.rect.cols });
export const bodyRect = (t: TableModel): Rect => ({
  row: t.rect.row + 1,
  col: t.rect.col,
  rows: t.rect.rows - 1,
  cols: t.rect.cols,
});
export const columnRect = (t: TableModel, index: number): Rect => ({
  row: t.rect.row,
  col: t.rect.col + index,
  rows: t.rect.rows,
  cols: 1,
});

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

interface TableChange {
  t: TableModel;
  rect: Rect | null;
  /** Column axis: positions (within the table, after the change) of inserted columns, or removed positions (before). */
  inserted?: { index: number; count: number };
  removed?: { index: number; count: number };
}

export interface ShiftPlan {
  changes: TableChange[];
}

export class TableStore {
  list: TableModel[] = [];
  private nextId = 1;
  /** AutoCorrect's "Fill formulas in tables to create calculated columns" (on in Excel by default). */
  fillFormulas = true;

  constructor(private readonly wb: WorkbookModel) {}

  at(sheetId: number, row: number, col: number): TableModel | undefined {
    return this.list.find(
      (t) =>
        t.sheetId === sheetId &&
        row >= t.rect.row &&
        row <= lastRow(t.rect) &&
        col >= t.rect.col &&
        col <= lastCol(t.rect),
    );
  }

  onSheet(sheetId: number): TableModel[] {
    return this.list.filter((t) => t.sheetId === sheetId);
  }

  byId(id: number, location = "Table"): TableModel {
    const t = this.list.find((x) => x.id === id);
    if (!t) throw excelError("ItemNotFound", location, `table ${id} was deleted`);
    return t;
  }

  byName(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.list.find((t) => t.name.toLowerCase() === key);
  }

  removeOnSheet(sheetId: number): void {
    this.list = this.list.filter((t) => t.sheetId !== sheetId);
  }

  columnNames(t: TableModel): string[] {
    return this.wb.engine.values(t.sheetId, headerRect(t))[0].map((v) => String(v));
  }

  columnIndex(t: TableModel, key: unknown, location: string): number {
    if (typeof key === "number") {
      const i = t.columnIds.indexOf(key);
      if (i >= 0) return i;
    } else if (typeof key === "string") {
      const k = key.toLowerCase();
      const i = this.columnNames(t).findIndex((n) => n.toLowerCase() === k);
      if (i >= 0) return i;
    }
    throw excelError("ItemNotFound", location, `table ${t.name} has no column ${String(key)}`);
  }

  validateName(name: unknown, location: string, except?: TableModel): string {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 255 ||
      !TABLE_NAME.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]\d*$/.test(name) ||
      /^[Rr]\d*[Cc]\d*$/.test(name)
    ) {
      throw excelError("InvalidArgument", location, `invalid table name ${JSON.stringify(name)}`);
    }
    const other = this.byName(name);
    if ((other && other !== except) || this.wb.names.exists(name))
      throw excelError("InvalidArgument", location, `the name ${name} is already used`);
    return name;
  }

  // ---- create / delete --------------------------------------------------------------------------

  add(sheetId: number, r: Rect, hasHeaders: boolean, location = "TableCollection.add"): TableModel {
    this.wb.sheet(sheetId, location);
    if (r.rows >= MAX_ROWS || r.cols > 16384)
      throw excelError("InvalidArgument", location, "a table cannot cover whole columns or rows");
    for (const t of this.onSheet(sheetId))
      if (intersect(t.rect, r)) throw excelError("InvalidArgument", location, `the range overlaps table ${t.name}`);
    let rect = r;
    if (!hasHeaders) {
      // Excel inserts a header row above the data: the data moves down one row within the table's columns.
      this.wb.applyShift(
        sheetId,
        { axis: "row", at: r.row, count: 1, bandStart: r.col, bandEnd: lastCol(r) },
        location,
      );
      rect = { ...r, rows: r.rows + 1 };
    } else if (r.rows === 1) rect = { ...r, rows: 2 }; // a table always has a data row
    let n = 1;
    while (this.byName(`Table${n}`) || this.wb.names.exists(`Table${n}`)) n++;
    const t: TableModel = {
      id: this.nextId++,
      name: `Table${n}`,
      sheetId,
      rect,
      columnIds: Array.from({ length: rect.cols }, (_, i) => i + 1),
      nextColumnId: rect.cols + 1,
      showHeaders: true,
      showTotals: false,
      showBandedRows: true,
      showBandedColumns: false,
      showFilterButton: true,
      highlightFirstColumn: false,
      highlightLastColumn: false,
      style: "TableStyleMedium2",
    };
    this.list.push(t);
    this.normalizeHeaders(t);
    return t;
  }

  remove(t: TableModel): void {
    this.list = this.list.filter((x) => x !== t);
  }

  /** Table.delete(): the table and its cells go (cells cleared, formats removed). */
  deleteTable(t: TableModel, location = "Table.delete"): void {
    this.remove(t);
    this.wb.clear(t.sheetId, t.rect, "All", location);
  }

  // ---- headers ----------------------------------------------------------------------------------

  /**
   * After a write: header cells are made text, never blank ("Column3"), and
   * unique ("Name2"), as Excel does; content written into the row right below a
   * table makes the table grow over it (Excel's table auto-expansion), filling
   * calculated columns in the new rows.
   */
  afterWrite(sheetId: number, r: Rect, written?: readonly (readonly unknown[])[]): void {
    for (const t of this.onSheet(sheetId)) {
      if (intersect(headerRect(t), r)) this.normalizeHeaders(t);
      if (written && this.fillFormulas) this.fillCalculatedColumns(t, r, written);
      const below = lastRow(t.rect) + 1;
      if (
        r.row <= below &&
        lastRow(r) >= below &&
        r.col <= lastCol(t.rect) &&
        lastCol(r) >= t.rect.col &&
        r.rows < MAX_ROWS
      ) {
        this.autoExpand(t, { ...r, row: below, rows: lastRow(r) - below + 1 });
      }
    }
  }

  /**
   * office-js #1916: with "Fill formulas in tables" on, a write that puts one
   * formula (the same relative to each row) into a table column fills it into
   * the cells of that write left null, undefined or "" too, whatever they held.
   */
  private fillCalculatedColumns(t: TableModel, r: Rect, written: readonly (readonly unknown[])[]): void {
    const body = intersect(bodyRect(t), r);
    if (!body) return;
    const fills: { row: number; col: number; formula: string }[] = [];
    for (let col = body.col; col < body.col + body.cols; col++) {
      let first: { row: number; formula: string } | undefined;
      let same = true;
      const holes: number[] = [];
      for (let row = body.row; row < body.row + body.rows; row++) {
        const v = written[row - r.row][col - r.col];
        if (v === null || v === undefined || v === "") holes.push(row);
        else if (typeof v === "string" && v.startsWith("=")) {
          if (!first) first = { row, formula: v };
          else if (shiftFormula(first.formula, row - first.row, 0) !== v) same = false;
        } else same = false;
      }
      if (!first || !same) continue;
      for (const row of holes) fills.push({ row, col, formula: shiftFormula(first.formula, row - first.row, 0) });
    }
    for (const f of fills)
      this.wb.write(t.sheetId, { row: f.row, col: f.col, rows: 1, cols: 1 }, [[f.formula]], "Range");
  }

  private autoExpand(t: TableModel, r: Rect): void {
    const { engine } = this.wb;
    const band = { row: r.row, col: t.rect.col, rows: r.rows, cols: t.rect.cols };
    const values = engine.values(t.sheetId, band);
    let last = -1;
    values.forEach((row, i) => {
      if (row.some((v) => v !== "")) last = i;
    });
    if (last < 0 || this.list.some((o) => o !== t && o.sheetId === t.sheetId && intersect(o.rect, band))) return;
    const added = last + 1;
    const dataStart = t.rect.row + 1;
    const dataRows = t.rect.rows - 1;
    const oldLast = lastRow(t.rect);
    const fills: unknown[][] = [];
    for (let j = 0; j < t.rect.cols; j++) {
      const top = engine.formulaAt(t.sheetId, dataStart, t.rect.col + j);
      const bottom = engine.formulaAt(t.sheetId, oldLast, t.rect.col + j);
      const calculated = top !== undefined && bottom !== undefined && shiftFormula(top, dataRows - 1, 0) === bottom;
      for (let i = 0; i < added; i++) {
        fills[i] ??= [];
        fills[i][j] =
          calculated && values[i][j] === "" && engine.isEmpty(t.sheetId, r.row + i, t.rect.col + j)
            ? shiftFormula(bottom!, i + 1, 0)
            : null;
      }
    }
    t.rect = { ...t.rect, rows: t.rect.rows + added };
    const sheet = this.wb.sheet(t.sheetId);
    const extend = <T extends { rect: Rect }>(e: T): T =>
      lastRow(e.rect) === oldLast && e.rect.col >= t.rect.col && lastCol(e.rect) <= lastCol(t.rect)
        ? { ...e, rect: { ...e.rect, rows: e.rect.rows + added } }
        : e;
    sheet.validations = sheet.validations.map(extend);
    sheet.conditionalFormats = sheet.conditionalFormats.map(extend);
    if (fills.some((row) => row.some((v) => v !== null)))
      this.wb.write(
        t.sheetId,
        { row: r.row, col: t.rect.col, rows: added, cols: t.rect.cols },
        fills,
        "table auto-expansion",
      );
  }

  normalizeHeaders(t: TableModel): void {
    const { engine } = this.wb;
    const h = headerRect(t);
    const values = engine.values(t.sheetId, h)[0];
    const formulas = engine.formulas(t.sheetId, h)[0];
    const used = new Set<string>();
    const names: string[] = [];
    for (let j = 0; j < values.length; j++) {
      const v = values[j];
      let name =
        v === "" || (typeof v === "string" && v.startsWith("#"))
          ? `Column${j + 1}`
          : typeof v === "boolean"
            ? v
              ? "TRUE"
              : "FALSE"
            : String(v);
      if (used.has(name.toLowerCase())) {
        let k = 2;
        while (used.has(`${name}${k}`.toLowerCase())) k++;
        name = `${name}${k}`;
      }
      used.add(name.toLowerCase());
      names.push(name);
    }
    const block = names.map((name, j) => {
      const same = values[j] === name && formulas[j] === name;
      return same ? undefined : `'${name}`;
    });
    if (block.some((b) => b !== undefined)) engine.write(t.sheetId, h.row, h.col, [block]);
  }

  // ---- structural changes -----------------------------------------------------------------------

  /** What a row/column shift does to each table on the sheet; throws InsertDeleteConflict when it would cut one. */
  planShift(sheetId: number, s: Shift, location: string): ShiftPlan {
    const changes: TableChange[] = [];
    for (const t of this.onSheet(sheetId)) {
      const cs = s.axis === "row" ? t.rect.col : t.rect.row;
      const ce = s.axis === "row" ? lastCol(t.rect) : lastRow(t.rect);
      if (ce < s.bandStart || cs > s.bandEnd) continue;
      const as = s.axis === "row" ? t.rect.row : t.rect.col;
      const ae = s.axis === "row" ? lastRow(t.rect) : lastCol(t.rect);
      if (s.at > ae) continue;
      const conflict = (why: string) => excelError("InsertDeleteConflict", location, `table ${t.name}: ${why}`);
      if (cs < s.bandStart || ce > s.bandEnd) throw conflict("the change would move only part of the table");
      if (s.count < 0) {
        const dEnd = s.at - s.count - 1;
        if (dEnd < as) {
          changes.push({ t, rect: shiftRect(t.rect, s)[0] });
          continue;
        }
        if (s.at <= as && dEnd >= ae) {
          changes.push({ t, rect: null });
          continue;
        }
        if (s.axis === "row" && s.at <= as) throw conflict("the header row would be deleted");
        let rect = shiftRect(t.rect, s)[0];
        if (s.axis === "row" && rect.rows < 2) rect = { ...rect, rows: 2 };
        const change: TableChange = { t, rect };
        if (s.axis === "col") {
          const from = Math.max(s.at, as) - as;
          const to = Math.min(dEnd, ae) - as;
          change.removed = { index: from, count: to - from + 1 };
        }
        changes.push(change);
      } else {
        const rect = shiftRect(t.rect, s)[0];
        if (!rect) throw conflict("the table would move off the sheet");
        const change: TableChange = { t, rect };
        if (s.axis === "col" && s.at > as) change.inserted = { index: s.at - as, count: s.count };
        changes.push(change);
      }
    }
    return { changes };
  }

  commitShift(plan: ShiftPlan): void {
    for (const c of plan.changes) {
      if (!c.rect) {
        this.remove(c.t);
        continue;
      }
      c.t.rect = c.rect;
      if (c.removed) c.t.columnIds.splice(c.removed.index, c.removed.count);
      if (c.inserted) {
        const ids = Array.from({ length: c.inserted.count }, () => c.t.nextColumnId++);
        c.t.columnIds.splice(c.inserted.index, 0, ...ids);
      }
    }
    for (const c of plan.changes) if (c.rect) this.normalizeHeaders(c.t);
  }

  // ---- rows -------------------------------------------------------------------------------------

  private rowIsEmpty(t: TableModel, row: number): boolean {
    return this.wb.engine
      .values(t.sheetId, { row, col: t.rect.col, rows: 1, cols: t.rect.cols })[0]
      .every((v) => v === "");
  }

  /**
   * TableRowCollection.add(index, values): inserts rows at `index` of the data
   * body (default: at the end), moving the cells below the table (within its
   * columns) down, filling calculated columns and extending column formats,
   * validations and conditional formats. A table whose only data row is empty
   * (a new table) gets its first row written there.
   */
  addRows(
    t: TableModel,
    index: unknown,
    values: unknown,
    location = "TableRowCollection.add",
  ): { first: number; count: number } {
    const sheet = this.wb.sheet(t.sheetId, location);
    const dataRows = t.rect.rows - 1;
    const cols = t.rect.cols;
    let rows: unknown[][] | null = null;
    if (values !== undefined && values !== null) {
      if (!Array.isArray(values) || values.length === 0 || values.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw excelError("InvalidArgument", location, `values must be rows of ${cols} cells`);
      }
      rows = values as unknown[][];
    }
    const n = rows ? rows.length : 1;
    const idx = index === undefined || index === null ? dataRows : index;
    if (typeof idx !== "number" || !Number.isInteger(idx) || idx < 0 || idx > dataRows)
      throw excelError("InvalidArgument", location, `row index ${String(index)}`);
    const dataStart = t.rect.row + 1;
    const placeholder = dataRows === 1 && this.rowIsEmpty(t, dataStart);
    // calculated columns: the same formula (relative to its row) in the first and last data row
    const calculated: boolean[] = [];
    for (let j = 0; j < cols; j++) {
      if (placeholder) {
        calculated.push(false);
        continue;
      }
      const top = this.wb.engine.formulaAt(t.sheetId, dataStart, t.rect.col + j);
      const bottom = this.wb.engine.formulaAt(t.sheetId, dataStart + dataRows - 1, t.rect.col + j);
      calculated.push(top !== undefined && bottom !== undefined && shiftFormula(top, dataRows - 1, 0) === bottom);
    }
    const first = placeholder ? dataStart : dataStart + idx;
    const insertAt = placeholder ? dataStart + 1 : first;
    const toInsert = placeholder ? n - 1 : n;
    const oldLast = lastRow(t.rect);
    if (toInsert > 0) {
      const atEnd = insertAt > oldLast;
      this.wb.applyShift(
        t.sheetId,
        { axis: "row", at: insertAt, count: toInsert, bandStart: t.rect.col, bandEnd: lastCol(t.rect) },
        location,
      );
      if (atEnd) {
        t.rect = { ...t.rect, rows: t.rect.rows + toInsert };
        // column formats, validations and conditional formats follow the table down
        const extend = <T extends { rect: Rect }>(e: T): T =>
          lastRow(e.rect) === oldLast && e.rect.col >= t.rect.col && lastCol(e.rect) <= lastCol(t.rect)
            ? { ...e, rect: { ...e.rect, rows: e.rect.rows + toInsert } }
            : e;
        sheet.validations = sheet.validations.map(extend);
        sheet.conditionalFormats = sheet.conditionalFormats.map(extend);
      }
    }
    // the neighbour row a calculated column's formula is copied from
    const neighbour = first > dataStart ? first - 1 : first + n;
    const block: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const line: unknown[] = [];
      for (let j = 0; j < cols; j++) {
        const given = rows ? rows[i][j] : null;
        if (given !== null && given !== undefined) line.push(given);
        else if (calculated[j]) {
          const f = this.wb.engine.formulaAt(t.sheetId, neighbour, t.rect.col + j);
          line.push(f === undefined ? null : shiftFormula(f, first + i - neighbour, 0));
        } else line.push(null);
      }
      block.push(line);
    }
    this.wb.write(t.sheetId, { row: first, col: t.rect.col, rows: n, cols }, block, location);
    return { first: first - dataStart, count: n };
  }

  /** TableRow.delete(): the row's cells go and the cells below (within the table's columns) move up. */
  deleteRows(t: TableModel, index: number, count: number, location = "TableRow.delete"): void {
    const dataRows = t.rect.rows - 1;
    if (!Number.isInteger(index) || index < 0 || index + count > dataRows || count < 1)
      throw excelError("InvalidArgument", location, `rows ${index}..${index + count - 1}`);
    const row = t.rect.row + 1 + index;
    if (count === dataRows) {
      if (count > 1)
        this.wb.applyShift(
          t.sheetId,
          { axis: "row", at: row + 1, count: -(count - 1), bandStart: t.rect.col, bandEnd: lastCol(t.rect) },
          location,
        );
      this.wb.engine.clear(t.sheetId, { row, col: t.rect.col, rows: 1, cols: t.rect.cols });
      return;
    }
    this.wb.applyShift(
      t.sheetId,
      { axis: "row", at: row, count: -count, bandStart: t.rect.col, bandEnd: lastCol(t.rect) },
      location,
    );
  }

  // ---- columns ----------------------------------------------------------------------------------

  /** TableColumnCollection.add(index, values, name): values include the header cell. */
  addColumn(
    t: TableModel,
    index: unknown,
    values: unknown,
    name: unknown,
    location = "TableColumnCollection.add",
  ): number {
    const idx = index === undefined || index === null ? t.rect.cols : index;
    if (typeof idx !== "number" || !Number.isInteger(idx) || idx < 0 || idx > t.rect.cols)
      throw excelError("InvalidArgument", location, `column index ${String(index)}`);
    let grid: unknown[][] | null = null;
    if (values !== undefined && values !== null) {
      if (
        !Array.isArray(values) ||
        values.length !== t.rect.rows ||
        values.some((r) => !Array.isArray(r) || r.length !== 1)
      ) {
        throw excelError("InvalidArgument", location, `values must be ${t.rect.rows} rows of 1 cell (header included)`);
      }
      grid = (values as unknown[][]).map((r) => [r[0]]);
    }
    if (name !== undefined && name !== null && typeof name !== "string")
      throw excelError("InvalidArgument", location, "a column name is text");
    const col = t.rect.col + idx;
    const s: Shift = { axis: "col", at: col, count: 1, bandStart: t.rect.row, bandEnd: lastRow(t.rect) };
    if (idx === t.rect.cols) {
      this.wb.applyShift(t.sheetId, s, location);
      t.rect = { ...t.rect, cols: t.rect.cols + 1 };
      t.columnIds.push(t.nextColumnId++);
    } else this.wb.applyShift(t.sheetId, s, location);
    const header = name ?? grid?.[0][0] ?? "";
    const block: unknown[][] = [[typeof header === "string" && header !== "" ? `'${header}` : header]];
    for (let i = 1; i < t.rect.rows; i++) block.push([grid ? grid[i][0] : null]);
    this.wb.write(t.sheetId, { row: t.rect.row, col, rows: t.rect.rows, cols: 1 }, block, location);
    this.normalizeHeaders(t);
    return t.columnIds[idx];
  }

  deleteColumn(t: TableModel, index: number, location = "TableColumn.delete"): void {
    if (t.rect.cols === 1) throw excelError("InvalidOperation", location, "a table keeps at least one column");
    this.wb.applyShift(
      t.sheetId,
      { axis: "col", at: t.rect.col + index, count: -1, bandStart: t.rect.row, bandEnd: lastRow(t.rect) },
      location,
    );
  }

  setColumnName(t: TableModel, index: number, name: unknown, location = "TableColumn.name"): void {
    if (typeof name !== "string" || name === "")
      throw excelError("InvalidArgument", location, "a column name is non-empty text");
    const names = this.columnNames(t);
    if (names.some((n, j) => j !== index && n.toLowerCase() === name.toLowerCase()))
      throw excelError("InvalidArgument", location, `column ${name} exists`);
    this.wb.engine.write(t.sheetId, t.rect.row, t.rect.col + index, [[`'${name}`]]);
    this.normalizeHeaders(t);
  }

  values(t: TableModel, r: Rect): ExcelValue[][] {
    return this.wb.values(t.sheetId, r);
  }
}
