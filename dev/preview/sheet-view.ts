/**
 * What the preview grid draws for one worksheet of the double: the cells'
 * shown text (through their number formats), formulas, formats, table styling
 * (TableStyleMedium2, as Excel draws the plan tables), the conditional formats
 * the Excel layer adds (text-contains and custom rules), column widths, frozen
 * rows and the selection. Read straight from the double's model: no Office
 * API round trips, not counted in its stats.
 */
import { cellA1, columnLetters, quoteSheetName, rectA1 } from "../../test/excel-double/address";
import type { ExcelDouble } from "../../test/excel-double";

type State = ExcelDouble["workbookState"];
type Model = State["model"];
type Sheet = NonNullable<ReturnType<Model["sheetByName"]>>;

export interface CellView {
  /** A1 on its sheet. */
  a1: string;
  text: string;
  /** "=…" for a formula cell, else undefined. */
  formula?: string;
  /** What the formula bar shows and F2 edits: the formula, or the constant as typed. */
  input: string;
  kind: "empty" | "number" | "text" | "boolean" | "error";
  style: {
    background?: string;
    color?: string;
    bold?: boolean;
    italic?: boolean;
    align?: "left" | "center" | "right";
    wrap?: boolean;
  };
}

export interface SheetView {
  name: string;
  /** Rows and columns drawn (from A1). */
  rows: number;
  cols: number;
  /** Column widths in CSS pixels. */
  widths: number[];
  frozenRows: number;
  cells: CellView[][];
  /** The selection when it is on this sheet (0-based), else null. */
  selection: { row: number; col: number; rows: number; cols: number } | null;
  /** "预算分配!E7" — the whole selection. */
  selectionAddress: string | null;
  /** More rows or columns than drawn exist. */
  truncated: boolean;
}

const MIN_ROWS = 30;
const MIN_COLS = 12;
const MAX_ROWS = 400;
const MAX_COLS = 40;
const EXTRA_ROWS = 8;
const EXTRA_COLS = 2;

/** Excel's TableStyleMedium2 (the style the add-in gives its tables). */
const TABLE_HEADER = { background: "#4472C4", color: "#FFFFFF", bold: true };
const TABLE_BAND = "#D9E1F2";
const DEFAULT_FILL = "#FFFFFF";
const DEFAULT_FONT = "#000000";

export function sheetOf(state: State, name: string): Sheet {
  const s = state.model.sheetByName(name);
  if (!s) throw new Error(`no worksheet ${name}`);
  return s;
}

/** Excel column widths are points; a CSS pixel is 3/4 of a point. */
const px = (points: number): number => Math.max(24, Math.round((points * 4) / 3));

function kindOf(type: string): CellView["kind"] {
  switch (type) {
    case "Double":
      return "number";
    case "String":
      return "text";
    case "Boolean":
      return "boolean";
    case "Error":
      return "error";
    default:
      return "empty";
  }
}

function alignOf(setting: unknown, kind: CellView["kind"]): CellView["style"]["align"] {
  switch (setting) {
    case "Left":
      return "left";
    case "Center":
    case "CenterAcrossSelection":
      return "center";
    case "Right":
      return "right";
    default:
      // General: numbers right, booleans and errors centred, text left (as Excel draws them).
      return kind === "number" ? "right" : kind === "boolean" || kind === "error" ? "center" : "left";
  }
}

interface Highlight {
  fill?: string;
  font?: string;
}

/** The conditional formats that apply to a cell now, first (highest priority) wins each property. */
function conditionalHighlight(
  state: State,
  sheet: Sheet,
  row: number,
  col: number,
  text: string,
): Highlight | undefined {
  const entries = sheet.conditionalFormats.filter(
    (e) => row >= e.rect.row && row < e.rect.row + e.rect.rows && col >= e.rect.col && col < e.rect.col + e.rect.cols,
  );
  if (entries.length === 0) return undefined;
  const out: Highlight = {};
  for (const e of [...entries].sort((a, b) => a.priority - b.priority)) {
    let applies = false;
    let prefix = "";
    if (e.type === "ContainsText") {
      const rule = e.data["textComparison.rule"] as { operator?: string; text?: string } | undefined;
      const needle = String(rule?.text ?? "").toLowerCase();
      const hay = text.toLowerCase();
      const op = rule?.operator ?? "Contains";
      applies =
        needle !== "" &&
        (op === "Contains"
          ? hay.includes(needle)
          : op === "NotContains"
            ? !hay.includes(needle)
            : op === "BeginsWith"
              ? hay.startsWith(needle)
              : op === "EndsWith"
                ? hay.endsWith(needle)
                : false);
      prefix = "textComparison.format.";
    } else if (e.type === "Custom") {
      // The double evaluates custom rules itself (relative to the cell).
      const formats = state.conditionalFormatsAt(sheet.name, cellA1(row, col));
      if (formats.length > 0) {
        out.fill ??= formats.find((f) => f["fill.color"])?.["fill.color"] as string | undefined;
        out.font ??= formats.find((f) => f["font.color"])?.["font.color"] as string | undefined;
      }
      continue;
    }
    if (!applies) continue;
    out.fill ??= e.data[`${prefix}fill.color`] as string | undefined;
    out.font ??= e.data[`${prefix}font.color`] as string | undefined;
    if (e.stopIfTrue) break;
  }
  return out.fill || out.font ? out : undefined;
}

