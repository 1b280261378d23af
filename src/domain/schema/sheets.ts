import type { Lang, Localized } from "../language";
import type { ColumnDef } from "./column";
import { BUDGET_COLUMNS } from "./budget";
import { GOALS_COLUMNS } from "./goals";
import { MONITORING_COLUMNS } from "./monitoring";
import { normalizeLabel } from "./normalize";
import {
  PLAN_SHEET_KEYS,
  SHEET_NAME_ALIASES,
  SHEET_NAMES,
  TABLE_NAMES,
  WORKBOOK_SHEET_KEYS,
  type PlanSheetKey,
  type WorkbookSheetKey,
} from "./sheet-keys";
import { STRATEGIES_COLUMNS } from "./strategies";

/** The column list of each plan sheet, with literal keys and types. */
export interface SheetColumns {
  goals: typeof GOALS_COLUMNS;
  strategies: typeof STRATEGIES_COLUMNS;
  budget: typeof BUDGET_COLUMNS;
  monitoring: typeof MONITORING_COLUMNS;
}

export type ColumnKey<S extends PlanSheetKey> = SheetColumns[S][number]["key"];

export interface SheetSchema<S extends PlanSheetKey = PlanSheetKey> {
  readonly key: S;
  readonly name: Localized;
  readonly table: string;
  readonly columns: SheetColumns[S];
}

export const SHEET_SCHEMAS: { readonly [S in PlanSheetKey]: SheetSchema<S> } = {
  goals: { key: "goals", name: SHEET_NAMES.goals, table: TABLE_NAMES.goals, columns: GOALS_COLUMNS },
  strategies: {
    key: "strategies",
    name: SHEET_NAMES.strategies,
    table: TABLE_NAMES.strategies,
    columns: STRATEGIES_COLUMNS,
  },
  budget: { key: "budget", name: SHEET_NAMES.budget, table: TABLE_NAMES.budget, columns: BUDGET_COLUMNS },
  monitoring: {
    key: "monitoring",
    name: SHEET_NAMES.monitoring,
    table: TABLE_NAMES.monitoring,
    columns: MONITORING_COLUMNS,
  },
};

/** The columns of a sheet as plain definitions (for code that does not need literal key types). */
export function sheetColumns(sheet: PlanSheetKey): readonly ColumnDef[] {
  return SHEET_SCHEMAS[sheet].columns;
}

export function columnDef<S extends PlanSheetKey>(sheet: S, key: ColumnKey<S>): ColumnDef {
  const def = sheetColumns(sheet).find((c) => c.key === key);
  if (!def) throw new Error(`Unknown column ${sheet}.${String(key)}`);
  return def;
}

/** The headers a new table gets, in schema order. */
export function sheetHeaders(sheet: PlanSheetKey, lang: Lang): string[] {
  return sheetColumns(sheet).map((c) => c.header[lang]);
}

/** Every header text the reader accepts for a column, normalised. */
export function headerSpellings(def: ColumnDef): string[] {
  return [def.header["zh-CN"], def.header["en-US"], ...def.zhTW, ...(def.aliases ?? [])].map(normalizeLabel);
}

/** Which managed sheet a worksheet name is, in any of its languages; undefined for other sheets. */
export function sheetKeyFromName(name: string): WorkbookSheetKey | undefined {
  const n = normalizeLabel(name);
  return WORKBOOK_SHEET_KEYS.find((key) =>
    [SHEET_NAMES[key]["zh-CN"], SHEET_NAMES[key]["en-US"], ...SHEET_NAME_ALIASES[key]].some(
      (s) => normalizeLabel(s) === n,
    ),
  );
}

/** Which plan sheet a table name is (PlanBudget → budget). */
export function sheetKeyFromTable(table: string): PlanSheetKey | undefined {
  const n = normalizeLabel(table);
  return PLAN_SHEET_KEYS.find((key) => normalizeLabel(TABLE_NAMES[key]) === n);
}
