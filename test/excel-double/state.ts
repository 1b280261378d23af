/**
 * Direct access to the double's workbook for tests — not through the Office
 * API, not counted in stats, applied at once. Rows and columns are given as
 * people see them: row numbers from 1, column letters ("C") or numbers from 1.
 */
import { createSession, type DoubleSession } from "./api/context";
import { columnIndex, qualifiedAddress, rectA1 } from "./address";
import { excelError, OfficeExtensionError } from "./errors";
import type { ExcelValue } from "./formula-engine";
import { shiftFormula } from "./formula-text";
import { containsCell, wholeShift } from "./model/rect";
import type { RangeRef } from "./model/charts";
import { bodyRect } from "./model/tables";
import type { WorkbookModel } from "./model/workbook-model";

export interface TableInfo {
  name: string;
  sheet: string;
  /** 预算分配!A1:K11 */
  address: string;
  headers: string[];
  /** Data rows (the header row not counted). */
  rowCount: number;
  /** The data body's values. */
  values: ExcelValue[][];
  /** The data body's formulas (values for constants). */
  formulas: ExcelValue[][];
}

export interface ChartView {
  name: string;
  chartType: string;
  /** "" when the title is hidden or not set. */
  title: string;
  position: { top: number; left: number; width: number; height: number };
  series: {
    name: string;
    chartType: string;
    values: string;
    categories: string;
    data: ExcelValue[];
    labels: ExcelValue[];
  }[];
}

export interface NameInfoView {
  name: string;
  formula: string;
  value: unknown;
  type: string;
  scope: string;
}

export interface SheetSnapshot {
  name: string;
  position: number;
  visibility: string;
  /** Used range (values only), "" when empty. */
  usedAddress: string;
  values: ExcelValue[][];
  formulas: ExcelValue[][];
  freeze: { rows: number; cols: number };
}

export interface Snapshot {
  sheets: SheetSnapshot[];
  tables: TableInfo[];
  names: NameInfoView[];
  activeSheet: string;
  selection: string;
}

function colOf(c: string | number): number {
  if (typeof c === "number") return c - 1;
  const i = columnIndex(c);
  if (i < 0) throw new Error(`not a column: ${c}`);
  return i;
}

