import { settingsFindings } from "../../../src/domain/check/settings-findings";
import { findingMessage } from "../../../src/domain/findings/messages";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/settings/thresholds";

const cell = (key: "approvalLead" | "approvalGM" | "minROI", sheetName: string, row: number, value: unknown) => ({
  key,
  sheetName,
  row,
  col: 1,
  value,
});

describe("settings sheet findings", () => {
  test("a threshold cell that is not a number is named by its cell, worded in either language", () => {
    const cells = [cell("approvalLead", "设置", 1, "十个点"), cell("approvalGM", "设置", 2, "50%")];
    const found = settingsFindings(cells, DEFAULT_THRESHOLDS);
    expect(found.map((f) => [f.code, f.address, f.params])).toEqual([
      ["settingNotANumber", "设置!B2", { setting: "approvalLead" }],
    ]);
    const zh = findingMessage(found[0], "zh-CN");
    expect(zh.message).toBe(`设置!B2：${zh.detail}`);
    expect(zh.detail).toContain("营销负责人审批线");
    const en = findingMessage(found[0], "en-US");
    expect(en.message).toBe(`设置!B2: ${en.detail}`);
    expect(en.detail).toContain("Marketing lead approval above");
  });

  test("contradicting thresholds point at the cell to fix", () => {
    const cells = [cell("approvalLead", "Settings", 1, 0.6), cell("approvalGM", "Settings", 2, 0.5)];
    const found = settingsFindings(cells, { ...DEFAULT_THRESHOLDS, approvalLead: 0.6 });
    expect(found.map((f) => [f.code, f.address, f.severity])).toEqual([
      ["setting.gmBelowLead", "Settings!B3", "error"],
    ]);
    expect(findingMessage(found[0], "en-US").detail).toBe(
      "The general manager threshold cannot be below the marketing lead threshold",
    );
  });

  test("valid settings give no finding", () => {
    expect(settingsFindings([cell("minROI", "设置", 9, 1.5)], DEFAULT_THRESHOLDS)).toEqual([]);
  });
});
