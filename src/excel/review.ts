/**
 * 复盘 / Review and 看板 / Dashboard: one Excel.run reads the plan tables,
 * the domain works out the review, and one final round trip rewrites the
 * review sheet's own columns (A–G), adds the lessons table once (never
 * cleared), and replaces the dashboard's charts. Plan sheets are only read.
 * Syncs: the scan's two, one read of the tables (more only for tables over
 * the payload budget), one write.
 */
import { checkPlan } from "../domain/check/check-plan";
import type { Lang } from "../domain/language";
import type { SheetGrid } from "../domain/read/grid";
import {
  DASHBOARD_SHEET_NAME,
  LESSONS_COL,
  LESSONS_HEADERS,
  LESSONS_TABLE,
  REVIEW_COLUMNS,
  REVIEW_SHEET_NAME,
  reviewLayout,
  reviewPlan,
  type PlanRefs,
  type PlanReview,
} from "../domain/review";
import { CONTINGENCY_CATEGORY } from "../domain/schema/lists";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../domain/schema/sheet-keys";
import { absoluteRange, columnLetter, formulaAddress } from "./address";
import { gridOf } from "./check-plan";
import type { ReviewReport } from "./contract";
import { writeDashboard } from "./dashboard";
import { readTables } from "./read-tables";
import { runAction } from "./run";
import { existingSheetName, scanWorkbook, type FoundTable, type SheetState, type WorkbookScan } from "./scan";
import { thresholdsFromScan } from "./settings";

const HEADER_FILL = "#DDEBF7";

/** A plan table column's body as formulas reference it. */
function columnRef(found: FoundTable | undefined, key: string): string | undefined {
  const col = found?.columns.byKey.get(key);
  if (!found || col === undefined) return undefined;
  return formulaAddress(found.sheetName, absoluteRange(found.row + 1, col, Math.max(1, found.rows - 1)));
}

function refsOf(scan: WorkbookScan, reads: ReturnType<typeof checkPlan>["reads"]): PlanRefs {
  const budget = scan.tables.budget;
  const categoryText = new Map<string, string>();
  for (const row of reads.budget?.rows ?? []) {
    const cell = row.cells.category;
    const key = cell?.value ?? (cell?.state === "invalid" ? String(cell.raw).trim() : "");
    if (!categoryText.has(key)) categoryText.set(key, cell ? String(cell.raw ?? "").trim() : "");
  }
  return {
    budget: columnRef(budget, "budget"),
    actual: columnRef(budget, "actual"),
    category: columnRef(budget, "category"),
    revenue: columnRef(scan.tables.strategies, "revenue"),
    contingencyText: categoryText.get(CONTINGENCY_CATEGORY),
    categoryText,
  };
}

/**
 * The sheet under either language's name when it is ours (`ours` judges what
 * the scan saw on it), else a free name to create it with: a sheet of the
 * same name that holds a person's own work is never cleared (复盘 2, 复盘 3 …).
 */
function sheetName(
  scan: WorkbookScan,
  names: Record<Lang, string>,
  lang: Lang,
  ours: (s: SheetState | undefined) => boolean,
): { name: string; exists: boolean } {
  for (const candidate of candidateNames(names, lang)) {
    const found = existingSheetName(scan, candidate);
    if (found && ours(scan.sheets.get(found))) return { name: found, exists: true };
  }
  let name = names[lang];
  for (let n = 2; existingSheetName(scan, name); n++) name = `${names[lang]} ${n}`;
  return { name, exists: false };
}

const NUMBERED = 9;

/** 复盘, Review, 复盘 2 … 复盘 9, Review 2 …: where an earlier refresh may have put the sheet (the language asked for first). */
function candidateNames(names: Record<Lang, string>, lang: Lang = "zh-CN"): string[] {
  const bases = [names[lang], names[lang === "zh-CN" ? "en-US" : "zh-CN"]];
  return [...bases, ...bases.flatMap((b) => Array.from({ length: NUMBERED - 1 }, (_, i) => `${b} ${i + 2}`))];
}

/** The review sheet is ours when it is empty or holds the lessons table; the dashboard when its cells hold no more than its title. */
const reviewIsOurs = (s: SheetState | undefined) =>
  !!s && (s.empty || s.tables.some((t) => t.toLowerCase() === LESSONS_TABLE.toLowerCase()));
