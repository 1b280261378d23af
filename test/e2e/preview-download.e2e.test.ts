/**
 * The preview's "download .xlsx": create the plan with the worked example in
 * the pane, type a higher actual and a formula into the grid, click download;
 * the file is a valid .xlsx holding the four plan tables, the typed actual,
 * the typed formula, the settings names and standard formulas (no PLAN.).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { SHEET_NAMES, TABLE_NAMES } from "../../src/domain/schema/sheet-keys";
import { workedExample } from "../../src/domain/example";
import { openPreviewSession, type PreviewSession } from "./support/session";
import { openWithExample, expectAttribute } from "./support/page";

jest.setTimeout(60_000);

let session: PreviewSession;
let page: Page;

beforeAll(async () => {
  session = await openPreviewSession("preview-download", { locale: "en-US", acceptDownloads: true });
  page = session.page;
}, 240_000);

afterAll(async () => {
  await session?.close();
});

test("download .xlsx gives the plan tables with what was typed", async () => {
  const lang = "zh-CN";
  const { wb, pane } = await openWithExample(page, session.server.base, lang);
  await expectAttribute(pane.byTestId("outcome-budget"), "data-outcome", "created");
  const budget = SHEET_NAMES.budget[lang];
  await wb.showSheet(budget);
  await wb.type("E2", "13");
  await wb.expectCell("F2", "3.00");
  await wb.type("E3", "=9+9");
  await wb.expectCell("E3", "18.00");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("preview-download").click()]);
  expect(download.suggestedFilename()).toBe("营销计划.xlsx");
  const file = join(session.outDir, "download.xlsx");
  await download.saveAs(file);
  const bytes = readFileSync(file);

  const zip = await JSZip.loadAsync(bytes);
  const tables = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async("string")),
  );
  expect(tables.map((x) => /name="(\w+)"/.exec(x)![1]).sort()).toEqual(Object.values(TABLE_NAMES).sort());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["目标分解", "策略执行", "预算分配", "效果监控", "设置"]);
  const ws = book.getWorksheet(budget)!;
  expect(ws.getCell("E2").value).toBe(13);
  expect(ws.getCell("E3").value).toMatchObject({ formula: "9+9" });
  expect(ws.rowCount).toBe(1 + workedExample("zh-CN").budget.length); // header + every example line
  const variance = ws.getCell("F2").value as ExcelJS.CellFormulaValue;
  expect(variance.formula).toContain("E2");
  expect(variance.formula).not.toContain("PLAN.");
  expect(book.definedNames.getRanges("PlanApprovalLead").ranges).toEqual(["'设置'!$B$2"]);
});
