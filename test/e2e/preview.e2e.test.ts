/**
 * End to end: the browser preview (dev/preview) in Debian's headless Chromium.
 * The real task pane runs against the in-memory Excel double, driven only by
 * clicks and key presses, in both languages:
 *
 *   create (worked example) → edit the workbook grid (raise an actual, clear the
 *   approver) → check → the new finding with its address → click it → the cell
 *   is selected in the grid → weekly update (rows added, first actual selected;
 *   a second run adds nothing) → settings (invalid thresholds refused with a
 *   message, a valid one saved) → the computed column changes in the grid →
 *   check again → insert a PLAN function into a cell picked in the grid;
 *   and one flow by keyboard only (Tab, arrows, Enter, typing, Delete).
 *
 * One webpack build (development, --env preview) into a temporary folder, one
 * static server on 127.0.0.1, one browser, one page. Office.js is Microsoft's
 * (node_modules/@microsoft/office-js, served locally); every request leaving
 * 127.0.0.1 is aborted, and the aborted ones must be known Office telemetry
 * (listed in test-results/e2e/aborted-requests.json). Screenshots:
 * test-results/e2e/*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { STRINGS } from "../../src/taskpane/app/i18n";
import type { Lang } from "../../src/domain/language";
import { APPROVAL_LABELS } from "../../src/domain/labels";
import { SHEET_NAMES } from "../../src/domain/schema/sheet-keys";
import { computedFormula } from "../../src/domain/formulas";
import { DEFAULT_FORMULA_STYLE } from "../../src/domain/formulas/style";
import {
  CHROMIUM_ARGS,
  buildPreview,
  requireChromium,
  resultsDir,
  serveStatic,
  type StaticServer,
} from "./support/env";
import {
  TaskPane,
  WorkbookWindow,
  expectAttribute,
  expectCount,
  expectText,
  isFocused,
  press,
  tabTo,
  until,
} from "./support/page";

// One page walks through the flows step by step; each step waits for the workbook and the pane.
jest.setTimeout(60_000);

/** Requests office.js makes outside Office that the tests let fail (blocked, never answered). */
const KNOWN_OFFICE_TELEMETRY = [
  /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//,
  /^https:\/\/[a-z0-9.-]*\.events\.data\.microsoft\.com\//,
  /^https:\/\/browser\.pipe\.aria\.microsoft\.com\//,
];

let outDir: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
const aborted: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

/** window.__planPreview of dev/preview/index.tsx. */
interface PreviewWindow {
  __planPreview: { globalsOk(): boolean; paneLoaded: boolean };
}

/** The double's Excel, Office and OfficeExtension are the page's globals (not office.js's). */
function previewGlobalsOk(): Promise<boolean> {
  return page.evaluate(() => (window as unknown as PreviewWindow).__planPreview.globalsOk());
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(resultsDir(), `${name}.png`) });
}

/** Opens the preview with Excel's display language set to `lang`: a fresh in-memory workbook. */
async function openPreview(lang: Lang): Promise<{ wb: WorkbookWindow; pane: TaskPane }> {
  await page.goto(`${server!.base}?lang=${lang}`);
  const wb = new WorkbookWindow(page);
  const pane = new TaskPane(page);
  await pane.tab(STRINGS[lang].tabs.create).waitFor({ timeout: 30_000 });
  await wb.expectSheet("Sheet1");
  return { wb, pane };
}

