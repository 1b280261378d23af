/**
 * The preview's "download .xlsx": create the plan with the worked example in
 * the pane, type a higher actual and a formula into the grid, click download;
 * the file is a valid .xlsx holding the four plan tables, the typed actual,
 * the typed formula, the settings names and standard formulas (no PLAN.).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type Browser, type Page } from "playwright-core";
import { STRINGS } from "../../src/taskpane/app/i18n";
import { SHEET_NAMES, TABLE_NAMES } from "../../src/domain/schema/sheet-keys";
import { workedExample } from "../../src/domain/example";
import { CHROMIUM_ARGS, buildPreview, requireChromium, serveStatic, type StaticServer } from "./support/env";
import { TaskPane, WorkbookWindow, expectAttribute } from "./support/page";

jest.setTimeout(60_000);

let outDir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  const executablePath = requireChromium();
  outDir = mkdtempSync(join(tmpdir(), "plan-preview-download-"));
  buildPreview(outDir);
  server = await serveStatic(outDir);
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: "en-US",
    acceptDownloads: true,
  });
  await context.route("**/*", (route) =>
    ["127.0.0.1", "localhost"].includes(new URL(route.request().url()).hostname)
      ? route.continue()
      : route.abort("blockedbyclient"),
  );
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test("download .xlsx gives the plan tables with what was typed", async () => {
  const lang = "zh-CN";
  const t = STRINGS[lang];
  await page.goto(`${server!.base}?lang=${lang}`);
  const wb = new WorkbookWindow(page);
  const pane = new TaskPane(page);
  await pane.tab(t.tabs.create).waitFor({ timeout: 30_000 });
  await pane.root.getByRole("radio", { name: t.create.contentExample }).check();
  await pane.button(t.create.createButton).click();
  await pane.byTestId("create-report").waitFor();
  await expectAttribute(pane.byTestId("outcome-budget"), "data-outcome", "created");
  const budget = SHEET_NAMES.budget[lang];
  await wb.showSheet(budget);
  await wb.type("E2", "13");
  await wb.expectCell("F2", "3.00");
  await wb.type("E3", "=9+9");
  await wb.expectCell("E3", "18.00");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("preview-download").click()]);
  expect(download.suggestedFilename()).toBe("营销计划.xlsx");
  const file = join(outDir!, "download.xlsx");
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