const dashboardIsOurs = (s: SheetState | undefined) => !!s && s.lastRow <= 1 && s.tables.length === 0;

export async function refreshReview(lang: Lang): Promise<ReviewReport> {
  return runAction(async (action) => {
    const own = [...candidateNames(REVIEW_SHEET_NAME), ...candidateNames(DASHBOARD_SHEET_NAME)];
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS, sheets: own, withKinds: PLAN_SHEET_KEYS });
    const wb = action.context.workbook;
    const reviewAt = sheetName(scan, REVIEW_SHEET_NAME, lang, reviewIsOurs);
    const dashboardAt = sheetName(scan, DASHBOARD_SHEET_NAME, lang, dashboardIsOurs);

    // Ride on the table read's round trip: is the lessons table there, and which charts does the dashboard hold.
    const lessons = wb.tables.getItemOrNullObject(LESSONS_TABLE);
    lessons.load("name");
    const oldCharts = dashboardAt.exists ? wb.worksheets.getItem(dashboardAt.name).charts : undefined;
    oldCharts?.load("items/name");
    const found = PLAN_SHEET_KEYS.map((k) => scan.tables[k]).filter((t): t is FoundTable => t !== undefined);
    const grids: Partial<Record<PlanSheetKey, SheetGrid>> = {};
    if (found.length > 0) {
      for (const [key, d] of await readTables(action, found)) grids[key] = gridOf(d);
    } else {
      await action.sync();
    }
    const { thresholds } = thresholdsFromScan(scan);
    const checked = checkPlan({ ...grids, thresholds, lang });
    const review: PlanReview = reviewPlan(checked.reads, thresholds, lang);
    const layout = reviewLayout(review, refsOf(scan, checked.reads), lang);

    const ws = reviewAt.exists ? wb.worksheets.getItem(reviewAt.name) : wb.worksheets.add(reviewAt.name);
    ws.getRange(`A:${columnLetter(REVIEW_COLUMNS - 1)}`).clear("All" as Excel.ClearApplyTo);
    for (const b of layout.blocks) {
      const cols = Math.max(...b.cells.map((r) => r.length));
      const range = ws.getRangeByIndexes(b.row, b.col, b.cells.length, cols);
      range.numberFormat = b.cells.map(() => b.formats.slice(0, cols));
      range.formulas = b.cells.map((r) => r.map((c) => (c === null ? "" : c)));
      if (b.header) {
        const head = ws.getRangeByIndexes(b.row, b.col, 1, cols);
        head.format.font.bold = true;
        head.format.fill.color = HEADER_FILL;
      }
    }
    ws.getRange("A1").format.font.bold = true;
    ws.getRange("A:A").format.columnWidth = 150;
    ws.getRange(`B:${columnLetter(REVIEW_COLUMNS - 1)}`).format.columnWidth = 80;

    let lessonsAdded = false;
    // Loaded in the table read's round trip above (readTables syncs, or the explicit sync when there are no tables).
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (lessons.isNullObject) {
      const headers = LESSONS_HEADERS[lang];
      const top = layout.lessonsRow;
      ws.getRangeByIndexes(top - 1, LESSONS_COL, 1, 1).values = [[lang === "zh-CN" ? "经验沉淀" : "Lessons"]];
      ws.getRangeByIndexes(top - 1, LESSONS_COL, 1, 1).format.font.bold = true;
      const head = ws.getRangeByIndexes(top, LESSONS_COL, 1, headers.length);
      head.values = [[...headers]];
      const table = ws.tables.add(head, true);
      table.name = LESSONS_TABLE;
      ws.getRangeByIndexes(0, LESSONS_COL, 1, headers.length).format.columnWidth = 110;
      lessonsAdded = true;
    }

    const dashboard = dashboardAt.exists
      ? wb.worksheets.getItem(dashboardAt.name)
      : wb.worksheets.add(dashboardAt.name);
    for (const chart of oldCharts?.items ?? []) chart.delete();
    writeDashboard(dashboard, ws, layout.charts, lang);

    await action.sync();
    return {
      review,
      reviewSheet: reviewAt.name,
      dashboardSheet: dashboardAt.name,
      charts: layout.charts.length,
      replacedCharts: oldCharts?.items.length ?? 0,
      lessonsAdded,
      syncs: action.syncs,
    };
  });
}
