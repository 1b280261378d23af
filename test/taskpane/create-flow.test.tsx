/**
 * @jest-environment jsdom
 *
 * The Create tab against a fake workbook: the options a person picks are the
 * options create() gets, and the outcome list and notes are worded from codes
 * in the pane's language.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CreateReport } from "../../src/excel/contract";
import { WorkbookError } from "../../src/excel/errors";
import { STRINGS } from "../../src/taskpane/app/i18n";
import { CreateFlow } from "../../src/taskpane/app/flows/CreateFlow";
import { fakeWorkbook } from "./support/fake-workbook";
import { renderFlow } from "./support/render-flow";

const EMPTY: CreateReport = { outcomes: [], syncs: 2 };

test("Create with nothing changed: every sheet, empty tables, standard formulas, sheets in the pane's language", async () => {
  const fake = fakeWorkbook({ create: async () => EMPTY });
  renderFlow(<CreateFlow workbook={fake.workbook} />, "zh-CN");
  fireEvent.click(screen.getByTestId("create-run"));
  await screen.findByTestId("create-report");
  expect(fake.calls.map((c) => c.method)).toEqual(["create"]);
  expect(fake.callsOf("create")[0][0]).toEqual({
    lang: "zh-CN",
    sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
    example: false,
    style: "standard",
  });
});

test("the sheets, example, formula style and sheet language chosen are the ones create gets", async () => {
  const fake = fakeWorkbook({ create: async () => EMPTY });
  const t = STRINGS["en-US"];
  renderFlow(<CreateFlow workbook={fake.workbook} />, "en-US");
  fireEvent.click(screen.getByTestId("sheet-budget"));
  fireEvent.click(screen.getByTestId("sheet-settings"));
  fireEvent.click(screen.getByLabelText(t.create.contentExample));
  fireEvent.click(screen.getByLabelText(t.create.styleNames.plan));
  fireEvent.click(screen.getByLabelText(t.languageNames["zh-CN"]));
  fireEvent.click(screen.getByTestId("create-run"));
  await screen.findByTestId("create-report");
  expect(fake.callsOf("create")).toEqual([
    [{ lang: "zh-CN", sheets: ["goals", "strategies", "monitoring"], example: true, style: "plan" }],
  ]);
});

test("with no sheet ticked the pane says so and Create cannot be pressed", () => {
  const fake = fakeWorkbook({});
  renderFlow(<CreateFlow workbook={fake.workbook} />, "en-US");
  for (const key of ["goals", "strategies", "budget", "monitoring", "settings"])
    fireEvent.click(screen.getByTestId(`sheet-${key}`));
  expect(screen.getByRole("alert").textContent).toBe("Choose at least one sheet.");
  expect((screen.getByTestId("create-run") as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(screen.getByTestId("create-run"));
  expect(fake.calls).toEqual([]);
});

const MIXED: CreateReport = {
  syncs: 3,
  outcomes: [
    { sheet: "goals", sheetName: "目标分解", outcome: "created" },
    {
      sheet: "strategies",
      sheetName: "策略执行",
      outcome: "conflict",
      note: { code: "sheetConflict", params: { sheetName: "策略执行" } },
    },
    { sheet: "budget", sheetName: "预算分配", outcome: "columnsAdded", addedColumns: ["差异", "审批级别"] },
    {
      sheet: "settings",
      sheetName: "设置 (2)",
      outcome: "created",
      note: { code: "settingsMoved", params: { taken: "设置", free: "设置 (2)" } },
    },
  ],
};

test.each([
  ["zh-CN", ["已创建", "冲突", "已补列"], "工作表“策略执行”已存在且包含其他内容", "设置表创建为“设置 (2)”"],
  [
    "en-US",
    ["Created", "Conflict", "Columns added"],
    'A sheet named "策略执行" already exists',
    'created as "设置 (2)"',
  ],
] as const)("the outcome list and its notes are worded in %s", async (lang, badges, conflictNote, movedNote) => {
  const fake = fakeWorkbook({ create: async () => MIXED });
  renderFlow(<CreateFlow workbook={fake.workbook} />, lang);
  fireEvent.click(screen.getByTestId("create-run"));
  const report = await screen.findByTestId("create-report");
  const goals = within(report).getByTestId("outcome-goals");
  const strategies = within(report).getByTestId("outcome-strategies");
  const budget = within(report).getByTestId("outcome-budget");
  const settings = within(report).getByTestId("outcome-settings");
  expect(goals.getAttribute("data-outcome")).toBe("created");
  expect(goals.textContent).toContain(badges[0]);
  expect(goals.textContent).toContain(STRINGS[lang].create.outcomeHelp.created);
  expect(strategies.textContent).toContain(badges[1]);
  expect(strategies.textContent).toContain(conflictNote);
  expect(budget.textContent).toContain(badges[2]);
  expect(budget.textContent).toContain(
    STRINGS[lang].create.addedColumns(["差异", "审批级别"].join(STRINGS[lang].listSeparator)),
  );
  expect(settings.textContent).toContain("设置 (2)");
  expect(settings.textContent).toContain(movedNote);
  for (const el of [goals, strategies, budget, settings])
    expect(el.textContent).not.toMatch(/sheetConflict|settingsMoved|undefined/);
});

test.each([
  ["zh-CN", "受保护"],
  ["en-US", "is protected"],
] as const)("a refused create (accessDenied) is shown in %s, with no outcome list", async (lang, words) => {
  const fake = fakeWorkbook({ create: () => Promise.reject(new WorkbookError("accessDenied")) });
  renderFlow(<CreateFlow workbook={fake.workbook} />, lang);
  fireEvent.click(screen.getByTestId("create-run"));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain(words);
  expect(bar.textContent).not.toContain("accessDenied");
  expect(screen.queryByTestId("create-report")).toBeNull();
});

test("after a create, applying the formula style rewrites with the chosen style and says how many cells", async () => {
  const fake = fakeWorkbook({ create: async () => EMPTY, switchStyle: async () => ({ rewritten: 12, syncs: 2 }) });
  const t = STRINGS["en-US"];
  renderFlow(<CreateFlow workbook={fake.workbook} />, "en-US");
  fireEvent.click(screen.getByTestId("create-run"));
  await screen.findByTestId("create-report");
  fireEvent.click(screen.getByLabelText(t.create.styleNames.plan));
  fireEvent.click(screen.getByRole("button", { name: t.create.applyStyle }));
  await waitFor(() => expect(screen.getByText("Rewrote the formulas of 12 cells.")).toBeTruthy());
  expect(fake.callsOf("switchStyle")).toEqual([["plan", "en-US"]]);
});
