/**
 * A guarded .xlsx / .xlsm as plain cells: every worksheet's values (formula
 * cells give their cached result) and formulas ("=…" text; other cells their
 * value), 0-based from A1, plus the workbook names that point at one cell.
 * ExcelJS does the parsing; this file only flattens its cell values.
 */
import ExcelJS from "exceljs";
import { DEFAULT_CAPS, fail, FileError, type FileCaps } from "./caps";
import { guardWorkbook } from "./guard";

export interface SheetCells {
  readonly name: string;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
}

export interface NamedCell {
  readonly sheetName: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
}

export interface WorkbookCells {
  readonly sheets: readonly SheetCells[];
  readonly names: ReadonlyMap<string, NamedCell>;
}

const DAY_MS = 86_400_000;

/** Excel serials, the way Office hands dates to the domain (ExcelJS gives Date objects in UTC). */
function serialOf(date: Date, date1904: boolean): number {
  return date.getTime() / DAY_MS + (date1904 ? 24107 : 25569);
}

type Plain = string | number | boolean | null;

function plainValue(v: unknown, date1904: boolean): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : serialOf(v, date1904);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof o.error === "string") return o.error;
    if ("text" in o && "hyperlink" in o) return plainValue(o.text, date1904);
    if ("formula" in o || "sharedFormula" in o) return plainValue(o.result, date1904);
  }
  return String(v);
}

function sheetCells(ws: ExcelJS.Worksheet, date1904: boolean): SheetCells {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vs: unknown[] = new Array(width).fill(null);
    const fs: unknown[] = new Array(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = plainValue(cell.value, date1904);
      vs[colNumber - 1] = value;
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      fs[colNumber - 1] = isFormula ? `=${cell.formula ?? ""}` : value;
    });
    for (let r = values.length; r < rowNumber - 1; r++) {
      values.push([]);
      formulas.push([]);
    }
    values.push(vs);
    formulas.push(fs);
  });
  return { name: ws.name, values, formulas };
}

/** `'Plan Settings'!$B$2` → sheet and 0-based cell; undefined for anything but one cell. */
function singleCell(range: string): { sheetName: string; row: number; col: number } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(range.trim());
  if (!m) return undefined;
  const letters = m[3];
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheetName: (m[1] ?? m[2]).replace(/''/g, "'"), row: Number(m[4]) - 1, col: col - 1 };
}

function namedCells(wb: ExcelJS.Workbook, sheets: readonly SheetCells[]): Map<string, NamedCell> {
  const names = new Map<string, NamedCell>();
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    if (ranges.length !== 1) continue;
    const at = singleCell(ranges[0]);
    const sheet = at && sheets.find((s) => s.name === at.sheetName);
    if (!at || !sheet) continue;
    names.set(name, { ...at, value: sheet.values[at.row]?.[at.col] ?? null });
  }
  return names;
}

/** Guards the bytes, then loads them. Every refusal is a FileError; nothing else escapes. */
export async function readWorkbookCells(
  bytes: Uint8Array,
  fileName: string,
  caps: FileCaps = DEFAULT_CAPS,
): Promise<WorkbookCells> {
  await guardWorkbook(bytes, fileName, caps);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    if (e instanceof FileError) throw e;
    fail({ code: "corrupt", detail: (e instanceof Error ? e.message : String(e)).split("\n")[0] });
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const sheets = wb.worksheets.map((ws) => sheetCells(ws, date1904));
  return { sheets, names: namedCells(wb, sheets) };
}
