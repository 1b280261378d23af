/**
 * End to end: the review and the dashboard in the browser preview. Create the
 * worked example, type the strategies' attributed revenue into the grid, run
 * the check (its summary draws a small chart), build the review from the
 * pane, and see the 看板 sheet's native charts drawn from the double's
 * series ranges. Screenshot: test-results/e2e/dashboard-zh-CN.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SHEET_NAMES } from "../../src/domain/schema/sheet-keys";
import { DASHBOARD_SHEET_NAME, REVIEW_SHEET_NAME } from "../../src/domain/review";
import { workedExample } from "../../src/domain/example";
import { resultsDir } from "./support/env";
import { openPreviewSession, type PreviewSession } from "./support/session";
import { openWithExample, expectAttribute, expectCount, expectText } from "./support/page";

jest.setTimeout(60_000);

let session: PreviewSession;
let page: Page;

beforeAll(async () => {
  session = await openPreviewSession("dashboard-e2e", { locale: "zh-CN", viewport: { width: 1500, height: 1000 } });
  page = session.page;
}, 240_000);

afterAll(async () => {
  await session?.close();
});

test("review and dashboard from the pane: 1:3.5 for KOL seeding, native charts on 看板 drawn in the preview", async () => {
  const lang = "zh-CN";
  const { wb, pane, t } = await openWithExample(page, session.server.base, lang);

  // 归因收入(万元) is the strategy table's last column (O): type what each strategy brought.
  await wb.showSheet(SHEET_NAMES.strategies[lang]);
  await wb.expectCell("O1", "归因收入(万元)");
  await wb.type("O2", "63");
  await wb.type("O3", "237");
  await wb.type("O4", "60");

  // The check's summary as a picture: budget vs actual, statuses.
  await pane.open(t.tabs.check);
  await pane.button(t.check.run).click();
  await pane.byTestId("summary-chart").waitFor();
  expect(Number(await pane.byTestId("summary-chart-budget").getAttribute("width"))).toBeGreaterThan(
    Number(await pane.byTestId("summary-chart-actual").getAttribute("width")),
  );
  await pane.byTestId("summary-chart-alert").waitFor();

  await pane.open(t.tabs.review);
  await pane.byTestId("review-run").click();
  await pane.byTestId("review-result").waitFor();
  await expectText(pane.byTestId("review-roi"), /1:10\.7/); // 360 over the example's 33.5 spent
  await expectText(pane.root, /S1:ROI 1:3\.5/);

  await wb.sheetTab(REVIEW_SHEET_NAME[lang]).waitFor();
  await wb.showSheet(DASHBOARD_SHEET_NAME[lang]);
  const charts = wb.root.getByTestId("chart");
  // Budget vs actual by category, goal completion, variance % by line, then each monitored metric (3 in the example).
  await expectCount(charts, 6);
  expect(await charts.evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-type")))).toEqual([
    "ColumnClustered",
    "BarClustered",
    "BarClustered",
    "LineMarkers",
    "LineMarkers",
    "LineMarkers",
  ]);
  await expectAttribute(charts.first(), "data-title", "各类别预算与实际");
  const categorySeries = charts.first().getByTestId("chart-series");
  // One row per budget category of the example the pane creates, from row 12 of the review sheet.
  const categories = new Set(workedExample(lang).budget.map((l) => l.category)).size;
  const lastRow = 12 + categories - 1;
  expect(
    await categorySeries.evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-series"), e.getAttribute("data-values")]),
    ),
  ).toEqual([
    ["预算(万元)", `复盘!$B$12:$B$${lastRow}`],
    ["实际支出(万元)", `复盘!$C$12:$C$${lastRow}`],
  ]);
  await expectCount(categorySeries.first().locator("rect"), categories);
  await expectCount(charts.nth(3).locator("polyline"), 2);
  await page.screenshot({ path: join(resultsDir(), "dashboard-zh-CN.png") });

  // Refreshing again leaves one set of charts.
  await pane.byTestId("review-run").click();
  await expectText(pane.byTestId("review-result"), /6 个图表/);
  await expectCount(charts, 6);
  expect(session.pageErrors).toEqual([]);
});
