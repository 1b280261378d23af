/**
 * Creating the plan workbook. Never overwrites: a plan table that exists is
 * left alone ("existing") or only gets the columns it lacks ("columnsAdded");
 * a sheet of the same name holding something else is reported ("conflict").
 * Round trips: two to see what is there, one to write (more only when added
 * formula columns on very large tables exceed the payload budget).
 */
import type { Lang } from "../domain/language";
import type { ColumnDef } from "../domain/schema/column";
import { sheetColumns, sheetHeaders } from "../domain/schema/sheets";
import {
  PLAN_SHEET_KEYS,
  SHEET_NAMES,
  TABLE_NAMES,
  type PlanSheetKey,
  type WorkbookSheetKey,
} from "../domain/schema/sheet-keys";
import { rowInSchemaOrder, type RowInput } from "../domain/write/cell-values";
import { rateFormats } from "../domain/write/rate-format";
import { exampleRows, exampleThresholds, workedExample } from "../domain/example";
import { DEFAULT_THRESHOLDS, THRESHOLD_DEFS } from "../domain/settings/thresholds";
import { absoluteRange, columnLetter, formulaAddress } from "./address";
import type { CreateOptions, CreateReport, FormulaStyle, SheetOutcome } from "./contract";
import {
  canWriteComputed,
  columnWrites,
  computedColumnFormulas,
  computedDefs,
  newTableColumns,
  type TableColumns,
} from "../domain/write/layout";
import { PayloadQueue, rowBytes } from "./payload";
import { runAction } from "./run";
import { fillFormulas, writeColumn } from "./write-column";
import { scanWorkbook, SETTING_NAMES, type FoundTable, type WorkbookScan } from "./scan";
import {
  appendSettings,
  freeSheetName,
  langFromScan,
  queueSettingsRows,
  settingsRows,
  settingsSheetNames,
  styleFromScan,
} from "./settings";
import { addDropDown, addHighlights, formatColumn, listSource, numberFormatOf, TABLE_STYLE } from "./sheet-format";

/** Rows an id drop-down offers at least (the goals/strategies id column from row 2 down). */
const ID_LIST_ROWS = 1000;

/** Where each plan table's id column is (or will be), for the link drop-downs. */
type IdSources = Partial<Record<PlanSheetKey, string>>;

/** Rows to fill new tables with, by sheet (the worked example, or in tests any rows). */
export type InitialRows = Partial<{ [S in PlanSheetKey]: readonly RowInput<S>[] }>;

