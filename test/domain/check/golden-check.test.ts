import { checkPlan } from "../../../src/domain/check";
import { goldenGrids } from "../helpers/golden-grids";
import { loadGolden } from "../helpers/spec-files";
import { goldenThresholds } from "./thresholds";

const golden = loadGolden();
const t = goldenThresholds(golden);
const result = checkPlan({ ...goldenGrids(golden), thresholds: t, lang: "zh-CN" });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

test("the framework's tables as printed: no contingency set aside, and no monitoring row names the goal it measures", () => {
  expect(result.findings.map((f) => `${f.code}@${f.address}`)).toEqual([
    "goalWithoutMetric@目标分解!A2",
    "goalWithoutMetric@目标分解!A3",
    "goalWithoutMetric@目标分解!A4",
    "contingencyOutOfRange@预算分配!D1",
  ]);
  expect(result.findings[3].params).toMatchObject({
    share: 0,
    min: golden.thresholds.PlanReserveMin,
    max: golden.thresholds.PlanReserveMax,
  });
});

test("its Alerts have improvement actions, so none is reported, though the sheet's status cells say something else", () => {
  expect(golden.monitoring.filter((m) => m.expect.status === "Alert").every((m) => m.action)).toBe(true);
  expect(result.findings.some((f) => f.code === "alertWithoutAction")).toBe(false);
});

describe("summary", () => {
  const s = result.summary;
  const budgets = golden.budget.map((b) => b.budget as number);

  test("totals", () => {
    expect(s.totalBudget).toBeCloseTo(sum(budgets), 10);
    expect(s.totalActual).toBeCloseTo(sum(golden.budget.map((b) => b.actual as number)), 10);
    expect(s.variance).toBeCloseTo(sum(golden.budget.map((b) => b.expect.variance)), 10);
  });

  test("budget share by category, with the category's label", () => {
    expect(s.categoryShare.map((c) => c.label)).toEqual(golden.budget.map((b) => b.category));
    s.categoryShare.forEach((c, i) => {
      expect(c.budget).toBe(budgets[i]);
      expect(c.share).toBeCloseTo(budgets[i] / sum(budgets), 10);
    });
  });

  test("contingency share and approvals", () => {
    expect(s.contingencyShare).toBe(0);
    expect(s.approvalsDue).toEqual({
      lead: golden.budget.filter((b) => b.expect.approval === "lead").length,
      gm: golden.budget.filter((b) => b.expect.approval === "gm").length,
    });
  });

  test("metrics by status, from the values", () => {
    const count = (status: string) => golden.monitoring.filter((m) => m.expect.status === status).length;
    expect(s.metricsByStatus).toEqual({
      onTrack: count("On track"),
      warning: count("Warning"),
      alert: count("Alert"),
      notReported: 0,
    });
  });

  test("labels follow the requested language", () => {
    const en = checkPlan({ ...goldenGrids(golden), thresholds: t, lang: "en-US" }).summary;
    expect(en.categoryShare.map((c) => c.label)).toEqual(["Channel", "Promotion", "Materials"]);
    expect(en.categoryShare.map((c) => c.category)).toEqual(["channel", "promotion", "materials"]);
  });
});