export function sheetView(state: State, name: string): SheetView {
  const model = state.model;
  const sheet = sheetOf(state, name);
  const used = model.usedRange(sheet.id, true);
  const sel = model.selection.sheetId === sheet.id ? model.selection.rect : null;
  // Whole rows/columns selected: draw the top-left corner only.
  const selEndRow = sel ? Math.min(sel.row + sel.rows, sel.row + 1 + MAX_ROWS) : 0;
  const selEndCol = sel ? Math.min(sel.col + sel.cols, sel.col + 1 + MAX_COLS) : 0;
  const tables = model.tables.onSheet(sheet.id).map((t) => t.rect);
  const tableEndRow = Math.max(0, ...tables.map((r) => r.row + r.rows));
  const tableEndCol = Math.max(0, ...tables.map((r) => r.col + r.cols));
  const wantRows = Math.max(
    MIN_ROWS,
    (used ? used.row + used.rows : 0) + EXTRA_ROWS,
    selEndRow + EXTRA_ROWS,
    tableEndRow + EXTRA_ROWS,
  );
  const wantCols = Math.max(
    MIN_COLS,
    (used ? used.col + used.cols : 0) + EXTRA_COLS,
    selEndCol + EXTRA_COLS,
    tableEndCol + EXTRA_COLS,
  );
  const rows = Math.min(MAX_ROWS, wantRows);
  const cols = Math.min(MAX_COLS, wantCols);
  const rect = { row: 0, col: 0, rows, cols };

  const values = model.values(sheet.id, rect);
  const formulas = model.formulas(sheet.id, rect);
  const types = model.valueTypes(sheet.id, rect);
  const texts = model.text(sheet.id, rect);

  const cells: CellView[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellView[] = [];
    for (let c = 0; c < cols; c++) {
      const f = formulas[r][c];
      const formula = typeof f === "string" && f.startsWith("=") ? f : undefined;
      const kind = kindOf(types[r][c]);
      const value = values[r][c];
      const fill = sheet.format(r, c, "fill.color") as string;
      const font = sheet.format(r, c, "font.color") as string;
      const style: CellView["style"] = {
        background: fill && fill.toUpperCase() !== DEFAULT_FILL ? fill : undefined,
        color: font && font.toUpperCase() !== DEFAULT_FONT ? font : undefined,
        bold: sheet.format(r, c, "font.bold") === true || undefined,
        italic: sheet.format(r, c, "font.italic") === true || undefined,
        align: alignOf(sheet.format(r, c, "horizontalAlignment"), kind),
        wrap: sheet.format(r, c, "wrapText") === true || undefined,
      };
      const table = tables.find((t) => r >= t.row && r < t.row + t.rows && c >= t.col && c < t.col + t.cols);
      if (table) {
        // A cell's own format wins over the table style, as in Excel.
        if (r === table.row) {
          style.background ??= TABLE_HEADER.background;
          style.color ??= TABLE_HEADER.color;
          style.bold ??= TABLE_HEADER.bold;
        } else if ((r - table.row) % 2 === 1) {
          style.background ??= TABLE_BAND;
        }
      }
      const text = texts[r][c];
      const cf = conditionalHighlight(state, sheet, r, c, String(value ?? ""));
      if (cf?.fill) style.background = cf.fill;
      if (cf?.font) style.color = cf.font;
      line.push({
        a1: cellA1(r, c),
        text,
        formula,
        input: formula ?? (kind === "empty" ? "" : inputOf(value, text, sheet.numberFormat(r, c))),
        kind,
        style,
      });
    }
    cells.push(line);
  }

  const widths = Array.from({ length: cols }, (_, c) => px(sheet.columnWidth(c)));
  return {
    name: sheet.name,
    rows,
    cols,
    widths,
    frozenRows: Math.min(sheet.freeze.rows, rows),
    cells,
    selection: sel,
    selectionAddress: sel ? `${quoteSheetName(sheet.name)}!${rectA1(sel)}` : null,
    truncated: wantRows > rows || wantCols > cols,
  };
}

/** A constant as a person would type it again: percentages as 10%, everything else as its plain value. */
function inputOf(value: unknown, text: string, numberFormat: string): string {
  if (typeof value === "number" && /%/.test(numberFormat)) return `${Number((value * 100).toPrecision(12))}%`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  return typeof value === "string" ? value : text;
}

export { columnLetters, cellA1 };
