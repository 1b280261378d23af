import { cellA1, sheetPrefix } from "../address/a1";
import { finding, type Finding, type FindingPlace } from "../findings/finding";
import type { ColumnDef } from "../schema/column";
import { sheetColumns, type ColumnKey } from "../schema/sheets";
import type { PlanSheetKey } from "../schema/sheet-keys";
import { isBlankCell } from "./grid";
import type { SheetGrid } from "./grid";
import { matchHeaders, type HeaderMatch } from "./header-map";
import { formulaOf, readCellValue, SheetCell, type ColumnPlace, type GridLine, type ReadCell } from "./read-cell";
import type { SheetRow } from "./rows";
import { isRatioText, readTypedNumber } from "../values/typed-number";
import { isRoiMetric } from "../check/roi-metric";

export interface SheetRead<S extends PlanSheetKey> {
  readonly sheet: S;
  readonly sheetName: string;
  /** 0-based worksheet row of the header. */
  readonly headerRow: number;
  /** 0-based worksheet column of the grid's first column. */
  readonly firstCol: number;
  /** Number of grid columns (the table's width). */
  readonly width: number;
  /** Worksheet column (0-based) of each schema column found on the sheet. */
  readonly columns: Partial<Record<ColumnKey<S>, number>>;
  /** Non-blank data rows, top to bottom. */
  readonly rows: readonly SheetRow<S>[];
  readonly findings: readonly Finding[];
  /** Whether formulas were read, i.e. whether computed cells could be checked. */
  readonly formulasRead: boolean;
}

/**
 * Reads a plan sheet from plain grids. Columns are found by header, blank rows
 * skipped with addresses kept true, every cell read without guessing; what
 * cannot be read is a finding with its address.
 */
export function readSheet<S extends PlanSheetKey>(sheet: S, grid: SheetGrid): SheetRead<S> {
  const defs = sheetColumns(sheet);
  const origin = grid.origin ?? { row: 0, col: 0 };
  const header = grid.values[0] ?? [];
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const findings: Finding[] = [];
  const place = (gridRow: number, gridCol: number, toCol?: number): FindingPlace => ({
    sheet,
    sheetName: grid.sheetName,
    row: origin.row + gridRow,
    col: origin.col + gridCol,
    toCol: toCol === undefined ? undefined : origin.col + toCol,
  });
  const headerRange = place(0, 0, Math.max(0, width - 1));

  const match = matchHeaders(header, defs);
  for (const repeat of match.repeats) {
    const first = match.columns.get(repeat.key)!;
    findings.push(
      finding("duplicateColumn", place(0, repeat.index), {
        column: repeat.key,
        first: cellA1(origin.row, origin.col + first),
      }),
    );
  }
  for (const def of defs) {
    if (match.columns.has(def.key)) continue;
    if (def.type === "computed") findings.push(finding("computedColumnMissing", headerRange, { column: def.key }));
    else if (def.required) findings.push(finding("columnMissing", headerRange, { column: def.key }));
  }

  const formulasRead = grid.formulas !== undefined;
  const columns = readColumns(defs, match, origin.col, sheetPrefix(grid.sheetName));
  // A row counts when a person typed something into one of its input cells;
  // computed cells of an empty table row still show formula results.
  const inputIndexes = columns.filter((c) => c.def.type !== "computed").map((c) => c.index);
  const formulaInputs = new Set(defs.flatMap((d) => d.computed?.inputs ?? []));
  const rows: SheetRow<S>[] = [];

  for (let r = 1; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    if (inputIndexes.every((i) => isBlankCell(values[i]))) continue;
    const row = origin.row + r;
    const line: GridLine = { row, values, formulas: grid.formulas?.[r] };
    const cells: Record<string, ReadCell<unknown>> = {};
    let problems: { column: ReadColumn; problem: CellProblem }[] | undefined;
    for (const column of columns) {
      const raw = values[column.index];
      const { state, value } = readCellValue(column.def, raw);
      cells[column.def.key] = new SheetCell(column.place, line, value);
      const problem =
        cellProblem(column.def, raw, state, formulasRead ? line.formulas?.[column.index] : undefined) ??
        (formulaInputs.has(column.def.key) ? formulaReading(column.def, raw, value) : undefined);
      if (problem) (problems ??= []).push({ column, problem });
    }
    if (sheet === "monitoring" || sheet === "goals") {
      problems = refuseRatios(columns, cells, line, problems);
    }
    for (const { column, problem } of problems ?? []) {
      // Owner findings name the goal, so the message says which goal lacks one.
      const extra: Record<string, string> =
        problem.code === "ownerMissing" ? { metric: String(cells.metric?.value ?? "") } : {};
      findings.push(
        finding(problem.code, place(r, column.index), { column: column.def.key, ...problem.params, ...extra }),
      );
    }
    rows.push({ sheet, row, rowNumber: row + 1, cells: cells as SheetRow<S>["cells"] });
  }

  const columnsAt: Partial<Record<string, number>> = {};
  for (const [key, index] of match.columns) columnsAt[key] = origin.col + index;

  return {
    sheet,
    sheetName: grid.sheetName,
    headerRow: origin.row,
    firstCol: origin.col,
    width,
    columns: columnsAt as SheetRead<S>["columns"],
    rows,
    findings,
    formulasRead,
  };
}

