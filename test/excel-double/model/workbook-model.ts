/**
 * The workbook the double holds: sheets (order, names, visibility), cell
 * contents and formulas (in the FormulaEngine), formats and the rest (in
 * SheetModel), tables, names, the selection. Every Office API call ends up as one
 * of these operations, applied in order at context.sync(); they throw
 * OfficeExtensionError with Excel's error codes.
 */
import type { ConfigParams } from "hyperformula";
import { parseAddress, splitSheet } from "../address";
import { shiftFormula } from "../formula-text";
import { excelError } from "../errors";
import { FormulaEngine, type ExcelValue, type HfContent } from "../formula-engine";
import { formatValue } from "../number-format";
import { inferredFormat, toHfContent } from "./cell-input";
import { NameStore } from "./names";
import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  type Shift,
  boundingRect,
  cellCount,
  isEntireColumn,
  isEntireRow,
  lastCol,
  lastRow,
  wholeShift,
} from "./rect";
import { SheetModel } from "./sheet-model";
import { TableStore, type TableModel } from "./tables";

export interface WorkbookModelOptions {
  /** Worksheets the workbook starts with (default ["Sheet1"]). */
  sheets?: string[];
  /** Extra HyperFormula configuration (the license key and Excel-like defaults are set). */
  hyperformulaConfig?: Partial<ConfigParams>;
}

/** More cells than this in one read or write is refused (Excel on the web would exceed its payload limits long before). */
export const MAX_CELLS_PER_OPERATION = 5_000_000;

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

export class WorkbookModel {
  readonly engine: FormulaEngine;
  sheets: SheetModel[] = [];
  readonly tables: TableStore;
  readonly names: NameStore;
  activeSheetId: number;
  selection: { sheetId: number; rect: Rect };
  calculationMode = "Automatic";

  constructor(options: WorkbookModelOptions = {}) {
    this.engine = new FormulaEngine(options.hyperformulaConfig);
    this.tables = new TableStore(this);
    this.names = new NameStore(this);
    this.engine.customs.noSpillAt = (a) => this.tables.at(a.sheet, a.row, a.col) !== undefined;
    for (const name of options.sheets ?? ["Sheet1"]) this.addSheet(name);
    this.activeSheetId = this.sheets[0].id;
    this.selection = { sheetId: this.sheets[0].id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  // ---- sheets -----------------------------------------------------------------------------------

  sheet(id: number, location = "Worksheet"): SheetModel {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) throw excelError("ItemNotFound", location, `worksheet ${id} was deleted`);
    return s;
  }

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  validateSheetName(name: unknown, location: string, except?: SheetModel): string {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw excelError("InvalidArgument", location, `invalid worksheet name ${JSON.stringify(name)}`);
    }
    const other = this.sheetByName(name);
    if (other && other !== except) throw excelError("ItemAlreadyExists", location, `a worksheet named ${name} exists`);
    return name;
  }