beforeAll(async () => {
  const executablePath = requireChromium();
  outDir = mkdtempSync(join(tmpdir(), "plan-preview-e2e-"));
  buildPreview(outDir);
  server = await serveStatic(outDir);
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
  const local = new Set(["127.0.0.1", "localhost"]);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (local.has(new URL(url).hostname)) return route.continue();
    aborted.push(url);
    return route.abort("blockedbyclient");
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test("the preview page: real office.js from 127.0.0.1, the double's globals win, the pane beside the workbook", async () => {
  const { wb, pane } = await openPreview("zh-CN");
  expect(server!.served).toContain("/office-js/office.js");
  await expectAttribute(page.getByTestId("preview-office-js"), "data-state", "ready");
  // office.js (loaded first) defines its own Office; the double's Excel/Office/OfficeExtension replaced it, and stay.
  expect(await previewGlobalsOk()).toBe(true);
  expect(await page.evaluate(() => (window as unknown as PreviewWindow).__planPreview.paneLoaded)).toBe(true);
  await expectText(page.getByTestId("preview-banner").locator("strong").first(), "浏览器预览");
  await expectText(page.getByTestId("preview-banner").locator("strong").nth(1), "Browser preview");
  // The pane column is as wide as Excel's task pane.
  const paneBox = await pane.root.boundingBox();
  expect(Math.round(paneBox!.width)).toBe(350);
  const gridBox = await wb.root.boundingBox();
  expect(gridBox!.x + gridBox!.width).toBeLessThanOrEqual(paneBox!.x + 1);
  // Grid: column letters and row numbers.
  await expectText(wb.grid.getByRole("columnheader").first(), "A");
  await expectText(wb.grid.getByRole("rowheader").first(), "1");
  // In Excel the pane follows the display language.
  await expectAttribute(pane.tab("创建计划"), "aria-selected", "true");
  await page.waitForTimeout(3200); // the page re-checks its globals after 3 s
  expect(consoleErrors.filter((e) => /replaced the Excel double/.test(e))).toEqual([]);
  expect(await previewGlobalsOk()).toBe(true);
  await screenshot("preview-zh-CN-start");
});

describe.each(["zh-CN", "en-US"] as const)("the plan in %s, by mouse and typing", (lang) => {
  const t = STRINGS[lang];
  const budget = SHEET_NAMES.budget[lang];
  const monitoring = SHEET_NAMES.monitoring[lang];
  const approval = (level: keyof typeof APPROVAL_LABELS) => APPROVAL_LABELS[level][lang];
  let wb: WorkbookWindow;
  let pane: TaskPane;

  test("create the plan sheets with the worked example", async () => {
    if (lang === "en-US") {
      // Excel's display language is the banner's choice: the page reloads with a fresh workbook.
      await openPreview("zh-CN");
      await page.getByTestId("preview-lang").selectOption("en-US");
      await page.waitForURL(/\?lang=en-US$/);
      ({ wb, pane } = { wb: new WorkbookWindow(page), pane: new TaskPane(page) });
      await pane.tab(t.tabs.create).waitFor({ timeout: 30_000 });
    } else {
      ({ wb, pane } = await openPreview(lang));
    }
    await pane.root.getByRole("radio", { name: t.create.contentExample }).check();
    await pane.button(t.create.createButton).click();
    await pane.byTestId("create-report").waitFor();
    for (const key of ["goals", "strategies", "budget", "monitoring", "settings"] as const) {
      await expectAttribute(pane.byTestId(`outcome-${key}`), "data-outcome", "created");
      await wb.sheetTab(SHEET_NAMES[key][lang]).waitFor();
    }
    await wb.showSheet(budget);
    await wb.expectCell("D2", "10.00");
    await wb.expectCell("E2", "11.00");
    await wb.expectCell("G2", "10.00%");
    await wb.expectCell("I2", approval("none"));
    // New plans use the standard style: formulas that compute without the add-in.
    const variance = computedFormula(DEFAULT_FORMULA_STYLE, {
      kind: "variance",
      cells: { actual: "E2", budget: "D2" },
      lang,
    });
    expect(variance).not.toContain("PLAN.");
    await expectAttribute(wb.cell("F2"), "data-formula", variance);
    expect(await wb.cell("E2").getAttribute("data-formula")).toBeNull();
    await screenshot(`preview-${lang}-1-created`);
  });

  test("edit the grid: a higher actual needs approval, the approver is cleared", async () => {
    await wb.type("E2", "13");
    await wb.expectCell("E2", "13.00");
    await wb.expectCell("F2", "3.00");
    await wb.expectCell("G2", "30.00%");
    await wb.expectCell("I2", approval("lead"));
    await wb.expectSelection(`${budget}!E3`); // Enter moves down, as in Excel
    await wb.cell("K2").click();
    await wb.expectSelection(`${budget}!K2`);
    await page.keyboard.press("Delete");
    await wb.expectCell("K2", "");
    // A formula typed into a cell is a formula (and is marked as one).
    await wb.type("M2", "=E2-D2");
    await wb.expectCell("M2", "3");
    await expectAttribute(wb.cell("M2"), "data-formula", "=E2-D2");
    await wb.cell("M2").click();
    await page.keyboard.press("Delete");
    await wb.expectCell("M2", "");
    await screenshot(`preview-${lang}-2-edited`);
  });

  test("check finds the missing approver, and clicking the finding selects its cell", async () => {
    await pane.open(t.tabs.check);
    await pane.button(t.check.run).click();
    const findings = pane.byTestId("check-findings");
    await findings.waitFor();
    const address = `${budget}!K2`;
    const finding = findings.locator(`[data-testid="finding"][data-address="${address}"]`);
    await expectAttribute(finding, "data-code", "approverMissing");
    await expectAttribute(finding, "data-severity", "error");
    const name = await finding.getAttribute("aria-label");
    expect(name?.startsWith(t.check.findingLabel(t.severity.error, address, ""))).toBe(true);
    expect(name).toContain(approval("lead"));
    await expectText(
      pane.byTestId("findings-budget").getByRole("heading", { level: 4 }),
      new RegExp(`^▾ ${escapeRegExp(budget)} · 1$`),
    );
    await screenshot(`preview-${lang}-3-findings`);

    // Elsewhere in the workbook first: clicking the finding activates the sheet and selects the cell.
    await wb.showSheet("Sheet1");
    await pane.root
      .getByRole("button", {
        name: new RegExp(`^${escapeRegExp(t.check.findingLabel(t.severity.error, address, ""))}`),
      })
      .click();
    await expectText(pane.byTestId("check-selected"), t.check.selected(address));
    await wb.expectSheet(budget);
    await wb.expectSelection(address);
    await screenshot(`preview-${lang}-4-finding-selected`);
  });

  test("computedValueTyped: restore formula puts back the typed-over variance, only that cell", async () => {
    await wb.showSheet(budget);
    await wb.type("F3", "7");
    await wb.expectCell("F3", "7.00");
    await pane.open(t.tabs.check);
    await pane.byTestId("check-run").click();
    const address = `${budget}!F3`;
    const restore = pane.root.locator(`[data-testid="restore-formula"][data-address="${address}"]`);
    await restore.click();
    await expectText(pane.byTestId("check-restored"), t.check.restored(1));
    const formula = computedFormula(DEFAULT_FORMULA_STYLE, {
      kind: "variance",
      cells: { actual: "E3", budget: "D3" },
      lang,
    });
    await expectAttribute(wb.cell("F3"), "data-formula", formula);
    await wb.expectCell("F3", "-2.00");
    await expectAttribute(
      wb.cell("F2"),
      "data-formula",
      computedFormula(DEFAULT_FORMULA_STYLE, { kind: "variance", cells: { actual: "E2", budget: "D2" }, lang }),
    );
    await expectCount(pane.root.locator('[data-testid="finding"][data-code="computedValueTyped"]'), 0);
  });

  test("the findings filter by severity and sheet, groups collapse, and the re-check stays in view", async () => {
    const errors = pane.root.locator('[data-testid="finding"][data-severity="error"]');
    await until(
      "error findings listed",
      () => errors.count(),
      (n) => n > 0,
    );
    await pane.byTestId("filter-severity-error").click();
    await expectCount(errors, 0);
    await pane.byTestId("filter-severity-error").click();
    await until(
      "error findings back",
      () => errors.count(),
      (n) => n > 0,
    );
    await pane.byTestId("filter-sheet-budget").click();
    await expectCount(pane.byTestId("findings-budget"), 0);
    await pane.byTestId("filter-sheet-budget").click();
    await pane.byTestId("findings-budget").waitFor();
    const toggle = pane.byTestId("findings-toggle-budget");
    await toggle.click();
    await expectAttribute(toggle, "aria-expanded", "false");
    await expectCount(pane.byTestId("findings-budget").getByTestId("finding"), 0);
    await toggle.click();
    await expectAttribute(toggle, "aria-expanded", "true");
    expect(await pane.byTestId("check-actions").evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
  });

  test("the timeline sheet is created, and a second refresh leaves one", async () => {
    const timeline = lang === "zh-CN" ? "甘特图" : "Timeline";
    await pane.byTestId("timeline-run").click();
    await expectText(pane.byTestId("timeline-done"), new RegExp(escapeRegExp(timeline)));
    await pane.byTestId("timeline-run").click();
    await expectText(pane.byTestId("timeline-done"), new RegExp(escapeRegExp(timeline)));
    await expectCount(wb.sheetTab(timeline), 1);
    await wb.showSheet(timeline);
    await wb.expectCell("A2", "S1");
    await wb.showSheet(budget);
  });

  test("weekly update adds this period's rows, selects the first actual, and adds nothing the second time", async () => {
    await pane.open(t.tabs.weekly);
    await pane.byTestId("weekly-period").fill("2026-W48");
    await pane.button(t.weekly.add).click();
    const result = pane.byTestId("weekly-result");
    await expectText(result, new RegExp(escapeRegExp(t.weekly.result(1, 0))));
    await expectText(result, new RegExp(escapeRegExp(t.weekly.firstActual(`${monitoring}!H5`))));
    await wb.expectSheet(monitoring);
    await wb.expectSelection(`${monitoring}!H5`);
    await wb.expectCell("A5", "2026-W48");
    await wb.expectCell("H5", "");
    await screenshot(`preview-${lang}-5-weekly`);

    await pane.button(t.weekly.add).click();
    await expectText(result, new RegExp(escapeRegExp(t.weekly.result(0, 1))));
    await expectText(result, new RegExp(escapeRegExp(t.weekly.nothingAdded)));
    await wb.expectCell("A6", "");
    await expectCount(wb.grid.locator('td[data-address^="A"]', { hasText: /^2026-W48$/ }), 1, "rows of 2026-W48");
  });

  test("settings refuse invalid thresholds with a message, save a valid one, and the computed column follows", async () => {
    await pane.open(t.tabs.settings);
    const lead = pane.byTestId("threshold-approvalLead");
    await until(
      "the lead threshold read from the workbook",
      () => lead.inputValue(),
      (v) => v === "10",
    );
    await lead.fill("abc");
    await pane.button(t.settings.save).click();
    const problems = pane.byTestId("settings-problems");
    await expectText(
      problems,
      new RegExp(
        escapeRegExp(
          lang === "zh-CN" ? "营销负责人审批线必须是数字" : "Marketing lead approval above must be a number",
        ),
      ),
    );
    await expectText(problems, new RegExp(escapeRegExp(t.settings.fixProblems(1))));
    // Above the general manager's threshold: refused too.
    await lead.fill("60");
    await pane.button(t.settings.save).click();
    await expectText(
      problems,
      new RegExp(
        escapeRegExp(
          lang === "zh-CN"
            ? "总经理审批线不能低于营销负责人审批线"
            : "The general manager threshold cannot be below the marketing lead threshold",
        ),
      ),
    );
    await screenshot(`preview-${lang}-6-settings-refused`);
    // Nothing was written: the budget still asks the marketing lead.
    await wb.showSheet(budget);
    await wb.expectCell("I2", approval("lead"));

    await lead.fill("40");
    await pane.button(t.settings.save).click();
    await expectText(pane.byTestId("settings-saved"), t.settings.saved);
    expect(await problems.count()).toBe(0);
    await wb.expectCell("I2", approval("none")); // 30% is not above 40%
    await wb.showSheet(SHEET_NAMES.settings[lang]);
    await wb.expectCell("B2", /^40(\.0+)?%$/);
    await screenshot(`preview-${lang}-7-settings-saved`);
  });

  test("check again: the approver finding is gone", async () => {
    await pane.open(t.tabs.check);
    await pane.button(t.check.rerun).click();
    // The approver finding goes; the weekly step's 2026-W48 row after 2026-W05 leaves W06–W47 unreported: one periodMissing.
    await expectText(pane.byTestId("check-change"), t.check.change(1, 1));
    await expectCount(pane.root.locator(`[data-testid="finding"][data-address="${budget}!K2"]`), 0, "findings at K2");
    await expectCount(
      pane.root.locator('[data-testid="finding"][data-code="periodMissing"]'),
      1,
      "periodMissing findings",
    );
  });

  test("a PLAN function goes into the cell picked in the grid", async () => {
    await wb.showSheet("Sheet1");
    await wb.cell("B2").click();
    await wb.expectSelection("Sheet1!B2");
    await pane.open(t.tabs.functions);
    await pane.root.getByRole("button", { name: t.functions.insertLabel("VARIANCE") }).click();
    await expectText(pane.byTestId("functions-inserted"), t.functions.insertedAt("=PLAN.VARIANCE(11,10)", "Sheet1!B2"));
    await wb.expectCell("B2", "1");
    await expectAttribute(wb.cell("B2"), "data-formula", "=PLAN.VARIANCE(11,10)");
    await screenshot(`preview-${lang}-8-function-inserted`);
  });
});

test("keyboard only: create, edit the grid, check and go to the finding (zh-CN)", async () => {
  const lang = "zh-CN";
  const t = STRINGS[lang];
  const budget = SHEET_NAMES.budget[lang];
  const { wb, pane } = await openPreview(lang);

  // Create with the worked example: Tab into the pane, arrows in the radio group, Enter on Create.
  await tabTo(page, pane.tab(t.tabs.create));
  await tabTo(page, pane.root.getByRole("radio", { name: t.create.contentEmpty }));
  await page.keyboard.press("ArrowDown");
  expect(await pane.root.getByRole("radio", { name: t.create.contentExample }).isChecked()).toBe(true);
  await tabTo(page, pane.button(t.create.createButton));
  await page.keyboard.press("Enter");
  await pane.byTestId("create-report").waitFor();

  // Back to the workbook: the sheet tabs (arrows switch sheets), then the grid.
  await tabTo(page, wb.sheetTab("Sheet1"), { back: true });
  await press(page, "ArrowRight", 3);
  await wb.expectSheet(budget);
  expect(await isFocused(wb.sheetTab(budget))).toBe(true);
  await tabTo(page, wb.grid, { back: true });
  await wb.expectSelection(`${budget}!A1`);
  await press(page, "ArrowDown");
  await press(page, "ArrowRight", 4);
  await wb.expectSelection(`${budget}!E2`);
  await page.keyboard.type("16"); // 60% over budget: the general manager approves
  await page.keyboard.press("Enter");
  await wb.expectCell("E2", "16.00");
  await wb.expectCell("I2", APPROVAL_LABELS.gm[lang]);
  await press(page, "ArrowUp");
  await press(page, "ArrowRight", 6);
  await wb.expectSelection(`${budget}!K2`);
  await page.keyboard.press("Delete");
  await wb.expectCell("K2", "");
  // F2 edits a cell in place; Esc leaves it unchanged.
  await press(page, "ArrowLeft");
  await page.keyboard.press("F2");
  await page.getByTestId("cell-editor").waitFor();
  await page.keyboard.type("xyz");
  await page.keyboard.press("Escape");
  await wb.expectCell("J2", "竞价关键词成本超预期");

  // The pane: its tab list (arrow to Check), Tab to Run check, Enter; Tab to the finding, Enter.
  await tabTo(page, pane.tab(t.tabs.create));
  await page.keyboard.press("ArrowRight");
  await expectAttribute(pane.tab(t.tabs.check), "aria-selected", "true");
  expect(await isFocused(pane.tab(t.tabs.check))).toBe(true);
  await tabTo(page, pane.button(t.check.run));
  await page.keyboard.press("Enter");
  const address = `${budget}!K2`;
  const finding = pane.root.locator(`[data-testid="finding"][data-address="${address}"]`);
  await finding.waitFor();
  expect(await finding.getAttribute("aria-label")).toContain(APPROVAL_LABELS.gm[lang]);
  await tabTo(page, finding);
  await page.keyboard.press("Enter");
  await expectText(pane.byTestId("check-selected"), t.check.selected(address));
  await wb.expectSelection(address);
  await screenshot("preview-zh-CN-keyboard");
});

test("the add-in page itself, opened outside Office, says in both languages to open it in Excel", async () => {
  await page.goto(`${server!.base}taskpane.html`);
  const note = page.getByTestId("not-in-office");
  await expectText(note.locator('[lang="zh-CN"] h1'), "请在 Excel 中打开");
  await expectText(note.locator('[lang="en-US"] h1'), "Open this in Excel");
  await expectText(note.locator('[lang="en-US"]'), /npm run preview/); // served from 127.0.0.1: the developer's hint
  expect(await page.evaluate(() => performance.getEntriesByName("taskpane-first-render", "mark").length)).toBe(1);
  await screenshot("taskpane-outside-office");
});

test("nothing left 127.0.0.1 except known Office telemetry, and the page had no errors", async () => {
  writeFileSync(join(resultsDir(), "aborted-requests.json"), `${JSON.stringify(aborted, null, 2)}\n`);
  const unexpected = aborted.filter((url) => !KNOWN_OFFICE_TELEMETRY.some((re) => re.test(url)));
  expect(unexpected).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(consoleErrors.filter((e) => !/net::ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(e))).toEqual([]);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
