/**
 * The calculation engine of the double: one HyperFormula instance holding every
 * sheet's cells and the workbook's names. Writes are batched (evaluation is
 * suspended while writes queue up and resumed before the next read), so writing
 * a 10,000-row block is one HyperFormula operation.
 */
import {
  DetailedCellError,
  HyperFormula,
  type ConfigParams,
  type RawCellContent,
  type SimpleCellAddress,
} from "hyperformula";
import { CustomFunctionHost, addressKey, type CustomFunction, type ErrorRecognizer } from "./custom-functions";
import { excelToHf, hfToExcel } from "./formula-text";
import type { Rect } from "./model/rect";

/** A cell value as Excel's API returns it: number, string ("" when empty), boolean, or an error string "#DIV/0!". */
export type ExcelValue = number | string | boolean;

/** What is written into a cell: HyperFormula raw content (formulas already translated), null to clear, undefined to leave alone. */
export type HfContent = RawCellContent | undefined;

export const LICENSE_KEY = "gpl-v3";

const BASE_CONFIG: Partial<ConfigParams> = {
  licenseKey: LICENSE_KEY,
  // Excel: a blank cell is "" in text contexts (A1&"", A1="") and 0 in arithmetic,
  // which is HyperFormula's own reading; only a formula that is just a reference
  // to a blank cell (=B1) shows 0 in Excel, which rawValues() gives it.
  evaluateNullToZero: false,
  // Excel 365: ranges in arithmetic give arrays that spill.
  useArrayArithmetic: true,
  // No rounding of results: Excel's values API returns the double as computed (1.1-1 → 0.10000000000000009).
  smartRounding: false,
  dateFormats: ["YYYY-MM-DD", "YYYY/MM/DD", "MM/DD/YYYY", "MM/DD/YY"],
  currencySymbol: ["$", "¥", "￥", "€", "£"],
  undoLimit: 0,
};

/** Error values of HyperFormula Excel does not have. */
const ERROR_MAP: Record<string, ExcelValue> = {
  "#CYCLE!": 0, // Excel shows 0 for a circular reference (with a warning)
  "#ERROR!": "#VALUE!",
  "#LIC!": "#VALUE!",
};

export function toExcelValue(v: unknown): ExcelValue {
  if (v === null || v === undefined) return "";
  if (v instanceof DetailedCellError) return ERROR_MAP[v.value] ?? v.value;
  return v as ExcelValue;
}

/** Excel shows 0 where a formula's result is a blank cell (=B1 with B1 empty); HyperFormula gives null. */
function zeroBlankFormulaResults(hf: HyperFormula, sheet: number, clip: Rect, got: unknown[][]): void {
  for (let i = 0; i < got.length; i++) {
    const line = got[i];
    for (let j = 0; j < line.length; j++) {
      if (line[j] === null && hf.doesCellHaveFormula({ sheet, row: clip.row + i, col: clip.col + j })) line[j] = 0;
    }
  }
}

/** Writes at least this big into a workbook with less content go through a rebuild (HyperFormula's faster bulk path). */
const BULK_MIN_CELLS = 20_000;

interface PendingBlock {
  sheet: number;
  row: number;
  col: number;
  block: HfContent[][];
}

export class FormulaEngine {
  hf: HyperFormula;
  readonly customs = new CustomFunctionHost();
  private suspended = false;
  private wroteSinceEvaluation = false;
  private readonly config: Partial<ConfigParams>;
  /** Large writes waiting for a bulk rebuild, in order. */
  private pending: PendingBlock[] = [];
  /** Cells written so far (a rough measure of the content a rebuild would have to re-read). */
  private written = 0;
  /** How many bulk rebuilds happened (for tests). */
  rebuilds = 0;

  constructor(config: Partial<ConfigParams> = {}) {
    this.config = { ...BASE_CONFIG, ...config };
    this.hf = HyperFormula.buildEmpty(this.config);
  }

  // ---- evaluation -------------------------------------------------------------------------------

