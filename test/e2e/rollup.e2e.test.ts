/**
 * End to end: the 汇总 / Roll-up flow in the browser preview. The user opens
 * the tab (the files reader loads as its own chunk only then), picks two
 * department workbooks and one file that is not a workbook with the file
 * chooser, runs it, and the 汇总 sheet appears in the workbook with one row per
 * department and the total; the bad file is listed; running it again replaces
 * only the roll-up sheet.
 */
import type { Page } from "playwright-core";
import { STRINGS } from "../../src/taskpane/app/i18n";
import { openPreviewSession, type PreviewSession } from "./support/session";
import { TaskPane, WorkbookWindow, expectText } from "./support/page";
import { planWorkbookBytes } from "../files/helpers/plan-fixture";

jest.setTimeout(60_000);

const readerChunks: string[] = [];
let session: PreviewSession;
let page: Page;

beforeAll(async () => {
  session = await openPreviewSession("rollup-e2e", { locale: "zh-CN", stepTimeout: 20_000 });
  page = session.page;
  page.on("request", (r) => {
    if (/files-reader/.test(r.url())) readerChunks.push(r.url());
  });
}, 240_000);

afterAll(async () => {
  await session?.close();
});

test("pick department workbooks, roll up, the 汇总 sheet appears; a bad file is listed; a re-run replaces only that sheet", async () => {
  const t = STRINGS["zh-CN"];
  await page.goto(`${session.server.base}?lang=zh-CN`);
  const wb = new WorkbookWindow(page);
  const pane = new TaskPane(page);
  await pane.tab(t.tabs.create).waitFor({ timeout: 30_000 });
  await wb.expectSheet("Sheet1");
  expect(readerChunks).toEqual([]);

  await pane.open(t.tabs.rollup);
  await page.waitForResponse((r) => /files-reader/.test(r.url()));
  const east = Buffer.from(await planWorkbookBytes({ department: "华东区" }));
  const west = Buffer.from(await planWorkbookBytes({ budgetScale: 2 }));
  const sheetMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await pane.byTestId("rollup-files").setInputFiles([
    { name: "east.xlsx", mimeType: sheetMime, buffer: east },
    { name: "华南.xlsx", mimeType: sheetMime, buffer: west },
    { name: "notes.xlsx", mimeType: sheetMime, buffer: Buffer.from("not a workbook") },
  ]);
  await expectText(pane.byTestId("rollup-picked"), t.rollup.picked(3));
  await pane.byTestId("rollup-run").click();
  await expectText(pane.byTestId("rollup-written"), /2 个部门/);
  await expectText(pane.byTestId("rollup-failed"), /notes\.xlsx/);

  await wb.showSheet("汇总");
  await wb.expectCell("A2", "华东区");
  await wb.expectCell("A3", "华南");
  await wb.expectCell("A4", "合计");
  // 35 + 70 万元, computed by the double's engine from the SUM formula.
  await wb.expectCell("C4", /105/);
  await wb.expectSheet("汇总");

  // Again with one file: the sheet is replaced, the plan sheets the user may have are untouched.
  await pane.byTestId("rollup-files").setInputFiles([{ name: "east.xlsx", mimeType: sheetMime, buffer: east }]);
  await pane.byTestId("rollup-run").click();
  await expectText(pane.byTestId("rollup-written"), /1 个部门/);
  await wb.showSheet("汇总");
  await wb.expectCell("A3", "合计");
  await wb.expectCell("C3", /35/);
  await expect(wb.sheetTab("Sheet1").count()).resolves.toBe(1);
  expect(session.pageErrors).toEqual([]);
});
