/**
 * A new plan workbook as plain data — the same workbook the add-in's "create"
 * builds (src/excel/create-plan.ts): the four plan sheets, each one table, and
 * the settings sheet with its named cells. A host turns it into a file
 * (src/files, ExcelJS) without deciding anything about the plan itself.
 */
import type { Lang } from "../language";
import type { ColumnDef } from "../schema/column";
import { rateFormats } from "./rate-format";
import { sheetColumns } from "../schema/sheets";
import { PLAN_SHEET_KEYS, SHEET_NAMES, TABLE_NAMES, type PlanSheetKey } from "../schema/sheet-keys";
import { columnLetters } from "../address/a1";
import type { FormulaStyle } from "../formulas";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../settings/thresholds";
import {
  INPUT_FILL,
  SETTINGS_HEADERS,
  SETTINGS_WIDTHS,
  settingsRows,
  type SettingsRow,
} from "../settings/settings-sheet";
import { rowInSchemaOrder, type RowInput } from "./cell-values";
import { canWriteComputed, cellWrite, computedColumnFormulas, newTableColumns, tableColumns } from "./layout";
import {
  COMPUTED_FILL,
  COMPUTED_FONT,
  DROPDOWN_ALERT,
  HEADER_FILL,
  TABLE_STYLE,
  highlightsOf,
  listSource,
  numberFormatOf,
  type Highlight,
} from "./look";

/** Rows an id drop-down offers at least (as the add-in: the id column from row 2 down). */
export const ID_LIST_ROWS = 1000;

/** One body cell: a typed value (text stays text) or a formula (with "="). */
export type BlueprintCell =
  { value: string | number | boolean | null; format: string } | { formula: string; format: string };

export interface BlueprintDropDown {
  /** A list of words ("≥,≤,=") or a range formula ("='目标分解'!$A$2:$A$1001"). */
  source: string;
  alert: { title: string; message: string };
}

export interface BlueprintColumn {
  header: string;
  /** Width in characters as the schema suggests (hosts convert to their unit). */
  width: number;
  format: string;
  computed: boolean;
  /** Text columns are left-aligned. */
  alignLeft: boolean;
  dropDown?: BlueprintDropDown;
  highlights: readonly Highlight[];
}

export interface BlueprintTable {
  sheet: PlanSheetKey;
  sheetName: string;
  tableName: string;
  style: string;
  columns: BlueprintColumn[];
  /** Body rows (at least one, as a new empty table has), cells in column order. */
  rows: BlueprintCell[][];
}

export interface BlueprintSettings {
  sheetName: string;
  headers: string[];
  widths: readonly number[];
  headerFill: string;
  /** Value cells people may edit. */
  inputFill: string;
  rows: SettingsRow[];
}

export interface WorkbookBlueprint {
  lang: Lang;
  style: FormulaStyle;
  tables: BlueprintTable[];
  settings: BlueprintSettings;
  computedLook: { fill: string; font: string };
}

export type BlueprintRows = Partial<{ [S in PlanSheetKey]: readonly RowInput<S>[] }>;

export interface BlueprintOptions {
  lang: Lang;
  style: FormulaStyle;
  rows?: BlueprintRows;
  thresholds?: Thresholds;
}

/** The id column of a plan sheet as a drop-down source: ='目标分解'!$A$2:$A$1001. */
function idSource(sheet: PlanSheetKey, lang: Lang): string {
  const letter = columnLetters(sheetColumns(sheet).findIndex((d) => d.key === "id"));
  const prefix = `'${SHEET_NAMES[sheet][lang].replace(/'/g, "''")}'!`;
  return `=${prefix}$${letter}$2:$${letter}$${ID_LIST_ROWS + 1}`;
}

function dropDownOf(def: ColumnDef, lang: Lang): BlueprintDropDown | undefined {
  const source =
    def.type === "list" ? listSource(def, lang) : def.type === "ref" && def.ref ? idSource(def.ref, lang) : undefined;
  return source
    ? { source, alert: { title: DROPDOWN_ALERT.title[lang], message: DROPDOWN_ALERT.message[lang] } }
    : undefined;
}

/** An input cell taken from a workbook: a value, or a formula someone typed (=0.1+0.2). */
export type SheetInput = unknown | { formula: string };

function isFormulaInput(v: unknown): v is { formula: string } {
  return typeof v === "object" && v !== null && typeof (v as { formula?: unknown }).formula === "string";
}

/** A typed value as the file keeps it: the string itself (no ' prefix: a file cell is text by type). */
function valueCell(def: ColumnDef, value: SheetInput): BlueprintCell {
  if (isFormulaInput(value)) return { formula: value.formula, format: numberFormatOf(def) };
  const { format } = cellWrite(def, value);
  if (value === null || value === undefined || value === "") return { value: null, format };
  if (typeof value === "number" || typeof value === "boolean") return { value, format };
  return { value: String(value), format };
}

