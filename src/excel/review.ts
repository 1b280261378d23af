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
  DASHBOARD_SHEET_NAME, LESSONS_COL, LESSONS_HEADERS, LESSONS_TABLE, REVIEW_COLUMNS, REVIEW_SHEET_NAME,
  reviewLayout, reviewPlan, type PlanRefs, type PlanReview,
} from "../domain/review";
import { CONTINGENCY_CATEGORY } from "../domain/schema/lists";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../domain/schema/sheet-keys";
import { absoluteRange, columnLetter, formulaAddress } from "./address";
import { gridOf } from "./check-plan";
import type { ReviewReport } from "./contract";
import { writeDashboard } from "./dashboard";
import { readTables } from "./read-tables";
import { runAction } from "./run";
import { existingSheetName, scanWorkbook, type FoundTable, type WorkbookScan } from "./scan";
import { styleFromScan, thresholdsFromScan } from "./settings";

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

/** The sheet under either language's name, or the name to create it with. */
function sheetName(scan: WorkbookScan, names: Record<Lang, string>, lang: Lang): { name: string; exists: boolean } {
  const found = existingSheetName(scan, names[lang]) ?? existingSheetName(scan, names[lang === "zh-CN" ? "en-US" : "zh-CN"]);
  return found ? { name: found, exists: true } : { name: names[lang], exists: false };
}

export async function refreshReview(lang: Lang): Promise<ReviewReport> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS });
    const wb = action.context.workbook;
    const reviewAt = sheetName(scan, REVIEW_SHEET_NAME, lang);
    const dashboardAt = sheetName(scan, DASHBOARD_SHEET_NAME, lang);

    // Ride on the table read's round trip: is the lessons table there, and which charts does the dashboard hold.
    const lessons = wb.tables.getItemOrNullObject(LESSONS_TABLE);
    lessons.load("name");
    const oldCharts = dashboardAt.exists ? wb.worksheets.getItem(dashboardAt.name).charts : undefined;
    oldCharts?.load("items/name");
    const found = PLAN_SHEET_KEYS.map((k) => scan.tables[k]).filter((t): t is FoundTable => t !== undefined);
    const grids: Partial<Record<PlanSheetKey, SheetGrid>> = {};
    if (found.length > 0) {
      for (const [key, d] of await readTables(action, found, styleFromScan(scan) ?? "plan")) grids[key] = gridOf(d);
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

    const dashboard = dashboardAt.exists ? wb.worksheets.getItem(dashboardAt.name) : wb.worksheets.add(dashboardAt.name);
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