export async function createPlan(options: CreateOptions, initialRows?: InitialRows): Promise<CreateReport> {
  const { lang, style } = options;
  const requested = new Set<WorkbookSheetKey>(options.sheets);
  const planKeys = PLAN_SHEET_KEYS.filter((k) => requested.has(k));
  const rows: InitialRows | undefined = initialRows ?? (options.example ? exampleRows(workedExample(lang)) : undefined);

  return runAction(async (action) => {
    const wb = action.context.workbook;
    const targetNames = [...planKeys.map((k) => SHEET_NAMES[k][lang]), ...settingsSheetNames()];
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS, names: SETTING_NAMES, sheets: targetNames });
    const queue = new PayloadQueue(() => action.sync());

    const hadPlanTables = PLAN_SHEET_KEYS.some((k) => scan.tables[k]);
    const recordedStyle = styleFromScan(scan);
    const outcomes: SheetOutcome[] = [];
    const idSources: IdSources = {};
    for (const key of ["goals", "strategies"] as const) {
      const found = scan.tables[key];
      const idCol = found?.columns.byKey.get("id");
      if (found && idCol !== undefined) {
        idSources[key] =
          `=${formulaAddress(found.sheetName, absoluteRange(found.row + 1, idCol, Math.max(ID_LIST_ROWS, found.bodyRows + ID_LIST_ROWS)))}`;
      }
    }

    // Decide first (new sheets' id columns feed the drop-downs of the others), then queue.
    type Plan =
      | { key: PlanSheetKey; kind: "new"; sheetName: string; reuse: boolean }
      | { key: PlanSheetKey; kind: "existing"; found: FoundTable }
      | { key: PlanSheetKey; kind: "conflict"; sheetName: string };
    const plans: Plan[] = planKeys.map((key) => {
      const found = scan.tables[key];
      if (found) return { key, kind: "existing", found };
      const sheetName = SHEET_NAMES[key][lang];
      const state = [...scan.sheets.entries()].find(([n]) => n.toLowerCase() === sheetName.toLowerCase());
      if (state && !state[1].empty) return { key, kind: "conflict", sheetName: state[0] };
      return { key, kind: "new", sheetName: state ? state[0] : sheetName, reuse: state !== undefined };
    });
    for (const p of plans) {
      if (p.kind === "new" && (p.key === "goals" || p.key === "strategies")) {
        idSources[p.key] = `=${formulaAddress(p.sheetName, absoluteRange(1, 0, ID_LIST_ROWS))}`;
      }
    }

    for (const p of plans) {
      if (p.kind === "conflict") {
        outcomes.push({
          sheet: p.key,
          sheetName: p.sheetName,
          outcome: "conflict",
          note: { code: "sheetConflict", params: { sheetName: p.sheetName } },
        });
      } else if (p.kind === "new") {
        const ws = p.reuse ? wb.worksheets.getItem(p.sheetName) : wb.worksheets.add(p.sheetName);
        const data = (rows?.[p.key] ?? []) as readonly RowInput<PlanSheetKey>[];
        await queueNewTable(queue, ws, p.key, data, lang, style, idSources);
        outcomes.push({ sheet: p.key, sheetName: p.sheetName, outcome: "created" });
      } else {
        const missing = p.found.columns.missing;
        if (missing.length === 0) {
          outcomes.push({ sheet: p.key, sheetName: p.found.sheetName, outcome: "existing" });
        } else {
          const headerLang = langOfHeaders(p.found) ?? langFromScan(scan) ?? lang;
          await queueMissingColumns(queue, p.found, headerLang, recordedStyle ?? style, idSources);
          outcomes.push({
            sheet: p.key,
            sheetName: p.found.sheetName,
            outcome: "columnsAdded",
            addedColumns: missing.map((d) => d.header[headerLang]),
          });
        }
      }
    }

    // Settings: asked for, or needed by the threshold names the new formulas use.
    const writesThresholdFormulas = plans.some(
      (p) => p.kind !== "conflict" && computedDefs(p.key).some((d) => (d.computed?.thresholds.length ?? 0) > 0),
    );
    const thresholdNamesMissing = THRESHOLD_DEFS.some((d) => !scan.names.has(d.name));
    if (requested.has("settings") || (writesThresholdFormulas && thresholdNamesMissing)) {
      const outcome = queueSettings(
        wb,
        scan,
        lang,
        style,
        options.example,
        !hadPlanTables || recordedStyle === undefined,
      );
      if (!requested.has("settings") && outcome.outcome === "created")
        outcome.note = { code: "settingsAdded", params: {} };
      outcomes.push(outcome);
    }

    await action.sync();
    return { outcomes, syncs: action.syncs };
  });
}

/** Which language an existing table's headers are in (so added columns match them). */
function langOfHeaders(found: FoundTable): Lang | undefined {
  const defs = sheetColumns(found.sheet);
  for (const lang of ["zh-CN", "en-US"] as const) {
    if (found.headers.some((h) => typeof h === "string" && defs.some((d) => d.header[lang] === h.trim()))) return lang;
  }
  return undefined;
}

function idSourceFor(def: ColumnDef, idSources: IdSources): string | undefined {
  return def.type === "ref" && def.ref ? idSources[def.ref] : undefined;
}

/** Queues the per-column look: format, drop-down, highlights. `body` is the column's data cells. */
function queueColumnLook(
  ws: Excel.Worksheet,
  def: ColumnDef,
  col: number,
  body: Excel.Range,
  lang: Lang,
  idSources: IdSources,
): void {
  formatColumn(ws, def, columnLetter(col), body);
  // One format for the whole column (Office applies a single value to every cell of the range).
  (body as { numberFormat: unknown }).numberFormat = numberFormatOf(def);
  const source = def.type === "list" ? listSource(def, lang) : idSourceFor(def, idSources);
  if (source) addDropDown(body, source, lang);
  if (def.type === "computed") addHighlights(body, def);
}