  /** Queue writes: evaluation waits until the next read. */
  private beginWrite(): void {
    this.flushBulk();
    this.wroteSinceEvaluation = true;
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /** Evaluates what was written and lets array results settle (spills); call before any read. */
  ensureEvaluated(): void {
    this.flushBulk();
    if (this.suspended) {
      this.suspended = false;
      this.hf.resumeEvaluation();
    }
    if (this.wroteSinceEvaluation) {
      this.wroteSinceEvaluation = false;
      this.reconcileSpills();
    }
  }

  /**
   * Makes array results match what their formulas return now: a custom function
   * whose result changed size is re-entered (HyperFormula sizes arrays when it
   * parses), and an array blocked by content (#SPILL!) is re-entered so it spills
   * once the content is gone — as Excel's dynamic arrays do.
   */
  private reconcileSpills(): void {
    const { customs, hf } = this;
    for (const v of [...hf.dependencyGraph.arrayFormulaNodes()]) {
      const address = (v as unknown as { cellAddress: SimpleCellAddress }).cellAddress;
      const value = hf.getCellValue(address);
      if (value instanceof DetailedCellError && value.type === "SPILL") this.reenter(address);
    }
    for (let round = 0; round < 8; round++) {
      const changed: SimpleCellAddress[] = [];
      for (const [key, size] of customs.evaluated) {
        const ann = customs.announced.get(key);
        if (ann && ann.w === size.w && ann.h === size.h) continue;
        const [sheet, row, col] = key.split(":").map(Number);
        changed.push({ sheet, row, col });
      }
      if (changed.length === 0) return;
      for (const a of changed) {
        const key = addressKey(a);
        if (!this.reenter(a)) {
          customs.evaluated.delete(key);
          customs.announced.delete(key);
        }
      }
    }
  }

  private reenter(a: SimpleCellAddress): boolean {
    if (!this.hf.doesSheetExist(this.hf.getSheetName(a.sheet) ?? "")) return false;
    const f = this.hf.getCellFormula(a);
    if (f === undefined) return false;
    this.hf.setCellContents(a, f);
    return true;
  }

  // ---- custom functions -------------------------------------------------------------------------

  registerFunctions(namespace: string, fns: Record<string, CustomFunction>, isError?: ErrorRecognizer): string[] {
    const ids = this.customs.register(namespace, fns, isError);
    const translations: Record<string, string> = {};
    for (const id of this.customs.ids()) translations[id] = id;
    const lang = this.config.language ?? "enGB";
    HyperFormula.getLanguage(lang).extendFunctions(translations);
    this.ensureEvaluated();
    this.config.functionPlugins = [...HyperFormula.getAllFunctionPlugins(), this.customs.pluginClass()];
    this.hf.updateConfig({ functionPlugins: this.config.functionPlugins });
    this.wroteSinceEvaluation = true;
    this.ensureEvaluated();
    return ids;
  }

  // ---- sheets -----------------------------------------------------------------------------------

  addSheet(name: string): number {
    this.flushBulk();
    const added = this.hf.addSheet(name);
    return this.hf.getSheetId(added)!;
  }

  removeSheet(id: number): void {
    this.beginWrite();
    this.hf.removeSheet(id);
  }

  renameSheet(id: number, name: string): void {
    this.flushBulk();
    this.hf.renameSheet(id, name);
  }

  // ---- cells ------------------------------------------------------------------------------------

  /** Writes a block at (row, col); undefined entries are left alone (Excel: null in a 2-D array changes nothing). */
  write(sheet: number, row: number, col: number, block: HfContent[][]): void {
    if (block.length === 0) return;
    const cells = block.length * (block[0]?.length ?? 0);
    if (cells >= BULK_MIN_CELLS && (this.pending.length > 0 || this.written < cells) && this.canRebuild()) {
      this.pending.push({ sheet, row, col, block });
      this.written += cells;
      this.wroteSinceEvaluation = true;
      return;
    }
    this.written += cells;
    this.beginWrite();
    const full = block.every((r) => r.every((v) => v !== undefined));
    if (full) {
      this.hf.setCellContents({ sheet, row, col }, block as RawCellContent[][]);
      return;
    }
    for (let r = 0; r < block.length; r++) {
      const line = block[r];
      let c = 0;
      while (c < line.length) {
        if (line[c] === undefined) {
          c++;
          continue;
        }
        let e = c;
        while (e < line.length && line[e] !== undefined) e++;
        this.hf.setCellContents({ sheet, row: row + r, col: col + c }, [line.slice(c, e) as RawCellContent[]]);
        c = e;
      }
    }
  }

  /** A rebuild needs sheet names that keep their order as object keys (not "2026"). */
  private canRebuild(): boolean {
    return this.hf.getSheetNames().every((n) => !/^(0|[1-9]\d*)$/.test(n));
  }

  /**
   * Applies pending large writes by building a new HyperFormula instance from
   * the current content plus the new blocks (buildFromSheets is about twice as
   * fast as setCellContents for big blocks). Sheet ids are kept: deleted sheets'
   * ids are filled with placeholder sheets removed after the build.
   */
  private flushBulk(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    const old = this.hf;
    if (this.suspended) {
      old.resumeEvaluation();
      this.suspended = false;
    }
    const ids = old.getSheetNames().map((n) => old.getSheetId(n)!);
    const maxId = Math.max(-1, ...ids);
    const sheets: Record<string, RawCellContent[][]> = {};
    const gaps: string[] = [];
    const names: string[] = [];
    for (let id = 0; id <= maxId; id++) {
      const name = old.getSheetName(id);
      if (name === undefined) {
        const g = `__double_gap_${id}__`;
        sheets[g] = [];
        gaps.push(g);
        names.push(g);
        continue;
      }
      sheets[name] = old.getSheetSerialized(id);
      names.push(name);
    }
    for (const p of pending) {
      const grid = sheets[names[p.sheet]];
      for (let i = 0; i < p.block.length; i++) {
        const line = (grid[p.row + i] ??= []);
        const src = p.block[i];
        for (let j = 0; j < src.length; j++) if (src[j] !== undefined) line[p.col + j] = src[j] as RawCellContent;
      }
    }
    for (const grid of Object.values(sheets)) for (let i = 0; i < grid.length; i++) grid[i] ??= [];
    const named = old.getAllNamedExpressionsSerialized();
    const fresh = HyperFormula.buildFromSheets(sheets, this.config, named);
    for (const g of gaps) fresh.removeSheet(fresh.getSheetId(g)!);
    old.destroy();
    this.hf = fresh;
    this.rebuilds++;
    this.wroteSinceEvaluation = true;
    this.reconcileSpills();
    this.wroteSinceEvaluation = false;
  }

  clear(sheet: number, r: Rect): void {
    const clip = this.clip(sheet, r);
    if (!clip) return;
    this.beginWrite();
    const block: RawCellContent[][] = [];
    for (let i = 0; i < clip.rows; i++) block.push(new Array<RawCellContent>(clip.cols).fill(null));
    this.hf.setCellContents({ sheet, row: clip.row, col: clip.col }, block);
  }

  /** The part of `r` inside the sheet's content bounds (HyperFormula's dimensions), null when none. */
  clip(sheet: number, r: Rect): Rect | null {
    const { width, height } = this.dims(sheet);
    const rows = Math.min(r.row + r.rows, height) - r.row;
    const cols = Math.min(r.col + r.cols, width) - r.col;
    if (rows <= 0 || cols <= 0) return null;
    return { row: r.row, col: r.col, rows, cols };
  }

  dims(sheet: number): { width: number; height: number } {
    this.ensureEvaluated();
    return this.hf.getSheetDimensions(sheet);
  }

  /** Raw HyperFormula values of a block (null = empty), clipped to content and padded. */
  private rawValues(sheet: number, r: Rect): unknown[][] {
    this.ensureEvaluated();
    const clip = this.clip(sheet, r);
    const got = clip
      ? this.hf.getRangeValues({
          start: { sheet, row: clip.row, col: clip.col },
          end: { sheet, row: clip.row + clip.rows - 1, col: clip.col + clip.cols - 1 },
        })
      : [];
    if (clip) zeroBlankFormulaResults(this.hf, sheet, clip, got);
    return pad(got, r.rows, r.cols, null);
  }

  values(sheet: number, r: Rect): ExcelValue[][] {
    return this.rawValues(sheet, r).map((row) => row.map(toExcelValue));
  }

  /** Excel's valueTypes: Empty, String, Double, Boolean, Error. */
  valueTypes(sheet: number, r: Rect): string[][] {
    return this.rawValues(sheet, r).map((row) =>
      row.map((v) =>
        v === null || v === undefined
          ? "Empty"
          : v instanceof DetailedCellError
            ? typeof ERROR_MAP[v.value] === "number"
              ? "Double"
              : "Error"
            : typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : "String",
      ),
    );
  }

  /** Excel's formulas: the formula text, or the value for constants and spilled cells. */
  formulas(sheet: number, r: Rect): ExcelValue[][] {
    const values = this.values(sheet, r);
    const clip = this.clip(sheet, r);
    if (!clip) return values;
    const f = this.hf.getRangeFormulas({
      start: { sheet, row: clip.row, col: clip.col },
      end: { sheet, row: clip.row + clip.rows - 1, col: clip.col + clip.cols - 1 },
    });
    for (let i = 0; i < f.length; i++) {
      const line = f[i];
      for (let j = 0; j < line.length; j++) if (line[j] !== undefined) values[i][j] = hfToExcel(line[j]!);
    }
    return values;
  }

  formulaAt(sheet: number, row: number, col: number): string | undefined {
    this.ensureEvaluated();
    const f = this.hf.getCellFormula({ sheet, row, col });
    return f === undefined ? undefined : hfToExcel(f);
  }

  isEmpty(sheet: number, row: number, col: number): boolean {
    this.ensureEvaluated();
    return this.hf.isCellEmpty({ sheet, row, col });
  }

  /** Whether the cell holds a formula, a constant, is part of a spilled array, or is empty. */
  cellKind(sheet: number, row: number, col: number): "formula" | "value" | "spill" | "empty" {
    this.ensureEvaluated();
    const a = { sheet, row, col };
    const t = this.hf.getCellType(a);
    if (t === "FORMULA" || t === "ARRAYFORMULA") return "formula";
    if (t === "ARRAY") return "spill";
    return t === "EMPTY" ? "empty" : "value";
  }

  /** HyperFormula's detailed type of a value (NUMBER_DATE, NUMBER_PERCENT …). */
  detailedType(sheet: number, row: number, col: number): string {
    this.ensureEvaluated();
    return this.hf.getCellValueDetailedType({ sheet, row, col });
  }

  private readonly validity = new Map<string, boolean>();

  /**
   * Does HyperFormula parse this formula? Cached by shape (digits ignored), so
   * =E2-D2 and =E3-D3 are checked once: a column of formulas costs one parse.
   */
  validate(hfFormula: string): boolean {
    const key = hfFormula.replace(/[0-9]+/g, "0");
    let ok = this.validity.get(key);
    if (ok === undefined) {
      ok = this.hf.validateFormula(hfFormula);
      if (this.validity.size > 50_000) this.validity.clear();
      this.validity.set(key, ok);
    }
    return ok;
  }

  /** Evaluates an Excel formula ("=…") in a sheet's context without writing it anywhere. */
  calculate(formula: string, sheet: number): ExcelValue | ExcelValue[][] {
    this.ensureEvaluated();
    const v = this.hf.calculateFormula(excelToHf(formula), sheet);
    if (Array.isArray(v)) return v.map((row) => row.map(toExcelValue));
    return toExcelValue(v);
  }

  // ---- structure --------------------------------------------------------------------------------

  addRows(sheet: number, at: number, count: number): void {
    this.beginWrite();
    this.hf.addRows(sheet, [at, count]);
  }

  removeRows(sheet: number, at: number, count: number): void {
    this.beginWrite();
    this.hf.removeRows(sheet, [at, count]);
  }

  addColumns(sheet: number, at: number, count: number): void {
    this.beginWrite();
    this.hf.addColumns(sheet, [at, count]);
  }

  removeColumns(sheet: number, at: number, count: number): void {
    this.beginWrite();
    this.hf.removeColumns(sheet, [at, count]);
  }

  /** Moves the cells of `src` by (dRows, dCols), references to them following (a cut and paste). */
  move(sheet: number, src: Rect, dRows: number, dCols: number): void {
    const clip = this.clip(sheet, src);
    if (!clip) return;
    this.beginWrite();
    this.hf.moveCells(
      {
        start: { sheet, row: clip.row, col: clip.col },
        end: { sheet, row: clip.row + clip.rows - 1, col: clip.col + clip.cols - 1 },
      },
      { sheet, row: clip.row + dRows, col: clip.col + dCols },
    );
  }

  // ---- names ------------------------------------------------------------------------------------

  addName(name: string, hfExpression: RawCellContent, scope?: number): void {
    this.beginWrite();
    this.hf.addNamedExpression(name, hfExpression, scope);
  }

  changeName(name: string, hfExpression: RawCellContent, scope?: number): void {
    this.beginWrite();
    this.hf.changeNamedExpression(name, hfExpression, scope);
  }

  removeName(name: string, scope?: number): void {
    this.beginWrite();
    this.hf.removeNamedExpression(name, scope);
  }

  nameFormula(name: string, scope?: number): string | undefined {
    this.ensureEvaluated();
    const f = this.hf.getNamedExpressionFormula(name, scope);
    if (f !== undefined) return hfToExcel(f);
    const e = this.hf.getNamedExpression(name, scope);
    return e === undefined ? undefined : String(e.expression);
  }

  nameValue(name: string, scope?: number): unknown {
    this.ensureEvaluated();
    return this.hf.getNamedExpressionValue(name, scope);
  }

  listNames(scope?: number): string[] {
    return this.hf.listNamedExpressions(scope);
  }
}

function pad<T>(got: T[][], rows: number, cols: number, fill: T): T[][] {
  const out: T[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const src = got[i];
    if (src && src.length === cols) out[i] = src;
    else {
      const row = new Array<T>(cols);
      for (let j = 0; j < cols; j++) row[j] = src && j < src.length ? src[j] : fill;
      out[i] = row;
    }
  }
  return out;
}
