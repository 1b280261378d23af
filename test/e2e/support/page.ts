/**
 * Helpers for driving the preview page: waiting for what the page shows, the
 * keyboard, and the two halves of the page (the workbook window and the task
 * pane) as locators. Assertions read the DOM only; every action is a click or
 * a key press.
 */
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../../src/domain/language";
import { STRINGS } from "../../../src/taskpane/app/i18n";

const DEFAULT_TIMEOUT = 15_000;

/** Polls `read` until `ok(value)`; fails saying what was expected and what was last seen. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = DEFAULT_TIMEOUT,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      error = undefined;
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > end) {
      throw new Error(`Timed out waiting for ${what}; last seen: ${error ? String(error) : JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const matches = (value: string | null, expected: string | RegExp): boolean =>
  value !== null && (typeof expected === "string" ? value === expected : expected.test(value));

export async function expectText(locator: Locator, expected: string | RegExp, what = String(locator)): Promise<string> {
  return (await until(
    `${what} to read ${expected}`,
    async () => ((await locator.textContent({ timeout: 1000 })) ?? "").trim(),
    (v) => matches(v, expected),
  ))!;
}

export async function expectAttribute(
  locator: Locator,
  name: string,
  expected: string | RegExp,
  what = String(locator),
): Promise<void> {
  await until(
    `${what} [${name}] to be ${expected}`,
    () => locator.getAttribute(name, { timeout: 1000 }),
    (v) => matches(v, expected),
  );
}

export async function expectCount(locator: Locator, expected: number, what = String(locator)): Promise<void> {
  await until(
    `${what} to count ${expected}`,
    () => locator.count(),
    (n) => n === expected,
  );
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator
    .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
    .catch(() => false);
}

/** What has the focus, for messages: tag, role, name, testid. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "(nothing)";
    const parts = [el.tagName.toLowerCase()];
    if (el.getAttribute("role")) parts.push(`role=${el.getAttribute("role")}`);
    const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40);
    if (name) parts.push(`"${name}"`);
    if (el.dataset.testid) parts.push(`testid=${el.dataset.testid}`);
    return parts.join(" ");
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    seen.push(await describeFocus(page));
  }
  if (await isFocused(target)) return;
  throw new Error(`${back ? "Shift+Tab" : "Tab"} never reached ${target}; focus went through:\n  ${seen.join("\n  ")}`);
}

export async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** The preview's workbook window: grid, sheet tabs, name box. */
export class WorkbookWindow {
  readonly root: Locator;
  readonly grid: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole("main", { name: "工作簿 · Workbook" });
    this.grid = this.root.getByRole("grid");
  }
  cell(a1: string): Locator {
    return this.grid.locator(`td[data-address="${a1}"]`);
  }
  sheetTab(name: string): Locator {
    return this.root.getByRole("tablist", { name: "工作表 · Sheets" }).getByRole("tab", { name, exact: true });
  }
  async showSheet(name: string): Promise<void> {
    await this.sheetTab(name).click();
    await this.expectSheet(name);
  }
  async expectSheet(name: string): Promise<void> {
    await expectAttribute(this.grid, "data-sheet", name, "the sheet shown in the grid");
    await expectAttribute(this.sheetTab(name), "aria-selected", "true", `sheet tab ${name}`);
  }
  /** The selection as the grid shows it: 预算分配!E2 */
  async expectSelection(address: string): Promise<void> {
    await expectAttribute(this.grid, "data-selection", address, "the grid's selection");
    const a1 = address.split("!").pop()!.split(":")[0];
    await expectAttribute(this.cell(a1), "aria-selected", "true", `cell ${a1}`);
    await until(
      `cell ${a1} highlighted as the active cell`,
      () => this.cell(a1).getAttribute("class"),
      (c) => /\bactive\b/.test(c ?? ""),
    );
  }
  async expectCell(a1: string, text: string | RegExp): Promise<void> {
    await expectText(this.cell(a1), text, `cell ${a1} of ${await this.grid.getAttribute("data-sheet")}`);
  }
  /** Clicks a cell, types, presses Enter: the way a person edits a cell. */
  async type(a1: string, text: string): Promise<void> {
    await this.cell(a1).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }
}

/** The task pane (the real one, in the preview's right-hand column). */
export class TaskPane {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole("complementary", { name: "任务窗格 · Task pane" });
  }
  tab(name: string): Locator {
    return this.root.getByRole("tablist").getByRole("tab", { name, exact: true });
  }
  async open(name: string): Promise<void> {
    await this.tab(name).click();
    await expectAttribute(this.tab(name), "aria-selected", "true", `pane tab ${name}`);
  }
  button(name: string): Locator {
    return this.root.getByRole("button", { name, exact: true });
  }
  byTestId(id: string): Locator {
    return this.root.getByTestId(id);
  }
}

/**
 * Opens the preview at `base` in `lang` and creates the plan with the worked
 * example, the first step of most scenarios; returns the two halves of the page.
 */
export async function openWithExample(
  page: Page,
  base: string,
  lang: Lang,
): Promise<{ wb: WorkbookWindow; pane: TaskPane; t: (typeof STRINGS)[Lang] }> {
  const t = STRINGS[lang];
  await page.goto(`${base}?lang=${lang}`);
  const wb = new WorkbookWindow(page);
  const pane = new TaskPane(page);
  await pane.tab(t.tabs.create).waitFor({ timeout: 30_000 });
  await pane.root.getByRole("radio", { name: t.create.contentExample }).check();
  await pane.button(t.create.createButton).click();
  await pane.byTestId("create-report").waitFor();
  return { wb, pane, t };
}
