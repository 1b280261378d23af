import { settingsFindings } from "../../../src/domain/check/settings-findings";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/settings/thresholds";

describe("settings sheet findings", () => {
  test("a threshold cell that is not a number is named by its cell, in both languages", () => {
    const cells = [
      { key: "approvalLead" as const, address: "设置!B2", value: "十个点" },
      { key: "approvalGM" as const, address: "设置!B3", value: "50%" },
    ];
    const zh = settingsFindings(cells, DEFAULT_THRESHOLDS, "zh-CN");
    expect(zh.map((f) => [f.code, f.address])).toEqual([["settingNotANumber", "设置!B2"]]);
    expect(zh[0].message).toBe(`设置!B2：${zh[0].detail}`);
    expect(zh[0].detail).toContain("营销负责人审批线");
    expect(zh[0].detail).not.toMatch(/[,:]/);
    const en = settingsFindings(cells, DEFAULT_THRESHOLDS, "en-US");
    expect(en[0].message).toBe(`设置!B2: ${en[0].detail}`);
    expect(en[0].detail).toContain("Marketing lead approval above");
  });

  test("contradicting thresholds point at the cell to fix", () => {
    const cells = [
      { key: "approvalLead" as const, address: "Settings!B2", value: 0.6 },
      { key: "approvalGM" as const, address: "Settings!B3", value: 0.5 },
    ];
    const found = settingsFindings(cells, { ...DEFAULT_THRESHOLDS, approvalLead: 0.6 }, "en-US");
    expect(found.map((f) => [f.code, f.address, f.severity])).toEqual([["setting.gmBelowLead", "Settings!B3", "error"]]);
  });

  test("valid settings give no finding", () => {
    expect(settingsFindings([{ key: "minROI", address: "设置!B10", value: 1.5 }], DEFAULT_THRESHOLDS, "zh-CN")).toEqual([]);
  });
});
