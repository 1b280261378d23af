import { cellA1 } from "../address/a1";
import { formatIsoDate } from "../dates/calendar-date";
import { dateFromCell } from "../dates/excel-serial";
import type { ColumnDef, ColumnType } from "../schema/column";
import { findListItem } from "../schema/lists";
import { readNumberCell } from "./cell-number";
import { isBlankCell, isFormula } from "./grid";

export type CellState = "value" | "blank" | "invalid";

/** What a column type reads as: dates as ISO text (2026-01-10), list entries as their keys, links as ids. */
export type CellValueOf<T extends ColumnType> = T extends "number"
  ? number
  : T extends "ref"
    ? readonly string[]
    : T extends "computed"
      ? unknown
      : string;

/** One cell of a row as read, with where it is so every finding can point at it. */
export interface ReadCell<T> {
  /** 0-based worksheet row and column. */
  readonly row: number;
  readonly col: number;
  /** E7 */
  readonly cell: string;
  /** 预算分配!E7 */
  readonly address: string;
  /** The value as Office returned it. */
  readonly raw: unknown;
  /** The formula text when the cell holds one ("=…"), else null; null too when formulas were not read. */
  readonly formula: string | null;
  /** "invalid": something is typed but it is not a value of the column's type (reported, never guessed). */
  readonly state: CellState;
  readonly value: T | null;
}

export type CellValue = string | number | readonly string[] | unknown;

/** What every cell of one column shares: where the column stands and the sheet's address prefix (预算分配!). */
export interface ColumnPlace {
  /** 0-based worksheet column. */
  readonly col: number;
  readonly sheetPrefix: string;
}

/**
 * A ReadCell that works out its addresses only when asked: a 10,000-row check
 * reads half a million cells but reports a few thousand, so holding an E7 and
 * a 预算分配!E7 string per cell cost most of the memory. The column's place is
 * shared by the column's cells, keeping each cell small.
 */
export class SheetCell<T> implements ReadCell<T> {
  constructor(
    private readonly at: ColumnPlace,
    readonly row: number,
    readonly raw: unknown,
    readonly formula: string | null,
    readonly state: CellState,
    readonly value: T | null,
  ) {}

  get col(): number {
    return this.at.col;
  }

  get cell(): string {
    return cellA1(this.row, this.at.col);
  }

  get address(): string {
    return this.at.sheetPrefix + this.cell;
  }
}

/** Splits a link cell: one id usually, several when people list them (S1、S2 / S1, S2). */
export function splitIds(raw: unknown): string[] {
  if (isBlankCell(raw)) return [];
  return String(raw)
    .normalize("NFKC")
    .split(/[,;、/\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Reads a raw cell as its column's type: { state, value }. */
export function readCellValue(def: ColumnDef, raw: unknown): { state: CellState; value: CellValue | null } {
  if (def.type === "computed") return { state: isBlankCell(raw) ? "blank" : "value", value: raw };
  if (isBlankCell(raw)) return { state: "blank", value: null };
  switch (def.type) {
    case "text":
      return { state: "value", value: String(raw).trim() };
    case "number": {
      // Office hands most amounts over as numbers: no text to parse.
      if (typeof raw === "number") return Number.isFinite(raw) ? { state: "value", value: raw } : { state: "invalid", value: null };
      const n = readNumberCell(raw, def.numberKind ?? "metric");
      return n.kind === "number" ? { state: "value", value: n.value } : { state: n.kind, value: null };
    }
    case "date": {
      const d = dateFromCell(raw);
      return d ? { state: "value", value: formatIsoDate(d) } : { state: "invalid", value: null };
    }
    case "list": {
      const item = findListItem(def.list ?? [], raw);
      return item ? { state: "value", value: item.key } : { state: "invalid", value: null };
    }
    case "ref":
      return { state: "value", value: splitIds(raw) };
  }
}

export function formulaOf(formula: unknown): string | null {
  return isFormula(formula) ? formula : null;
}