export function createWorkbookState(
  model: WorkbookModel,
  failures: unknown[],
  session: DoubleSession = createSession(),
) {
  const locate = (sheet: string, address: string) => model.locate(sheet, address);
  const sheetId = (sheet: string): number => {
    const s = model.sheetByName(sheet);
    if (!s) throw excelError("ItemNotFound", "workbookState", `no worksheet ${sheet}`);
    return s.id;
  };
  const tableInfo = (t: (typeof model.tables.list)[number]): TableInfo => {
    const sheet = model.sheet(t.sheetId).name;
    return {
      name: t.name,
      sheet,
      address: qualifiedAddress(sheet, t.rect),
      headers: model.tables.columnNames(t),
      rowCount: t.rect.rows - 1,
      values: model.values(t.sheetId, bodyRect(t)),
      formulas: model.formulas(t.sheetId, bodyRect(t)),
    };
  };

  const state = {
    /** The model itself, for what the helpers do not cover. */
    model,

    /**
     * A person typing into a cell (or, with a 2-D array, a block): "=…" is a
     * formula, "10%" a number, "" clears, and so on, as Excel reads typed input.
     */
    setCell(sheet: string, address: string, value: unknown): void {
      const { sheet: s, rect } = locate(sheet, address);
      model.write(
        s.id,
        rect,
        Array.isArray(value) ? value : rect.rows === 1 && rect.cols === 1 ? [[value]] : value,
        "workbookState.setCell",
      );
      model.engine.ensureEvaluated();
    },
    setCells(sheet: string, address: string, values: unknown[][]): void {
      state.setCell(sheet, address, values);
    },
    getValue(sheet: string, a1: string): ExcelValue {
      const { sheet: s, rect } = locate(sheet, a1);
      return model.values(s.id, { ...rect, rows: 1, cols: 1 })[0][0];
    },
    getValues(sheet: string, address: string): ExcelValue[][] {
      const { sheet: s, rect } = locate(sheet, address);
      return model.values(s.id, rect);
    },
    /** The formula ("=…"), or the value for a constant or a spilled cell. */
    getFormula(sheet: string, a1: string): ExcelValue {
      const { sheet: s, rect } = locate(sheet, a1);
      return model.formulas(s.id, { ...rect, rows: 1, cols: 1 })[0][0];
    },
    getFormulas(sheet: string, address: string): ExcelValue[][] {
      const { sheet: s, rect } = locate(sheet, address);
      return model.formulas(s.id, rect);
    },
    getText(sheet: string, a1: string): string {
      const { sheet: s, rect } = locate(sheet, a1);
      return model.text(s.id, { ...rect, rows: 1, cols: 1 })[0][0];
    },
    getNumberFormat(sheet: string, a1: string): string {
      const { sheet: s, rect } = locate(sheet, a1);
      return s.numberFormat(rect.row, rect.col);
    },
    /** A cell format property by API path: "fill.color", "font.bold", "wrapText", "numberFormat" … */
    getFormat(sheet: string, a1: string, key: string): unknown {
      const { sheet: s, rect } = locate(sheet, a1);
      return s.format(rect.row, rect.col, key);
    },
    columnWidth(sheet: string, column: string | number): number {
      return model.sheet(sheetId(sheet)).columnWidth(colOf(column));
    },
    sheetNames(): string[] {
      return model.sheets.map((s) => s.name);
    },
    activeSheet(): string {
      return model.sheet(model.activeSheetId).name;
    },
    /** The selection as Excel writes it: 预算分配!E7 */
    selection(): string {
      return qualifiedAddress(model.sheet(model.selection.sheetId).name, model.selection.rect);
    },
    usedRange(sheet: string, valuesOnly = true): string | null {
      const r = model.usedRange(sheetId(sheet), valuesOnly);
      return r ? qualifiedAddress(sheet, r) : null;
    },
    freeze(sheet: string): { rows: number; cols: number } {
      return { ...model.sheet(sheetId(sheet)).freeze };
    },
    table(name: string): TableInfo | undefined {
      const t = model.tables.byName(name);
      return t ? tableInfo(t) : undefined;
    },
    tables(): TableInfo[] {
      return model.tables.list.map(tableInfo);
    },
    names(): NameInfoView[] {
      const all = [...model.names.list(undefined), ...model.sheets.flatMap((s) => model.names.list(s.id))];
      return all.map((n) => ({
        name: n.name,
        formula: model.names.formula(n),
        value: model.names.value(n),
        type: model.names.type(n),
        scope: n.scope === undefined ? "Workbook" : model.sheet(n.scope).name,
      }));
    },
    /**
     * A sheet's charts as drawn: type, title, position and each series with the
     * ranges it reads and the values and categories those cells hold now.
     */
    charts(sheet: string): ChartView[] {
      const s = model.sheet(sheetId(sheet));
      const addr = (ref: RangeRef | null) =>
        ref ? qualifiedAddress(model.sheet(ref.sheetId).name, ref.rect, true) : "";
      const cells = (ref: RangeRef | null) => (ref ? model.values(ref.sheetId, ref.rect).flat() : []);
      return s.charts.map((c) => ({
        name: c.name,
        chartType: c.chartType,
        title: c.title.visible ? c.title.text : "",
        position: { ...c.position },
        series: c.series.map((x) => ({
          name: x.name,
          chartType: x.chartType,
          values: addr(x.values),
          categories: addr(x.categories),
          data: cells(x.values),
          labels: cells(x.categories),
        })),
      }));
    },
    /** The data validation rule of a cell ({} when none). */
    validation(sheet: string, a1: string): Record<string, unknown> {
      const { sheet: s, rect } = locate(sheet, a1);
      const e = s.validations.find((v) => containsCell(v.rect, rect.row, rect.col));
      return e ? JSON.parse(JSON.stringify(e.rule)) : {};
    },
    /** Conditional formats whose range contains the cell (by priority), with their ranges. */
    conditionalFormats(sheet: string, a1: string) {
      const { sheet: s, rect } = locate(sheet, a1);
      return s.conditionalFormats
        .filter((e) => containsCell(e.rect, rect.row, rect.col))
        .sort((a, b) => a.priority - b.priority)
        .map((e) => ({
          id: e.id,
          type: e.type,
          address: qualifiedAddress(s.name, e.rect),
          priority: e.priority,
          stopIfTrue: e.stopIfTrue,
          ...JSON.parse(JSON.stringify(e.data)),
        }));
    },
    /**
     * The formats of the custom-formula conditional formats that apply to a cell
     * now (rule formula evaluated relative to the cell), by priority.
     */
    conditionalFormatsAt(sheet: string, a1: string): Record<string, unknown>[] {
      const { sheet: s, rect } = locate(sheet, a1);
      const out: Record<string, unknown>[] = [];
      for (const e of [...s.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
        if (!containsCell(e.rect, rect.row, rect.col) || e.type !== "Custom") continue;
        const f = String(e.data["custom.rule.formula"] ?? "");
        if (!f) continue;
        const shifted = shiftFormula(f.startsWith("=") ? f : `=${f}`, rect.row - e.rect.row, rect.col - e.rect.col);
        const v = model.engine.calculate(shifted, s.id);
        if (v === true || (typeof v === "number" && v !== 0)) {
          const format: Record<string, unknown> = {};
          for (const [k, val] of Object.entries(e.data))
            if (k.startsWith("custom.format.")) format[k.slice("custom.format.".length)] = val;
          out.push(format);
          if (e.stopIfTrue) break;
        }
      }
      return out;
    },
    /** Evaluates an Excel formula on a sheet without writing it. */
    evaluate(sheet: string, formula: string): ExcelValue | ExcelValue[][] {
      return model.engine.calculate(formula.startsWith("=") ? formula : `=${formula}`, sheetId(sheet));
    },
    /** A person deleting whole rows (row numbers from 1): tables shrink, formulas to the rows become #REF!. */
    deleteRows(sheet: string, startRow: number, count = 1): void {
      model.applyShift(sheetId(sheet), wholeShift("row", startRow - 1, -count), "workbookState.deleteRows");
      model.engine.ensureEvaluated();
    },
    insertRows(sheet: string, startRow: number, count = 1): void {
      model.applyShift(sheetId(sheet), wholeShift("row", startRow - 1, count), "workbookState.insertRows");
      model.engine.ensureEvaluated();
    },
    /** A person inserting whole columns before `column` ("C" or 3). */
    insertColumn(sheet: string, column: string | number, count = 1): void {
      model.applyShift(sheetId(sheet), wholeShift("col", colOf(column), count), "workbookState.insertColumn");
      model.engine.ensureEvaluated();
    },
    deleteColumns(sheet: string, column: string | number, count = 1): void {
      model.applyShift(sheetId(sheet), wholeShift("col", colOf(column), -count), "workbookState.deleteColumns");
      model.engine.ensureEvaluated();
    },
    addSheet(name: string): void {
      model.addSheet(name, "workbookState.addSheet");
    },
    renameSheet(from: string, to: string): void {
      model.renameSheet(sheetId(from), to, "workbookState.renameSheet");
    },
    deleteSheet(name: string): void {
      model.deleteSheet(sheetId(name), "workbookState.deleteSheet");
    },
    select(sheet: string, address: string): void {
      const { sheet: s, rect } = locate(sheet, address);
      model.select(s.id, rect);
    },
    /**
     * Makes the next context.sync() that has actions reject with this error
     * (nothing of that request is applied). A string is taken as an Excel error
     * code ("GeneralException", "AccessDenied" …).
     */
    /** A person starts editing a cell: Excel.run fails, or waits when asked to (delayForCellEdit). */
    startCellEdit(): void {
      session.editing = true;
    },
    /** The edit ends (Enter or Esc): runs that waited go ahead. */
    endCellEdit(): void {
      session.editing = false;
      for (const resume of session.waiting.splice(0)) resume();
    },
    /** PLAN.* cells read as #BUSY! in the next `requests` requests, as right after writes in Excel. */
    busyForRequests(requests: number): void {
      session.busyRequests = requests;
    },
    /** The options each Excel.run was given, in order. */
    runOptions(): Record<string, unknown>[] {
      return session.runOptions.map((o) => ({ ...o }));
    },
    failNextSync(error: unknown = "GeneralException"): void {
      failures.push(
        typeof error === "string"
          ? new OfficeExtensionError(error, undefined, "RequestContext.sync", "injected by failNextSync")
          : error,
      );
    },
    snapshot(): Snapshot {
      const sheets = model.sheets.map((s, position) => {
        const used = model.usedRange(s.id, true);
        return {
          name: s.name,
          position,
          visibility: s.visibility,
          usedAddress: used ? rectA1(used) : "",
          values: used ? model.values(s.id, used) : [],
          formulas: used ? model.formulas(s.id, used) : [],
          freeze: { ...s.freeze },
        };
      });
      return {
        sheets,
        tables: state.tables(),
        names: state.names(),
        activeSheet: state.activeSheet(),
        selection: state.selection(),
      };
    },
  };
  return state;
}

export type WorkbookState = ReturnType<typeof createWorkbookState>;