  addSheet(name?: string, location = "WorksheetCollection.add"): SheetModel {
    let n = name;
    if (n === undefined || n === null || n === "") {
      let i = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.validateSheetName(n, location);
    const id = this.engine.addSheet(n);
    const s = new SheetModel(id, n);
    this.sheets.push(s);
    return s;
  }

  deleteSheet(id: number, location = "Worksheet.delete"): void {
    const s = this.sheet(id, location);
    const visible = this.sheets.filter((x) => x.visibility === "Visible");
    if (visible.length === 1 && visible[0] === s)
      throw excelError("InvalidOperation", location, "a workbook must keep one visible worksheet");
    this.tables.removeOnSheet(id);
    this.names.removeScope(id);
    this.engine.removeSheet(id);
    const pos = this.sheets.indexOf(s);
    this.sheets.splice(pos, 1);
    if (this.activeSheetId === id) {
      const next =
        this.sheets.slice(Math.min(pos, this.sheets.length - 1)).find((x) => x.visibility === "Visible") ??
        this.sheets.find((x) => x.visibility === "Visible")!;
      this.activeSheetId = next.id;
    }
    if (this.selection.sheetId === id)
      this.selection = { sheetId: this.activeSheetId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  renameSheet(id: number, name: unknown, location = "Worksheet.name"): void {
    const s = this.sheet(id, location);
    if (s.name === name) return;
    this.validateSheetName(name, location, s);
    this.engine.renameSheet(id, name as string);
    s.name = name as string;
  }

  sheetPosition(id: number): number {
    return this.sheets.indexOf(this.sheet(id));
  }

  setSheetPosition(id: number, pos: unknown, location = "Worksheet.position"): void {
    const s = this.sheet(id, location);
    if (typeof pos !== "number" || !Number.isInteger(pos) || pos < 0 || pos >= this.sheets.length)
      throw excelError("InvalidArgument", location, `bad position ${pos}`);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(pos, 0, s);
  }

  setVisibility(id: number, v: unknown, location = "Worksheet.visibility"): void {
    const s = this.sheet(id, location);
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      throw excelError("InvalidArgument", location, `bad visibility ${v}`);
    if (v !== "Visible" && this.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
      throw excelError("InvalidOperation", location, "a workbook must keep one visible worksheet");
    }
    s.visibility = v;
    if (v !== "Visible" && this.activeSheetId === id)
      this.activeSheetId = this.sheets.find((x) => x.visibility === "Visible")!.id;
  }

  activate(id: number, location = "Worksheet.activate"): void {
    const s = this.sheet(id, location);
    if (s.visibility !== "Visible")
      throw excelError("InvalidOperation", location, "a hidden worksheet cannot be activated");
    this.activeSheetId = id;
    if (this.selection.sheetId !== id) this.selection = { sheetId: id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  select(sheetId: number, r: Rect, location = "Range.select"): void {
    this.activate(sheetId, location);
    this.selection = { sheetId, rect: r };
  }

  /** A range address on a sheet: A1 notation (optionally qualified with this sheet's name) or a defined name. */
  resolveAddress(sheetId: number, address: string, location: string): Rect {
    const s = this.sheet(sheetId, location);
    const parsed = parseAddress(address);
    if (parsed) {
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== s.name.toLowerCase()) {
        throw excelError("InvalidArgument", location, `${address} is not on worksheet ${s.name}`);
      }
      return parsed.rect;
    }
    const named = this.names.rangeOf(splitSheet(address).ref.trim(), sheetId);
    if (named && named.sheetId === sheetId) return named.rect;
    throw excelError("InvalidArgument", location, `not an address on ${s.name}: ${address}`);
  }

  // ---- cells ------------------------------------------------------------------------------------

  private checkSize(r: Rect, location: string): void {
    if (cellCount(r) > MAX_CELLS_PER_OPERATION)
      throw excelError("ResponsePayloadSizeLimitExceeded", location, `${cellCount(r)} cells in one operation`);
  }

  /**
   * Writes `input` (values or formulas): a 2-D array of exactly the range's shape,
   * or one value for every cell. null entries leave cells alone.
   */
  write(sheetId: number, r: Rect, input: unknown, location: string): void {
    const s = this.sheet(sheetId, location);
    this.checkSize(r, location);
    let grid: unknown[][];
    if (Array.isArray(input)) {
      if (input.length !== r.rows || input.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
        const shape =
          input.length > 0 && Array.isArray(input[0])
            ? `${input.length}×${(input[0] as unknown[]).length}`
            : `${input.length}`;
        throw excelError("InvalidArgument", location, `a ${shape} array does not match the ${r.rows}×${r.cols} range`);
      }
      grid = input as unknown[][];
    } else {
      grid = new Array(r.rows);
      for (let i = 0; i < r.rows; i++) grid[i] = new Array(r.cols).fill(input);
    }
    const validate = (f: string): boolean => this.engine.validate(f);
    const block: HfContent[][] = new Array(r.rows);
    const inferred: [number, number, string][] = [];
    for (let i = 0; i < r.rows; i++) {
      const src = grid[i];
      const out = new Array<HfContent>(r.cols);
      for (let j = 0; j < r.cols; j++) {
        const v = src[j];
        const row = r.row + i;
        const col = r.col + j;
        const nf = typeof v === "string" ? s.numberFormat(row, col) : "General";
        out[j] = toHfContent(v, { isText: nf === "@", validate, location });
        if (typeof v === "string" && nf === "General" && v.length > 1) {
          const f = inferredFormat(v);
          if (f) inferred.push([row, col, f]);
        }
      }
      block[i] = out;
    }
    this.engine.write(sheetId, r.row, r.col, block);
    for (const [row, col, f] of inferred) s.setFormat({ row, col, rows: 1, cols: 1 }, "numberFormat", f);
    this.tables.afterWrite(sheetId, r, grid);
  }

  /**
   * Range.autoFill with FillDefault or FillCopy: `dest` holds `src` and extends
   * it down, up, right or left; the source cells repeat over the rest, formulas
   * moved as Excel fills them (relative references follow, $-absolute ones and
   * names stay) and number formats copied with them.
   */
  autoFill(sheetId: number, src: Rect, dest: Rect, type: unknown, location = "Range.autoFill"): void {
    const s = this.sheet(sheetId, location);
    if (type !== undefined && type !== "FillDefault" && type !== "FillCopy")
      throw excelError(
        "NotImplemented",
        location,
        `the double fills only FillDefault and FillCopy, not ${String(type)}`,
      );
    const vertical = dest.col === src.col && dest.cols === src.cols;
    const horizontal = dest.row === src.row && dest.rows === src.rows;
    const extends_ =
      (vertical && (dest.row === src.row || lastRow(dest) === lastRow(src)) && dest.rows >= src.rows) ||
      (horizontal && (dest.col === src.col || lastCol(dest) === lastCol(src)) && dest.cols >= src.cols);
    if (!extends_)
      throw excelError("InvalidArgument", location, "the destination must extend the source in one direction");
    const rest: Rect = vertical
      ? dest.row === src.row
        ? { ...dest, row: src.row + src.rows, rows: dest.rows - src.rows }
        : { ...dest, rows: dest.rows - src.rows }
      : dest.col === src.col
        ? { ...dest, col: src.col + src.cols, cols: dest.cols - src.cols }
        : { ...dest, cols: dest.cols - src.cols };
    if (rest.rows < 1 || rest.cols < 1) return;
    const source = this.engine.formulas(sheetId, src);
    const mod = (a: number, n: number) => ((a % n) + n) % n;
    const block: unknown[][] = [];
    const formats: [number, number, string][] = [];
    for (let i = 0; i < rest.rows; i++) {
      const line: unknown[] = [];
      for (let j = 0; j < rest.cols; j++) {
        const row = rest.row + i;
        const col = rest.col + j;
        const si = mod(row - src.row, src.rows);
        const sj = mod(col - src.col, src.cols);
        const f = this.engine.formulaAt(sheetId, src.row + si, src.col + sj);
        const v = source[si][sj];
        line.push(f !== undefined ? shiftFormula(f, row - (src.row + si), col - (src.col + sj)) : v === "" ? null : v);
        formats.push([row, col, s.numberFormat(src.row + si, src.col + sj)]);
      }
      block.push(line);
    }
    for (const [row, col, nf] of formats) s.setFormat({ row, col, rows: 1, cols: 1 }, "numberFormat", nf);
    this.write(sheetId, rest, block, location);
  }

  /**
   * Range.getSpecialCells: the cells of `r` that hold formulas or constants
   * (typed values; cells of a spilled array are neither), as rectangles — runs down each column, side-by-side
   * runs of the same rows joined. Empty when none.
   */
  specialCells(sheetId: number, r: Rect, type: unknown, location = "Range.getSpecialCells"): Rect[] {
    this.sheet(sheetId, location);
    const wanted = ({ Formulas: "formula", Constants: "value" } as Record<string, string>)[String(type)];
    if (!wanted)
      throw excelError("NotImplemented", location, `the double finds Formulas and Constants, not ${String(type)}`);
    const area = this.engine.clip(sheetId, r);
    const runs: Rect[] = [];
    if (!area) return [];
    for (let col = area.col; col < area.col + area.cols; col++) {
      let start = -1;
      for (let row = area.row; row <= area.row + area.rows; row++) {
        const inside = row < area.row + area.rows;
        const hit = inside && this.engine.cellKind(sheetId, row, col) === wanted;
        if (hit && start < 0) start = row;
        if (!hit && start >= 0) {
          runs.push({ row: start, col, rows: row - start, cols: 1 });
          start = -1;
        }
      }
    }
    const joined: { row: number; col: number; rows: number; cols: number }[] = [];
    for (const run of runs) {
      const left = joined.find((j) => j.row === run.row && j.rows === run.rows && j.col + j.cols === run.col);
      if (left) left.cols++;
      else joined.push({ ...run });
    }
    return joined.sort((a, b) => a.row - b.row || a.col - b.col);
  }

  values(sheetId: number, r: Rect, location = "Range.values"): ExcelValue[][] {
    this.sheet(sheetId, location);
    this.checkSize(r, location);
    return this.engine.values(sheetId, r);
  }

  formulas(sheetId: number, r: Rect, location = "Range.formulas"): ExcelValue[][] {
    this.sheet(sheetId, location);
    this.checkSize(r, location);
    return this.engine.formulas(sheetId, r);
  }

  valueTypes(sheetId: number, r: Rect, location = "Range.valueTypes"): string[][] {
    this.sheet(sheetId, location);
    this.checkSize(r, location);
    return this.engine.valueTypes(sheetId, r);
  }

  numberFormats(sheetId: number, r: Rect, location = "Range.numberFormat"): string[][] {
    const s = this.sheet(sheetId, location);
    this.checkSize(r, location);
    return s.formatGrid(r, "numberFormat") as string[][];
  }

  text(sheetId: number, r: Rect, location = "Range.text"): string[][] {
    const s = this.sheet(sheetId, location);
    const values = this.values(sheetId, r, location);
    return values.map((row, i) => row.map((v, j) => formatValue(v, s.numberFormat(r.row + i, r.col + j))));
  }

  setNumberFormat(sheetId: number, r: Rect, input: unknown, location = "Range.numberFormat"): void {
    const s = this.sheet(sheetId, location);
    if (!Array.isArray(input)) {
      if (typeof input !== "string") throw excelError("InvalidArgument", location, "a number format is a string");
      s.setFormat(r, "numberFormat", input);
      return;
    }
    if (input.length !== r.rows || input.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
      throw excelError("InvalidArgument", location, `the array does not match the ${r.rows}×${r.cols} range`);
    }
    for (let i = 0; i < r.rows; i++) {
      for (let j = 0; j < r.cols; j++) {
        const v = (input[i] as unknown[])[j];
        if (v === null || v === undefined) continue;
        if (typeof v !== "string") throw excelError("InvalidArgument", location, "a number format is a string");
        s.setFormat({ row: r.row + i, col: r.col + j, rows: 1, cols: 1 }, "numberFormat", v);
      }
    }
  }

  /** Range.clear(applyTo): "All" (default), "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks", "ResetContents". */
  clear(sheetId: number, r: Rect, applyTo: unknown = "All", location = "Range.clear"): void {
    const s = this.sheet(sheetId, location);
    const what = applyTo ?? "All";
    if (what === "All" || what === "Contents" || what === "ResetContents") {
      this.engine.clear(sheetId, r);
      this.tables.afterWrite(sheetId, r);
    }
    if (what === "All" || what === "Formats") s.clearFormats(r);
    if (what === "All") s.clearValidation(r);
  }

  /** Bounding box of the cells with content (and, unless valuesOnly, with a format or in a table). */
  usedRange(sheetId: number, valuesOnly: boolean): Rect | null {
    const s = this.sheet(sheetId);
    this.engine.ensureEvaluated();
    let box: Rect | null = null;
    const values = this.engine.hf.getSheetValues(sheetId);
    let minCol = Infinity;
    let maxCol = -1;
    let minRow = -1;
    let maxRow = -1;
    for (let i = 0; i < values.length; i++) {
      const line = values[i];
      for (let j = 0; j < line.length; j++) {
        if (line[j] === null || line[j] === undefined) continue;
        if (minRow < 0) minRow = i;
        maxRow = i;
        if (j < minCol) minCol = j;
        if (j > maxCol) maxCol = j;
      }
    }
    if (minRow >= 0) box = { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
    if (!valuesOnly) {
      const f = s.formatBounds();
      if (f) box = box ? boundingRect(box, f) : f;
      for (const t of this.tables.onSheet(sheetId)) box = box ? boundingRect(box, t.rect) : t.rect;
    }
    return box;
  }

  // ---- structure --------------------------------------------------------------------------------

  /** Inserts cells (shift "Down"/"Right"); whole rows/columns insert sheet rows/columns. Returns the new cells' range. */
  insert(sheetId: number, r: Rect, shift: unknown, location = "Range.insert"): Rect {
    this.sheet(sheetId, location);
    if (shift !== "Down" && shift !== "Right") throw excelError("InvalidArgument", location, `shift ${String(shift)}`);
    let s: Shift;
    if (isEntireRow(r)) s = wholeShift("row", r.row, r.rows);
    else if (isEntireColumn(r)) s = wholeShift("col", r.col, r.cols);
    else if (shift === "Down") s = { axis: "row", at: r.row, count: r.rows, bandStart: r.col, bandEnd: lastCol(r) };
    else s = { axis: "col", at: r.col, count: r.cols, bandStart: r.row, bandEnd: lastRow(r) };
    this.applyShift(sheetId, s, location);
    return r;
  }

  /** Deletes cells (shift "Up"/"Left"); whole rows/columns delete sheet rows/columns. */
  delete(sheetId: number, r: Rect, shift: unknown, location = "Range.delete"): void {
    this.sheet(sheetId, location);
    if (shift !== "Up" && shift !== "Left") throw excelError("InvalidArgument", location, `shift ${String(shift)}`);
    let s: Shift;
    if (isEntireRow(r)) s = wholeShift("row", r.row, -r.rows);
    else if (isEntireColumn(r)) s = wholeShift("col", r.col, -r.cols);
    else if (shift === "Up") s = { axis: "row", at: r.row, count: -r.rows, bandStart: r.col, bandEnd: lastCol(r) };
    else s = { axis: "col", at: r.col, count: -r.cols, bandStart: r.row, bandEnd: lastRow(r) };
    this.applyShift(sheetId, s, location);
  }

  /**
   * Applies a structural change to the engine (sheet rows/columns, or a cut and
   * paste of the cells after the change point within the band) and to
   * everything positioned on the sheet.
   */
  applyShift(sheetId: number, s: Shift, location: string): void {
    const sheet = this.sheet(sheetId, location);
    const plan = this.tables.planShift(sheetId, s, location); // throws on conflicts before anything changes
    const whole = s.bandStart === 0 && s.bandEnd === (s.axis === "row" ? MAX_COLS - 1 : MAX_ROWS - 1);
    const { engine } = this;
    if (whole) {
      if (s.axis === "row") {
        if (s.count > 0) engine.addRows(sheetId, s.at, s.count);
        else engine.removeRows(sheetId, s.at, -s.count);
      } else if (s.count > 0) engine.addColumns(sheetId, s.at, s.count);
      else engine.removeColumns(sheetId, s.at, -s.count);
    } else {
      const { width, height } = engine.dims(sheetId);
      const n = Math.abs(s.count);
      const band = s.bandEnd - s.bandStart + 1;
      try {
        if (s.axis === "row") {
          if (s.count < 0) engine.clear(sheetId, { row: s.at, col: s.bandStart, rows: n, cols: band });
          const from = s.count > 0 ? s.at : s.at + n;
          if (height > from)
            engine.move(sheetId, { row: from, col: s.bandStart, rows: height - from, cols: band }, s.count, 0);
        } else {
          if (s.count < 0) engine.clear(sheetId, { row: s.bandStart, col: s.at, rows: band, cols: n });
          const from = s.count > 0 ? s.at : s.at + n;
          if (width > from)
            engine.move(sheetId, { row: s.bandStart, col: from, rows: band, cols: width - from }, 0, s.count);
        }
      } catch (e) {
        throw excelError("InsertDeleteConflict", location, `the cells cannot move: ${(e as Error).message}`);
      }
    }
    sheet.applyShift(s);
    this.tables.commitShift(plan);
  }

  /** A simple A1 reading helper for state inspection: sheet name + address → sheet and rect. */
  locate(sheetName: string, address: string): { sheet: SheetModel; rect: Rect } {
    const sheet = this.sheetByName(sheetName);
    if (!sheet) throw excelError("ItemNotFound", "workbookState", `no worksheet ${sheetName}`);
    return { sheet, rect: this.resolveAddress(sheet.id, address, "workbookState") };
  }

  tableAtCell(sheetId: number, row: number, col: number): TableModel | undefined {
    return this.tables.at(sheetId, row, col);
  }
}
