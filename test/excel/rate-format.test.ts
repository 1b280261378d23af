/** Rate targets show as 2%, not 0.02: the worked example's 点击率 and 复购率; 品牌美誉度 (a score) stays a number. */
import { isRateMetric } from "../../src/domain/write/rate-format";
import { setup } from "./harness";

test("isRateMetric: 率 / rate / unit %, never ROI", () => {
  expect(["点击率", "复购率", "Click-through rate", "新客占比"].map((m) => isRateMetric(m))).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(isRateMetric("品牌美誉度")).toBe(false);
  expect(isRateMetric("满意度", "%")).toBe(true);
  expect(isRateMetric("KOL ROI")).toBe(false);
  expect(isRateMetric("投资回报率")).toBe(false);
});

test.each([
  ["zh-CN", "效果监控"],
  ["en-US", "Monitoring"],
] as const)("%s: monitoring targets and actuals of rate metrics are formatted as %%", async (lang, sheet) => {
  const h = setup({ lang });
  try {
    await h.workbook.create({
      lang,
      sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
      example: true,
      style: "standard",
    });
    const formats = ["G2", "H2", "G3", "H3", "G4", "H4"].map((a1) => h.state.getNumberFormat(sheet, a1));
    expect(formats.slice(0, 4)).toEqual(["0.00%", "0.00%", "0.00%", "0.00%"]);
    expect(formats.slice(4)).not.toContain("0.00%");
  } finally {
    h.uninstall();
  }
});
