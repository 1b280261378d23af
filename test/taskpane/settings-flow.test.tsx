/**
 * @jest-environment jsdom
 *
 * The Settings tab against a fake workbook: it shows the workbook's thresholds,
 * refuses an invalid one without writing, writes a valid change, and shows
 * what the workbook itself rejected — in the pane's language.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { SettingsReadReport } from "../../src/excel/contract";
import { DEFAULT_THRESHOLDS, thresholdProblemMessage } from "../../src/domain/settings/thresholds";
import { SettingsFlow } from "../../src/taskpane/app/flows/SettingsFlow";
import { fakeWorkbook } from "./support/fake-workbook";
import { renderFlow } from "./support/render-flow";

const IN_WORKBOOK: SettingsReadReport = { thresholds: { ...DEFAULT_THRESHOLDS, approvalLead: 0.2 }, present: true };

const input = (key: string) => screen.getByTestId(`threshold-${key}`) as HTMLInputElement;

async function opened(lang: "zh-CN" | "en-US", answers: Parameters<typeof fakeWorkbook>[0]) {
  const fake = fakeWorkbook({ readSettings: async () => IN_WORKBOOK, ...answers });
  renderFlow(<SettingsFlow workbook={fake.workbook} />, lang);
  await waitFor(() => expect(input("approvalLead").value).toBe("20"));
  return fake;
}

test("the thresholds shown are the workbook's (20% lead approval), percent fields in %", async () => {
  const fake = await opened("en-US", {});
  expect(input("approvalGM").value).toBe("50");
  expect(input("streakPeriods").value).toBe(String(DEFAULT_THRESHOLDS.streakPeriods));
  expect(fake.calls.map((c) => c.method)).toEqual(["readSettings"]);
  expect(screen.queryByTestId("settings-not-present")).toBeNull();
});

test("a workbook without a settings sheet shows the defaults and says so", async () => {
  const fake = fakeWorkbook({ readSettings: async () => ({ thresholds: DEFAULT_THRESHOLDS, present: false }) });
  renderFlow(<SettingsFlow workbook={fake.workbook} />, "zh-CN");
  expect((await screen.findByTestId("settings-not-present")).textContent).toContain("设置");
  expect(input("approvalLead").value).toBe("10");
});

test.each([
  ["zh-CN", "营销负责人审批线必须是数字"],
  ["en-US", "Marketing lead approval above must be a number"],
] as const)("an invalid threshold is refused in %s and nothing is written", async (lang, words) => {
  const fake = await opened(lang, { writeSettings: async () => ({ written: true, syncs: 1 }) });
  fireEvent.change(input("approvalLead"), { target: { value: "十" } });
  fireEvent.click(screen.getByTestId("settings-save"));
  const problems = await screen.findByTestId("settings-problems");
  expect(problems.textContent).toContain(words);
  expect(fake.callsOf("writeSettings")).toEqual([]);
  expect(screen.queryByTestId("settings-saved")).toBeNull();
});

test("the general manager line below the lead's is refused (gmBelowLead), nothing written", async () => {
  const fake = await opened("en-US", { writeSettings: async () => ({ written: true, syncs: 1 }) });
  fireEvent.change(input("approvalGM"), { target: { value: "15" } });
  fireEvent.click(screen.getByTestId("settings-save"));
  const problems = await screen.findByTestId("settings-problems");
  expect(problems.textContent).toContain(thresholdProblemMessage("approvalGM", "gmBelowLead")["en-US"]);
  expect(fake.callsOf("writeSettings")).toEqual([]);
});

test("a valid change is written once, as a fraction, and the pane says it was saved", async () => {
  const fake = await opened("zh-CN", { writeSettings: async () => ({ written: true, syncs: 1 }) });
  fireEvent.change(input("approvalLead"), { target: { value: "15%" } });
  fireEvent.click(screen.getByTestId("settings-save"));
  expect((await screen.findByTestId("settings-saved")).textContent).toBe("已保存到工作簿。");
  expect(fake.callsOf("writeSettings")).toEqual([[{ ...DEFAULT_THRESHOLDS, approvalLead: 0.15 }]]);
});

test("values the workbook rejects are listed in the pane's language", async () => {
  const problem = {
    key: "reserveMin",
    code: "reserveMinAboveMax",
    message: thresholdProblemMessage("reserveMin", "reserveMinAboveMax"),
  } as const;
  await opened("en-US", { writeSettings: async () => ({ written: false, problems: [problem] }) });
  fireEvent.click(screen.getByTestId("settings-save"));
  const rejected = await screen.findByTestId("settings-rejected");
  expect(rejected.textContent).toContain("The workbook did not accept these values:");
  expect(rejected.textContent).toContain("The contingency minimum cannot be above the maximum");
  expect(screen.queryByTestId("settings-saved")).toBeNull();
});
