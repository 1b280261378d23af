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
  readonly type: ColumnType;
  /** Index of the column in the grid's rows. */
  readonly index: number;
  /** 0-based worksheet column. */
  readonly col: number;
  readonly sheetPrefix: string;
}

/** A data row of the grid, shared by the row's cells. The grid must not change while its read is in use. */
export interface GridLine {
  /** 0-based worksheet row. */
  readonly row: number;
  readonly values: readonly unknown[];
  /** The row's formulas, when they were read. */
  readonly formulas: readonly unknown[] | undefined;
}

/**
 * A ReadCell that holds only its value and works out the rest when asked: a
 * 10,000-row check reads half a million cells but reports a few thousand, so
 * holding addresses, the raw value and the state per cell cost most of the
 * memory (and the garbage collector's time). The raw value and formula are
 * looked up in the grid row, the state follows from the value, and the
 * column's place is shared by all its cells.
 */
export class SheetCell<T> implements ReadCell<T> {
  constructor(
    private readonly at: ColumnPlace,
    private readonly line: GridLine,
    readonly value: T | null,
  ) {}

  get row(): number {
    return this.line.row;
  }

  get col(): number {
    return this.at.col;
  }

  get raw(): unknown {
    return this.line.values[this.at.index];
  }

  get formula(): string | null {
    return formulaOf(this.line.formulas?.[this.at.index]);
  }

  get state(): CellState {
    return stateOf(this.at.type, this.raw, this.value);
  }

  get cell(): string {
    return cellA1(this.line.row, this.at.col);
  }

  get address(): string {
    return this.at.sheetPrefix + this.cell;
  }
}

/**
 * The state readCellValue gives a cell, from its value: a computed cell holds
 * whatever it shows; any other cell has a value exactly when it is neither
 * blank nor invalid.
 */
function stateOf(type: ColumnType, raw: unknown, value: unknown): CellState {
  if (type === "computed") return isBlankCell(raw) ? "blank" : "value";
  if (value !== null) return "value";
  return isBlankCell(raw) ? "blank" : "invalid";
}

/** Splits a link cell: one id usually, several when people list them (S1、S2 / S1, S2). */
export function splitIds(raw: unknown): string[] {
  if (isBlankCell(raw)) return [];
  // Most link cells hold one plain id (G12): nothing for NFKC, the split or trim to change.
  if (typeof raw === "string" && ONE_PLAIN_ID.test(raw)) return [raw];
  return String(raw)
    .normalize("NFKC")
    .split(/[,;、/\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Printable ASCII without spaces or the separators , ; / */
const ONE_PLAIN_ID = /^[\x21-\x2b\x2d-\x2e\x30-\x3a\x3c-\x7e]+$/;

/**
 * Date text as ISO text, or null when it is no date. Start and due dates
 * repeat across rows, so recent answers are remembered (within bounds).
 */
function isoDateOfText(text: string): string | null {
  let iso = DATE_TEXTS.get(text);
  if (iso === undefined) {
    const d = dateFromCell(text);
    iso = d ? formatIsoDate(d) : null;
    if (DATE_TEXTS.size >= MAX_DATE_TEXTS) DATE_TEXTS.clear();
    DATE_TEXTS.set(text, iso);
  }
  return iso;
}

const DATE_TEXTS = new Map<string, string | null>();
const MAX_DATE_TEXTS = 4096;

/** Reads a raw cell as its column's type: { state, value }. */
export function readCellValue(def: ColumnDef, raw: unknown): { state: CellState; value: CellValue | null } {
  if (def.type === "computed") return { state: isBlankCell(raw) ? "blank" : "value", value: raw };
  if (isBlankCell(raw)) return { state: "blank", value: null };
  switch (def.type) {
    case "text":
      return { state: "value", value: String(raw).trim() };
    case "number": {
      // Office hands most amounts over as numbers: no text to parse.
      if (typeof raw === "number")
        return Number.isFinite(raw) ? { state: "value", value: raw } : { state: "invalid", value: null };
      const n = readNumberCell(raw, def.numberKind ?? "metric");
      return n.kind === "number" ? { state: "value", value: n.value } : { state: n.kind, value: null };
    }
    case "date": {
      if (typeof raw === "string") {
        const iso = isoDateOfText(raw);
        return iso === null ? { state: "invalid", value: null } : { state: "value", value: iso };
      }
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