/** Rows in schema column order, as sheet cells (list words, date serials). */
function tableOf(
  sheet: PlanSheetKey,
  matrix: readonly (readonly SheetInput[])[],
  lang: Lang,
  style: FormulaStyle,
): BlueprintTable {
  const defs = sheetColumns(sheet);
  const layout = newTableColumns(sheet);
  const bodyRows = Math.max(1, matrix.length);
  const formulas = new Map<number, string[][]>();
  for (const def of defs) {
    if (def.type !== "computed" || !canWriteComputed(def, layout, style)) continue;
    formulas.set(layout.byKey.get(def.key)!, computedColumnFormulas(def, layout, style, lang, 1, bodyRows));
  }
  // Rate metrics (点击率) show their values as %, as the add-in writes them.
  const records = matrix.map((values) => Object.fromEntries(defs.map((d, i) => [d.key, values[i]])));
  const rates = defs.map((def) => rateFormats(sheet, def.key, records, undefined, numberFormatOf(def)));
  const rows: BlueprintCell[][] = [];
  for (let r = 0; r < bodyRows; r++) {
    const values = matrix[r] ?? defs.map(() => "");
    rows.push(
      defs.map((def, c) => {
        const f = formulas.get(c);
        if (f) return { formula: f[r][0], format: numberFormatOf(def) };
        const cell = valueCell(def, def.type === "computed" ? null : values[c]);
        const rate = rates[c]?.[r]?.[0];
        return rate && cell.format === numberFormatOf(def) ? { ...cell, format: rate } : cell;
      }),
    );
  }
  return {
    sheet,
    sheetName: SHEET_NAMES[sheet][lang],
    tableName: TABLE_NAMES[sheet],
    style: TABLE_STYLE,
    columns: defs.map((def) => ({
      header: def.header[lang],
      width: def.width,
      format: numberFormatOf(def),
      computed: def.type === "computed",
      alignLeft: def.type !== "computed" && def.format === "text",
      dropDown: dropDownOf(def, lang),
      highlights: def.type === "computed" ? highlightsOf(def) : [],
    })),
    rows,
  };
}

/** The workbook a new plan is: empty tables (one blank row each) or the given rows. */
export function planBlueprint({ lang, style, rows, thresholds }: BlueprintOptions): WorkbookBlueprint {
  return withTables(
    lang,
    style,
    thresholds,
    PLAN_SHEET_KEYS.map((key) => {
      const data = (rows?.[key] ?? []) as readonly RowInput<PlanSheetKey>[];
      return tableOf(
        key,
        data.map((row) => rowInSchemaOrder(key, row, lang)),
        lang,
        style,
      );
    }),
  );
}

/** A plan table as a workbook holds it: its header row and body cells (formulas as { formula }). */
export interface ExistingTable {
  sheet: PlanSheetKey;
  headers: readonly unknown[];
  body: readonly (readonly SheetInput[])[];
}

/**
 * The plan a workbook holds, rewritten as a fresh plan workbook: each table's
 * typed cells under the schema's columns (found by header, any order or
 * language), the computed columns' formulas written anew in `style`, the
 * settings sheet with the workbook's thresholds. Columns outside the schema are left out.
 */
export function blueprintFromTables(
  lang: Lang,
  style: FormulaStyle,
  thresholds: Thresholds,
  existing: readonly ExistingTable[],
): WorkbookBlueprint {
  return withTables(
    lang,
    style,
    thresholds,
    PLAN_SHEET_KEYS.map((key) => {
      const found = existing.find((t) => t.sheet === key);
      if (!found) return tableOf(key, [], lang, style);
      const cols = tableColumns(key, found.headers, 0);
      const defs = sheetColumns(key);
      const matrix = found.body.map((row) =>
        defs.map((d) => (cols.byKey.has(d.key) ? row[cols.byKey.get(d.key)!] : "")),
      );
      return tableOf(key, matrix, lang, style);
    }),
  );
}

function withTables(
  lang: Lang,
  style: FormulaStyle,
  thresholds: Thresholds | undefined,
  tables: BlueprintTable[],
): WorkbookBlueprint {
  return {
    lang,
    style,
    tables,
    settings: {
      sheetName: SHEET_NAMES.settings[lang],
      headers: SETTINGS_HEADERS[lang],
      widths: SETTINGS_WIDTHS,
      headerFill: HEADER_FILL,
      inputFill: INPUT_FILL,
      rows: settingsRows(lang, thresholds ?? DEFAULT_THRESHOLDS, style),
    },
    computedLook: { fill: COMPUTED_FILL, font: COMPUTED_FONT },
  };
}
