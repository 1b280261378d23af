/**
 * What the workbook holds, found in two round trips that do not depend on its
 * size: (1) the names of tables, worksheets and workbook names; (2) for the
 * plan tables and named settings cells found, where they are and their header
 * rows, and when asked which computed cells are formulas. Table bodies are read
 * here only when asked and small enough (see read-tables.ts).
 */
import { PLAN_SHEET_KEYS, TABLE_NAMES, type PlanSheetKey } from "../domain/schema/sheet-keys";
import { splitExcelAddress } from "./address";
import { computedDefs, tableColumns, type TableColumns } from "../domain/write/layout";
import { kindsOf, queueKinds, type ComputedKinds, type PendingKinds } from "./cell-kinds";
import type { Action } from "./run";
import { officeCodeOf, PAYLOAD_ERROR_CODES } from "./errors";

import { SETTING_NAMES } from "../domain/settings/settings-sheet";

export { STYLE_NAME, LANGUAGE_NAME, SETTING_NAMES } from "../domain/settings/settings-sheet";

export interface FoundTable {
  readonly sheet: PlanSheetKey;
  readonly table: Excel.Table;
  readonly worksheet: Excel.Worksheet;
  readonly sheetName: string;
  /** 0-based worksheet row/column of the header row's first cell. */
  readonly row: number;
  readonly col: number;
  /** Header row + body rows (a totals row is left out). */
  readonly rows: number;
  readonly cols: number;
  readonly bodyRows: number;
  readonly headers: readonly unknown[];
  readonly columns: TableColumns;
  /** The whole range's values (header first) when asked for with `withValues`. */
  readonly values?: unknown[][];
  /** Which computed cells hold formulas, typed values or nothing, when asked for with `withKinds`. */
  readonly kinds?: ComputedKinds;
}

export interface FoundName {
  readonly name: string;
  readonly range: Excel.Range;
  readonly sheetName: string;
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
}

export interface WorkbookScan {
  readonly tables: Partial<Record<PlanSheetKey, FoundTable>>;
  /** Every worksheet name, as it stands. */
  readonly sheetNames: readonly string[];
  /** The settings names that refer to one cell, by name. */
  readonly names: ReadonlyMap<string, FoundName>;
  /** Worksheets asked about (by name) that exist, with whether they hold anything and their table names. */
  readonly sheets: ReadonlyMap<string, SheetState>;
}

export interface SheetState {
  readonly empty: boolean;
  /** 1-based number of the last used row; 0 when empty. */
  readonly lastRow: number;
  readonly tables: readonly string[];
}

