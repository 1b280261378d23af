/**
 * @jest-environment jsdom
 *
 * The budget split preset on the Settings tab against a fake workbook: each
 * preset in words (zh-CN, en-US), the workbook's preset picked, a new pick
 * saved with the thresholds, the cell left alone when nothing was picked, and
 * the notes for an older workbook and for text that is no preset.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { SettingsReadReport } from "../../src/excel/contract";
import { SPLIT_GROUPS } from "../../src/domain/settings/budget-split";
import { DEFAULT_THRESHOLDS } from "../../src/domain/settings/thresholds";
import { SettingsFlow } from "../../src/taskpane/app/flows/SettingsFlow";
import { STRINGS } from "../../src/taskpane/app/i18n";
import { SPLIT_GROUP_KEYS } from "../../src/taskpane/app/lib/split-words";
import { fakeWorkbook } from "./support/fake-workbook";
import { renderFlow } from "./support/render-flow";

const THRESHOLDS = { ...DEFAULT_THRESHOLDS, approvalLead: 0.2 };
const saved = async () => ({ written: true as const, syncs: 3 });

const radio = (preset: string) => screen.getByTestId(`split-${preset}`) as HTMLInputElement;
const words = (preset: string) => radio(preset).labels?.[0]?.textContent;

async function opened(lang: "zh-CN" | "en-US", read: Partial<SettingsReadReport>) {
  const fake = fakeWorkbook({
    readSettings: async () => ({ thresholds: THRESHOLDS, present: true, ...read }),
    writeSettings: saved,
  });
  renderFlow(<SettingsFlow workbook={fake.workbook} />, lang);
  await waitFor(() => expect((screen.getByTestId("threshold-approvalLead") as HTMLInputElement).value).toBe("20"));
  return fake;
}

test("zh-CN: each preset's shares in words, the workbook's preset picked", async () => {
  await opened("zh-CN", { split: "40/30/25/5" });
  expect(words("none")).toBe("不检查");
  expect(words("55/15/30")).toBe(
    "55/15/30: 头部渠道（渠道费用 + 推广费用）55%；新技术测试（第三方服务费）15%；传统维护（物料制作费 + 人力成本）30%；不计入：应急预算",
  );
  expect(words("40/30/25/5")).toBe(
    "40/30/25/5: 获客（渠道费用）40%；品牌（推广费用 + 物料制作费）30%；转化（第三方服务费 + 人力成本）25%；储备（应急预算）5%",
  );
  expect(radio("40/30/25/5").checked).toBe(true);
  expect(radio("none").checked).toBe(false);
});

test("en-US: each preset's shares in words", async () => {
  await opened("en-US", { split: "none" });
  expect(words("none")).toBe("Not checked");
  expect(words("55/15/30")).toBe(
    "55/15/30: head channels (Channel + Promotion) 55%; new tech tests (Services) 15%; traditional upkeep (Materials + Staff) 30%; not counted: Contingency",
  );
  expect(words("40/30/25/5")).toBe(
    "40/30/25/5: acquisition (Channel) 40%; brand (Promotion + Materials) 30%; conversion (Services + Staff) 25%; reserve (Contingency) 5%",
  );
  expect(radio("none").checked).toBe(true);
});

test("every group of every preset has its words in both languages", () => {
  const keys = Object.values(SPLIT_GROUPS)
    .flat()
    .map((g) => g.key);
  expect([...keys].sort()).toEqual([...SPLIT_GROUP_KEYS].sort());
  for (const lang of ["zh-CN", "en-US"] as const)
    for (const key of SPLIT_GROUP_KEYS) expect(STRINGS[lang].settings.split.groups[key]).not.toBe("");
});

test("choosing a preset and saving writes it with the thresholds, once", async () => {
  const fake = await opened("en-US", { split: "none" });
  fireEvent.click(radio("55/15/30"));
  fireEvent.click(screen.getByTestId("settings-save"));
  expect((await screen.findByTestId("settings-saved")).textContent).toBe("Saved to the workbook.");
  expect(fake.callsOf("writeSettings")).toEqual([[THRESHOLDS, "55/15/30"]]);
  // Saved: a second save without a new pick leaves the cell alone.
  fireEvent.click(screen.getByTestId("settings-save"));
  await waitFor(() => expect(fake.callsOf("writeSettings")).toHaveLength(2));
  expect(fake.callsOf("writeSettings")[1][1]).toBeUndefined();
});

test("saving without a new pick leaves the split cell as it is", async () => {
  const fake = await opened("zh-CN", { split: "55/15/30" });
  fireEvent.click(screen.getByTestId("settings-save"));
  await screen.findByTestId("settings-saved");
  expect(fake.callsOf("writeSettings")).toHaveLength(1);
  expect(fake.callsOf("writeSettings")[0][1]).toBeUndefined();
});

test.each([
  ["zh-CN", "设置!B16 中填写的“50/50”不是下列预算结构之一"],
  ["en-US", 'Settings!B16 holds "50/50", which is not one of these splits'],
] as const)(
  "text that is no preset (%s): said so, nothing picked, kept until a preset is picked",
  async (lang, said) => {
    const address = lang === "zh-CN" ? "设置!B16" : "Settings!B16";
    const fake = await opened(lang, {
      split: "none",
      splitNote: { code: "splitNotAPreset", params: { address, text: "50/50" } },
    });
    expect(screen.getByTestId("split-note-splitNotAPreset").textContent).toContain(said);
    expect(["none", "55/15/30", "40/30/25/5"].map((p) => radio(p).checked)).toEqual([false, false, false]);
    fireEvent.click(screen.getByTestId("settings-save"));
    await screen.findByTestId("settings-saved");
    expect(fake.callsOf("writeSettings")[0][1]).toBeUndefined();
    fireEvent.click(radio("none"));
    fireEvent.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(fake.callsOf("writeSettings")).toHaveLength(2));
    expect(fake.callsOf("writeSettings")[1][1]).toBe("none");
    await waitFor(() => expect(screen.queryByTestId("split-note-splitNotAPreset")).toBeNull());
  },
);

test.each([
  ["zh-CN", "还没有“预算结构”一行"],
  ["en-US", "have no Budget split row yet"],
] as const)("an older workbook without the split row (%s): said so; a pick saved adds it", async (lang, said) => {
  const fake = await opened(lang, { split: "none", splitNote: { code: "splitCellMissing", params: {} } });
  expect(screen.getByTestId("split-note-splitCellMissing").textContent).toContain(said);
  expect(radio("none").checked).toBe(true);
  fireEvent.click(radio("40/30/25/5"));
  fireEvent.click(screen.getByTestId("settings-save"));
  await screen.findByTestId("settings-saved");
  expect(fake.callsOf("writeSettings")).toEqual([[THRESHOLDS, "40/30/25/5"]]);
  expect(screen.queryByTestId("split-note-splitCellMissing")).toBeNull();
});

test("without a settings sheet only the sheet's note shows: saving creates the sheet with the split row", async () => {
  await opened("en-US", { present: false, split: "none", splitNote: { code: "splitCellMissing", params: {} } });
  expect(screen.getByTestId("settings-not-present")).toBeTruthy();
  expect(screen.queryByTestId("split-note-splitCellMissing")).toBeNull();
});

test("reset to defaults picks none, and saving then writes none over the workbook's preset", async () => {
  const fake = await opened("en-US", { split: "55/15/30" });
  fireEvent.click(screen.getByText("Reset to defaults"));
  expect(radio("none").checked).toBe(true);
  fireEvent.click(screen.getByTestId("settings-save"));
  await screen.findByTestId("settings-saved");
  expect(fake.callsOf("writeSettings")).toEqual([[DEFAULT_THRESHOLDS, "none"]]);
});
