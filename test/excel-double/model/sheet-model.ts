/**
 * A worksheet's state outside the formula engine: cell formats (number format,
 * fill, font, alignment, wrap), column widths and row heights, data validations,
 * conditional formats, frozen panes. Cell contents live in HyperFormula.
 */
import type { ChartModel } from "./charts";
import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  type Shift,
  intersect,
  isEntireColumn,
  isEntireRow,
  lastCol,
  lastRow,
  shiftRect,
  subtract,
  boundingRect,
} from "./rect";

/** Format properties by their API path: "numberFormat", "fill.color", "font.bold", "wrapText" … */
export type Formats = Record<string, unknown>;

export const FORMAT_DEFAULTS: Formats = {
  numberFormat: "General",
  "fill.color": "#FFFFFF",
  "fill.pattern": "None",
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.name": "Calibri",
  "font.size": 11,
  "font.underline": "None",
  "font.strikethrough": false,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  indentLevel: 0,
  "protection.locked": true,
  "protection.formulaHidden": false,
};

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface ValidationEntry {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatEntry {
  id: string;
  rect: Rect;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  /** Rule and format by API path under the type's object: "custom.rule.formula", "custom.format.fill.color" … */
  data: Record<string, unknown>;
}

export class SheetModel {
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  cellFmt: (Formats | undefined)[][] = [];
  rowFmt: (Formats | undefined)[] = [];
  colFmt: (Formats | undefined)[] = [];
  colWidths: (number | undefined)[] = [];
  rowHeights: (number | undefined)[] = [];
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalFormatEntry[] = [];
  freeze = { rows: 0, cols: 0 };
  charts: ChartModel[] = [];

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  // ---- formats ----------------------------------------------------------------------------------

  format(row: number, col: number, key: string): unknown {
    const v = this.cellFmt[row]?.[col]?.[key] ?? this.rowFmt[row]?.[key] ?? this.colFmt[col]?.[key];
    return v ?? FORMAT_DEFAULTS[key];
  }

  numberFormat(row: number, col: number): string {
    return this.format(row, col, "numberFormat") as string;
  }

  /** Sets one format property on every cell of `r` (whole columns/rows at column/row level, as Excel stores them). */
  setFormat(r: Rect, key: string, value: unknown): void {
    if (isEntireColumn(r) || isEntireRow(r)) {
      const cols = isEntireColumn(r);
      const rows = isEntireRow(r);
      if (cols) for (let c = r.col; c <= lastCol(r); c++) (this.colFmt[c] ??= {})[key] = value;
      if (rows && !cols) for (let i = r.row; i <= lastRow(r); i++) (this.rowFmt[i] ??= {})[key] = value;
      if (rows && cols) for (let i = 0; i < this.rowFmt.length; i++) if (this.rowFmt[i]) delete this.rowFmt[i]![key];
      const rEnd = Math.min(lastRow(r), this.cellFmt.length - 1);
      for (let i = r.row; i <= rEnd; i++) {
        const line = this.cellFmt[i];
        if (!line) continue;
        const cEnd = Math.min(lastCol(r), line.length - 1);
        for (let c = r.col; c <= cEnd; c++) if (line[c]) delete line[c]![key];
      }
      return;
    }
    for (let i = r.row; i <= lastRow(r); i++) {
      const line = (this.cellFmt[i] ??= []);
      for (let c = r.col; c <= lastCol(r); c++) (line[c] ??= {})[key] = value;
    }
  }

  /** One property for a block of cells (rows × cols). */
  formatGrid(r: Rect, key: string): unknown[][] {
    const out: unknown[][] = new Array(r.rows);
    for (let i = 0; i < r.rows; i++) {
      const row = new Array<unknown>(r.cols);
      for (let j = 0; j < r.cols; j++) row[j] = this.format(r.row + i, r.col + j, key);
      out[i] = row;
    }
    return out;
  }

  /** The value every cell of `r` has for `key`, or null when they differ (Excel's answer for mixed formats). */
  commonFormat(r: Rect, key: string): unknown {
    const rEnd = Math.min(lastRow(r), Math.max(this.cellFmt.length, this.rowFmt.length));
    const cEnd = Math.min(lastCol(r), Math.max(this.colFmt.length, this.widestRow()));
    let first: unknown = undefined;
    let seen = false;
    const see = (v: unknown): boolean => {
      if (!seen) {
        first = v;
        seen = true;
        return true;
      }
      return v === first;
    };
    for (let i = r.row; i <= rEnd; i++)
      for (let c = r.col; c <= cEnd; c++) if (!see(this.format(i, c, key))) return null;
    // cells beyond the stored ones: their column's (or row's) format
    if (lastRow(r) > rEnd)
      for (let c = r.col; c <= Math.min(lastCol(r), cEnd + 1); c++)
        if (!see(this.format(MAX_ROWS - 1, c, key))) return null;
    if (lastCol(r) > cEnd)
      for (let i = r.row; i <= Math.min(lastRow(r), rEnd + 1); i++)
        if (!see(this.format(i, MAX_COLS - 1, key))) return null;
    return seen ? first : FORMAT_DEFAULTS[key];
  }

  /** Columns used by cell-level formats. */
  private widestRow(): number {
    let w = 0;
    for (const line of this.cellFmt) if (line && line.length > w) w = line.length;
    return w;
  }

  clearFormats(r: Rect): void {
    if (isEntireColumn(r)) for (let c = r.col; c <= lastCol(r); c++) this.colFmt[c] = undefined;
    if (isEntireRow(r)) for (let i = r.row; i <= lastRow(r); i++) this.rowFmt[i] = undefined;
    const rEnd = Math.min(lastRow(r), this.cellFmt.length - 1);
    for (let i = r.row; i <= rEnd; i++) {
      const line = this.cellFmt[i];
      if (!line) continue;
      const cEnd = Math.min(lastCol(r), line.length - 1);
      for (let c = r.col; c <= cEnd; c++) line[c] = undefined;
    }
  }

  /** Bounding box of cells with an explicit format, for the used range. */
  formatBounds(): Rect | null {
    let box: Rect | null = null;
    for (let i = 0; i < this.cellFmt.length; i++) {
      const line = this.cellFmt[i];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const f = line[c];
        if (f && Object.keys(f).length > 0) {
          const cell = { row: i, col: c, rows: 1, cols: 1 };
          box = box ? boundingRect(box, cell) : cell;
        }
      }
    }
    return box;
  }

  columnWidth(col: number): number {
    return this.colWidths[col] ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights[row] ?? DEFAULT_ROW_HEIGHT;
  }

  // ---- validations ------------------------------------------------------------------------------

  setValidation(r: Rect, patch: Partial<Omit<ValidationEntry, "rect">>): void {
    const existing = this.validations.filter((v) => intersect(v.rect, r));
    const base: ValidationEntry = existing[0] ? { ...existing[0], rect: r } : { rect: r, rule: {}, ignoreBlanks: true };
    this.clearValidation(r);
    this.validations.push({ ...base, ...patch, rect: r });
  }

  clearValidation(r: Rect): void {
    const out: ValidationEntry[] = [];
    for (const v of this.validations) for (const piece of subtract(v.rect, r)) out.push({ ...v, rect: piece });
    this.validations = out;
  }

  /** The entries covering `r`: one entry covering all of it, or a description of the mix. */
  validationAt(r: Rect): { entry?: ValidationEntry; mixed: boolean; partial: boolean } {
    const hits = this.validations.filter((v) => intersect(v.rect, r));
    if (hits.length === 0) return { mixed: false, partial: false };
    const sameRule = hits.every((h) => JSON.stringify(h.rule) === JSON.stringify(hits[0].rule));
    let covered = 0;
    for (const h of hits) covered += intersect(h.rect, r)!.rows * intersect(h.rect, r)!.cols;
    return { entry: hits[0], mixed: !sameRule, partial: covered < r.rows * r.cols };
  }

  // ---- structure --------------------------------------------------------------------------------

  /**
   * Moves formats, sizes, validations and conditional formats with a row/column
   * insert or delete. Inserted cells take the format of the cells before them
   * (Excel's default "format same as above / left").
   */
  applyShift(s: Shift): void {
    const whole = s.bandStart === 0 && s.bandEnd === (s.axis === "row" ? MAX_COLS - 1 : MAX_ROWS - 1);
    if (s.axis === "row") {
      if (whole) {
        spliceArray(this.cellFmt, s.at, s.count, () =>
          s.at > 0 ? this.cellFmt[s.at - 1]?.map((f) => (f ? { ...f } : f)) : undefined,
        );
        spliceArray(this.rowFmt, s.at, s.count, () =>
          s.at > 0 && this.rowFmt[s.at - 1] ? { ...this.rowFmt[s.at - 1] } : undefined,
        );
        spliceArray(this.rowHeights, s.at, s.count, () => (s.at > 0 ? this.rowHeights[s.at - 1] : undefined));
      } else this.shiftBandRows(s);
    } else if (whole) {
      for (let i = 0; i < this.cellFmt.length; i++) {
        const line = this.cellFmt[i];
        if (line)
          spliceArray(line, s.at, s.count, () => (s.at > 0 && line[s.at - 1] ? { ...line[s.at - 1] } : undefined));
      }
      spliceArray(this.colFmt, s.at, s.count, () =>
        s.at > 0 && this.colFmt[s.at - 1] ? { ...this.colFmt[s.at - 1] } : undefined,
      );
      spliceArray(this.colWidths, s.at, s.count, () => (s.at > 0 ? this.colWidths[s.at - 1] : undefined));
    } else this.shiftBandCols(s);
    this.validations = this.validations.flatMap((v) => shiftRect(v.rect, s).map((rect) => ({ ...v, rect })));
    this.conditionalFormats = this.conditionalFormats.flatMap((cf, k) =>
      shiftRect(cf.rect, s).map((rect, j) => ({ ...cf, rect, id: j === 0 ? cf.id : `${cf.id}-${k}-${j}` })),
    );
  }

  private shiftBandRows(s: Shift): void {
    const height = this.cellFmt.length;
    const get = (r: number, c: number): Formats | undefined => this.cellFmt[r]?.[c];
    const set = (r: number, c: number, f: Formats | undefined): void => {
      if (f === undefined && !this.cellFmt[r]) return;
      (this.cellFmt[r] ??= [])[c] = f;
    };
    const width = this.widestRow();
    for (let c = s.bandStart; c <= s.bandEnd && c < width; c++) {
      if (s.count > 0) {
        for (let r = height - 1; r >= s.at; r--) set(r + s.count, c, get(r, c));
        const from = s.at > 0 ? get(s.at - 1, c) : undefined;
        for (let r = s.at; r < s.at + s.count; r++) set(r, c, from ? { ...from } : undefined);
      } else {
        const n = -s.count;
        for (let r = s.at; r < height; r++) set(r, c, get(r + n, c));
      }
    }
  }

  private shiftBandCols(s: Shift): void {
    for (let r = s.bandStart; r <= s.bandEnd && r < this.cellFmt.length; r++) {
      const line = this.cellFmt[r];
      if (!line) continue;
      if (s.count > 0) {
        const from = s.at > 0 ? line[s.at - 1] : undefined;
        line.splice(
          s.at,
          0,
          ...new Array<Formats | undefined>(s.count).fill(undefined).map(() => (from ? { ...from } : undefined)),
        );
      } else line.splice(s.at, -s.count);
    }
  }
}

/** Inserts (count > 0) or deletes (count < 0) entries at `at` of a possibly sparse array. */
function spliceArray<T>(arr: T[], at: number, count: number, fill: (i: number) => T): void {
  if (at >= arr.length) return;
  if (count < 0) {
    arr.splice(at, -count);
    return;
  }
  const old = arr.length;
  arr.length = old + count;
  for (let i = old - 1; i >= at; i--) arr[i + count] = arr[i];
  for (let i = 0; i < count; i++) arr[at + i] = fill(i);
}