export interface ScanRequest {
  /** Plan tables to locate. */
  tables?: readonly PlanSheetKey[];
  /** Workbook names to read (settings); all settings names by default. */
  names?: readonly string[];
  /** Worksheet names whose emptiness matters (create: is the name free?). */
  sheets?: readonly string[];
  /**
   * Plan tables whose values (whole range, header first) come back in the same
   * round trip. Should they exceed the payload limit, the round trip is redone
   * without them and `values` stays undefined (read them with read-tables.ts).
   */
  withValues?: readonly PlanSheetKey[];
  /**
   * Plan tables whose computed cells' kinds (formula, typed, empty) come back
   * in the same round trips: their column names load in the first, so the
   * second can ask about each computed column (see cell-kinds.ts).
   */
  withKinds?: readonly PlanSheetKey[];
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Two syncs (one when nothing asked for exists). */
export async function scanWorkbook(action: Action, request: ScanRequest = {}): Promise<WorkbookScan> {
  const wb = action.context.workbook;
  const tableKeys = request.tables ?? PLAN_SHEET_KEYS;
  const nameList = request.names ?? SETTING_NAMES;
  const sheetList = request.sheets ?? [];

  wb.tables.load("items/name");
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/type");
  const kindKeys = tableKeys.filter((k) => (request.withKinds ?? []).includes(k));
  const columnNames = new Map(
    kindKeys.map((key) => [key, wb.tables.getItemOrNullObject(TABLE_NAMES[key]).columns.load("items/name")]),
  );
  await action.sync();

  const sheetNames = wb.worksheets.items.map((s) => s.name);

  const queueDetails = (withBodies: boolean) => {
    const pendingTables = tableKeys
      .map((key) => ({ key, table: wb.tables.items.find((t) => sameName(t.name, TABLE_NAMES[key])) }))
      .filter((x): x is { key: PlanSheetKey; table: Excel.Table } => x.table !== undefined)
      .map(({ key, table }) => {
        const worksheet = table.worksheet;
        worksheet.load("name");
        table.load("showTotals");
        const range = table.getRange();
        const values = withBodies && (request.withValues ?? []).includes(key);
        range.load(["address", ...(values ? ["values"] : [])]);
        const header = table.getHeaderRowRange();
        header.load("values");
        return {
          key,
          table,
          worksheet,
          range,
          header,
          values,
          kinds: queueTableKinds(key, table, columnNames.get(key)),
        };
      });

    const pendingNames = nameList
      .map((name) => wb.names.items.find((n) => sameName(n.name, name) && n.type === Excel.NamedItemType.range))
      .filter((n): n is Excel.NamedItem => n !== undefined)
      .map((item) => {
        const range = item.getRange();
        range.load("address,values");
        return { name: item.name, range };
      });

    const pendingSheets = sheetList
      .map((name) => wb.worksheets.items.find((s) => sameName(s.name, name)))
      .filter((s): s is Excel.Worksheet => s !== undefined)
      .map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("address");
        ws.tables.load("items/name");
        return { ws, used };
      });
    return { pendingTables, pendingNames, pendingSheets };
  };

  let pending = queueDetails(true);
  const { pendingTables: t0, pendingNames: n0, pendingSheets: s0 } = pending;
  if (t0.length + n0.length + s0.length > 0) {
    try {
      await action.sync();
    } catch (e) {
      if (!isPayloadError(e) || !t0.some((t) => t.values)) throw e;
      pending = queueDetails(false);
      await action.sync();
    }
  }
  const { pendingTables, pendingNames, pendingSheets } = pending;

  const tables: Partial<Record<PlanSheetKey, FoundTable>> = {};
  for (const p of pendingTables) {
    const at = splitExcelAddress(p.range.address);
    const rows = p.table.showTotals ? at.rows - 1 : at.rows;
    const headers = p.header.values[0] ?? [];
    tables[p.key] = {
      sheet: p.key,
      table: p.table,
      worksheet: p.worksheet,
      sheetName: p.worksheet.name,
      row: at.row,
      col: at.col,
      rows,
      cols: at.cols,
      bodyRows: rows - 1,
      headers,
      columns: tableColumns(p.key, headers, at.col),
      values: p.values ? p.range.values.slice(0, rows) : undefined,
      kinds: p.kinds && new Map(p.kinds.map((k) => [at.col + k.col, kindsOf(k, at.row + 1, rows - 1)])),
    };
  }

  const names = new Map<string, FoundName>();
  for (const p of pendingNames) {
    const at = splitExcelAddress(p.range.address);
    names.set(SETTING_NAMES.find((n) => sameName(n, p.name)) ?? p.name, {
      name: p.name,
      range: p.range,
      sheetName: at.sheet,
      row: at.row,
      col: at.col,
      value: p.range.values[0]?.[0],
    });
  }

  const sheets = new Map<string, SheetState>();
  for (const p of pendingSheets) {
    const empty = p.used.isNullObject;
    const lastRow = empty
      ? 0
      : (() => {
          const at = splitExcelAddress(p.used.address);
          return at.row + at.rows;
        })();
    sheets.set(p.ws.name, { empty, lastRow, tables: p.ws.tables.items.map((t) => t.name) });
  }

  return { tables, sheetNames, names, sheets };
}

/**
 * Asks, for each computed column of a table, which body cells hold formulas and
 * which typed values (`col` within the table until the scan knows where it starts).
 */
function queueTableKinds(
  key: PlanSheetKey,
  table: Excel.Table,
  names: Excel.TableColumnCollection | undefined,
): PendingKinds[] | undefined {
  if (!names || names.isNullObject) return undefined;
  const columns = tableColumns(
    key,
    names.items.map((c) => c.name),
    0,
  );
  return computedDefs(key)
    .map((def) => columns.byKey.get(def.key))
    .filter((i): i is number => i !== undefined)
    .map((i) => queueKinds(table.columns.getItemAt(i).getDataBodyRange(), i));
}

/**
 * A failure that smaller requests may avoid: the payload-limit codes, and
 * GeneralException, which Excel also gives for a request too large to process.
 * Callers split and retry only what can be split, so a GeneralException of
 * another cause still surfaces once nothing smaller is left.
 */
export function isPayloadError(e: unknown): boolean {
  const code = officeCodeOf(e);
  return code !== undefined && (PAYLOAD_ERROR_CODES.includes(code) || code === "GeneralException");
}

/** The worksheet name in the workbook that matches `name` (case-insensitive), if any. */
export function existingSheetName(scan: WorkbookScan, name: string): string | undefined {
  return scan.sheetNames.find((s) => sameName(s, name));
}