async function queueNewTable(
  queue: PayloadQueue,
  ws: Excel.Worksheet,
  key: PlanSheetKey,
  data: readonly RowInput<PlanSheetKey>[],
  lang: Lang,
  style: FormulaStyle,
  idSources: IdSources,
): Promise<void> {
  const defs = sheetColumns(key);
  const cols: TableColumns = newTableColumns(key);
  const last = columnLetter(defs.length - 1);
  const bodyRows = Math.max(1, data.length);
  const headers = sheetHeaders(key, lang);
  await queue.reserve(rowBytes(headers) + 2000);
  ws.getRange(`A1:${last}1`).values = [headers];

  // Formats before values, so text columns keep text as text; then the values column by column.
  const matrix = data.map((row) => rowInSchemaOrder(key, row, lang));
  for (let c = 0; c < defs.length; c++) {
    const def = defs[c];
    const letter = columnLetter(c);
    const body = ws.getRange(`${letter}2:${letter}${bodyRows + 1}`);
    queueColumnLook(ws, def, c, body, lang, idSources);
    if (def.type === "computed" || data.length === 0) continue;
    const writes = columnWrites(
      def,
      matrix.map((r) => r[c]),
    );
    const formats =
      rateFormats(key, def.key, data as readonly Record<string, unknown>[], writes.formats, writes.format) ??
      writes.formats;
    await writeColumn(queue, ws, c, 2, { formats, values: writes.values });
  }

  const table = ws.tables.add(`A1:${last}${bodyRows + 1}`, true);
  table.name = TABLE_NAMES[key];
  table.style = TABLE_STYLE;

  for (const def of computedDefs(key)) {
    if (!canWriteComputed(def, cols, style)) continue;
    const c = cols.byKey.get(def.key)!;
    await fillFormulas(queue, ws, c, 2, computedColumnFormulas(def, cols, style, lang, 1, bodyRows));
  }
  ws.freezePanes.freezeRows(1);
}

/**
 * Adds the columns an existing table lacks at its right end, formulas and
 * formats included; no existing cell or row is touched.
 */
async function queueMissingColumns(
  queue: PayloadQueue,
  found: FoundTable,
  lang: Lang,
  style: FormulaStyle,
  idSources: IdSources,
): Promise<void> {
  const byKey = new Map(found.columns.byKey);
  let next = found.col + found.cols;
  const added: { def: ColumnDef; col: number }[] = [];
  for (const def of found.columns.missing) {
    byKey.set(def.key, next);
    added.push({ def, col: next });
    next++;
  }
  const cols: TableColumns = { sheet: found.sheet, byKey, missing: [] };
  const ws = found.worksheet;
  const top = found.row + 2; // 1-based first body row
  const bottom = found.row + 1 + found.bodyRows;
  for (const { def, col } of added) {
    await queue.reserve(500);
    found.table.columns.add(undefined, undefined, def.header[lang]);
    const letter = columnLetter(col);
    const body = ws.getRange(`${letter}${top}:${letter}${bottom}`);
    queueColumnLook(ws, def, col, body, lang, idSources);
  }
  for (const { def, col } of added) {
    if (def.type !== "computed" || !canWriteComputed(def, cols, style)) continue;
    const formulas = computedColumnFormulas(def, cols, style, lang, found.row + 1, found.bodyRows);
    await fillFormulas(queue, ws, col, top, formulas);
  }
}

function queueSettings(
  wb: Excel.Workbook,
  scan: WorkbookScan,
  lang: Lang,
  style: FormulaStyle,
  example: boolean,
  recordStyle: boolean,
): SheetOutcome {
  const thresholds = example ? exampleThresholds(workedExample(lang)) : DEFAULT_THRESHOLDS;
  const all = settingsRows(lang, thresholds, style);
  const anyName = [...scan.names.values()][0];
  if (anyName) {
    const missing = all.filter((r) => !scan.names.has(r.name));
    const styleName = scan.names.get("PlanFormulaStyle");
    if (styleName && recordStyle) styleName.range.values = [[style]];
    if (missing.length === 0) return { sheet: "settings", sheetName: anyName.sheetName, outcome: "existing" };
    const sheetName = appendSettings(wb, scan, missing, lang);
    return { sheet: "settings", sheetName, outcome: "columnsAdded", addedColumns: missing.map((r) => r.label) };
  }
  const name = SHEET_NAMES.settings[lang];
  const state = [...scan.sheets.entries()].find(([n]) => n.toLowerCase() === name.toLowerCase());
  if (state && !state[1].empty) {
    // The formulas need the named cells, so the settings go to a free name; the other sheet stays untouched.
    const free = freeSheetName(scan, name);
    queueSettingsRows(wb, wb.worksheets.add(free), all, 1, lang, true);
    return {
      sheet: "settings",
      sheetName: free,
      outcome: "created",
      note: { code: "settingsMoved", params: { taken: state[0], free } },
    };
  }
  const ws = state ? wb.worksheets.getItem(state[0]) : wb.worksheets.add(name);
  queueSettingsRows(wb, ws, all, 1, lang, true);
  return { sheet: "settings", sheetName: state ? state[0] : name, outcome: "created" };
}
