import { monitoringRowsForPeriod } from "../../../src/domain/period";
import { readSheet } from "../../../src/domain/read";
import { rowInSheetOrder } from "../../../src/domain/write";
import { sheetGrid } from "../helpers/golden-grids";

const row = (period: unknown, metric: string, extra: Record<string, unknown> = {}) => ({
  period,
  metric,
  target: 0.02,
  actual: 0.015,
  action: "措施",
  ...extra,
});
const read = (rows: Record<string, unknown>[]) => readSheet("monitoring", sheetGrid("monitoring", rows));

test("one new row per weekly metric, fields carried over from its latest row, actual blank", () => {
  const sheet = read([
    row("2026-W04", "点击率", { goalId: "G1", source: "KOL后台", frequency: "周", direction: "≥", target: 0.02 }),
    row("2026-W05", "点击率", { goalId: "G1", source: "KOL后台v2", frequency: "周", direction: "≥", target: 0.025 }),
    row("2026-W05", "转化率", { goalId: "G2", source: "GA", frequency: "Weekly", direction: "=", target: "5%" }),
    row("2026-01", "复购率", { frequency: "月", target: 0.15 }),
  ]);
  const plan = monitoringRowsForPeriod(sheet.rows, "2026-W06");
  expect(plan.period).toBe("2026-W06");
  expect(plan.frequency).toBe("weekly");
  expect(plan.skipped).toEqual([]);
  expect(plan.rows.map((r) => r.values)).toEqual([
    {
      period: "2026-W06",
      metric: "点击率",
      goalId: "G1",
      source: "KOL后台v2",
      frequency: "周",
      direction: "≥",
      target: 0.025,
      actual: "",
      action: "",
    },
    {
      period: "2026-W06",
      metric: "转化率",
      goalId: "G2",
      source: "GA",
      frequency: "Weekly",
      direction: "=",
      target: "5%",
      actual: "",
      action: "",
    },
  ]);
  expect(plan.rows[0].from.rowNumber).toBe(3);
});

test("metrics that already have a row for the period are skipped", () => {
  const sheet = read([
    row("2026-W05", "点击率", { frequency: "周" }),
    row("2026-W6", "点击率", { frequency: "周", actual: "" }),
    row("2026-W05", "转化率", { frequency: "周" }),
  ]);
  const plan = monitoringRowsForPeriod(sheet.rows, "2026-W06");
  expect(plan.skipped).toEqual(["点击率"]);
  expect(plan.rows.map((r) => r.metric)).toEqual(["转化率"]);
});

test("the latest row is the latest period, not the lowest row", () => {
  const sheet = read([
    row("2026-W10", "点击率", { frequency: "周", target: 0.03 }),
    row("2026-W9", "点击率", { frequency: "周", target: 0.02 }),
  ]);
  expect(monitoringRowsForPeriod(sheet.rows, "2026-W11").rows[0].values.target).toBe(0.03);
});

test("frequency: from the frequency column, else from the period's kind", () => {
  const sheet = read([
    row("2026-01", "复购率", { frequency: "" }),
    row("2026-Q1", "美誉度", { frequency: "季" }),
    row("2026-W05", "点击率", { frequency: "" }),
  ]);
  expect(monitoringRowsForPeriod(sheet.rows, "2026-02").rows.map((r) => r.metric)).toEqual(["复购率"]);
  expect(monitoringRowsForPeriod(sheet.rows, "2026-Q2").rows.map((r) => r.metric)).toEqual(["美誉度"]);
  expect(monitoringRowsForPeriod(sheet.rows, "2026-Q2").frequency).toBe("quarterly");
});

test("an unreadable period is refused", () => {
  expect(() => monitoringRowsForPeriod([], "下周")).toThrow();
});

test("new rows go under the columns where the reader found them", () => {
  const sheet = read([row("2026-W05", "点击率", { frequency: "周", goalId: "G1" })]);
  const plan = monitoringRowsForPeriod(sheet.rows, "2026-W06");
  const values = rowInSheetOrder(sheet, plan.rows[0].values, "zh-CN");
  // 周期 | 监控指标 | 关联目标 | 数据来源 | 监控频率 | 方向 | 目标值 | 实际值 | 偏差率 | 状态 | 改进措施
  expect(values).toEqual(["2026-W06", "点击率", "G1", "", "周", "", 0.02, "", null, null, ""]);
});