/** A schema column found on the sheet: its grid index and the place its cells share. */
interface ReadColumn {
  readonly def: ColumnDef;
  readonly index: number;
  readonly place: ColumnPlace;
}

/** The schema columns present, in schema order (the order findings of one row are reported in). */
function readColumns(
  defs: readonly ColumnDef[],
  match: HeaderMatch,
  firstCol: number,
  sheetPrefix: string,
): ReadColumn[] {
  return defs
    .filter((def) => match.columns.has(def.key))
    .map((def) => {
      const index = match.columns.get(def.key)!;
      return { def, index, place: { type: def.type, index, col: firstCol + index, sheetPrefix } };
    });
}

type CellProblem = { code: Finding["code"]; params?: Record<string, string> };
type RowProblems = { column: ReadColumn; problem: CellProblem }[] | undefined;

/**
 * Where the sheet's own standard formula would read an input cell otherwise than
 * the check: text in a number cell (spreadsheets differ on "１２", "1.2万",
 * "1,200"; some read none), only spaces in a number or direction cell (blank to
 * the check, #VALUE! to the formula), or a direction spelled other than the
 * formula's ≥ ≤ = (#VALUE! too).
 */
function formulaReading(def: ColumnDef, raw: unknown, value: unknown): CellProblem | undefined {
  if (typeof raw !== "string" || raw === "") return undefined;
  if (def.type === "list" && value === null && isBlankCell(raw)) {
    return { code: "formulaReadsDifferently", params: { text: raw, as: "blank" } };
  }
  if (def.type === "number") {
    if (value === null)
      return isBlankCell(raw) ? { code: "formulaReadsDifferently", params: { text: raw, as: "blank" } } : undefined;
    return { code: "formulaReadsDifferently", params: { text: raw.trim(), value: String(value), as: "number" } };
  }
  if (def.type === "list" && value !== null && raw !== value) {
    return { code: "formulaReadsDifferently", params: { text: raw, value: String(value), as: "direction" } };
  }
  return undefined;
}

/** A ratio (1:3.5) counts only for an ROI metric; elsewhere it is no value, and says so. */
function refuseRatios(
  columns: readonly ReadColumn[],
  cells: Record<string, ReadCell<unknown>>,
  line: GridLine,
  problems: RowProblems,
): RowProblems {
  const metric = String(cells.metric?.value ?? "");
  const unit = cells.unit?.value;
  if (isRoiMetric(metric, typeof unit === "string" ? unit : undefined)) return problems;
  for (const column of columns) {
    const raw = line.values[column.index];
    if (column.def.type !== "number" || !isRatioText(raw)) continue;
    cells[column.def.key] = new SheetCell(column.place, line, null);
    const others = (problems ?? []).filter((p) => p.column !== column);
    problems = [...others, { column, problem: { code: "ratioNotRoi", params: { text: String(raw).trim() } } }];
  }
  return problems;
}

/** What is wrong with one cell; `formula` is undefined when formulas were not read for it. */
function cellProblem(def: ColumnDef, raw: unknown, state: string, formula: unknown): CellProblem | undefined {
  if (def.type === "computed") {
    if (formula === undefined) return undefined;
    if (formulaOf(formula)) return undefined;
    return isBlankCell(raw)
      ? { code: "computedCellEmpty" }
      : { code: "computedValueTyped", params: { text: String(raw) } };
  }
  if (state === "blank") return def.required ? { code: def.findings?.blank ?? "requiredBlank" } : undefined;
  if (state !== "invalid") return undefined;
  const text = String(raw);
  switch (def.type) {
    case "number": {
      const reading = readTypedNumber(raw, def.numberKind ?? "metric");
      if (reading.kind === "invalid" && reading.reason === "unitInAmount") {
        return {
          code: "ambiguousAmount",
          params: { text: text.trim(), number: text.trim().replace(/\s*[万萬]$/, "") },
        };
      }
      return { code: def.findings?.invalid ?? "notANumber", params: { text, kind: def.numberKind ?? "metric" } };
    }
    case "date":
      return { code: "notADate", params: { text } };
    case "list":
      return { code: "notInList", params: { text } };
    default:
      return undefined;
  }
}
