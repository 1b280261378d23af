/**
 * 复盘 / Review and 看板 / Dashboard in the Office JS double: the review
 * sheet's formulas compute the domain's figures, the dashboard's chart series
 * point at the review's tables, and a refresh replaces its own charts and
 * tables only.
 */
import { REVIEW_EXAMPLE, exampleRows } from "../../src/domain/example";
import type { Lang } from "../../src/domain/language";
import { createPlan } from "../../src/excel/create-plan";
import type { ReviewReport } from "../../src/excel/contract";
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;

describe.each<[Lang, "plan" | "standard"]>([
  ["zh-CN", "standard"],
  ["en-US", "plan"],
])("review of the worked example, %s, %s style", (lang, style) => {
  let h: Harness;
  let first: ReviewReport;
  const name = lang === "zh-CN" ? { review: "复盘", dashboard: "看板" } : { review: "Review", dashboard: "Dashboard" };

  beforeAll(async () => {
    h = setup({ lang });
    await createPlan({ lang, sheets: [...ALL], example: true, style }, exampleRows(REVIEW_EXAMPLE));
    h.stats.reset();
    first = await h.workbook.refreshReview(lang);
  });
  afterAll(() => h.uninstall());

  test("one Excel.run, four syncs: scan (2), read the tables, write", () => {
    expect(h.stats.runs).toBe(1);
    expect(first.syncs).toBe(4);
    expect(first).toMatchObject({
      reviewSheet: name.review,
      dashboardSheet: name.dashboard,
      lessonsAdded: true,
      replacedCharts: 0,
    });
  });

  test("plan totals: the sheet's formulas compute the domain's figures (1:3.6)", () => {
    const totals = h.state.getValues(name.review, "B4:B9").map((r) => r[0]);
    const p = first.review.plan;
    expect(totals).toEqual(
      [p.budget, p.actual, p.executionRate, p.revenue, p.roi, p.contingencyShare].map((x) => expect.closeTo(x!, 10)),
    );
    expect(p.roi).toBe(3.6);
    expect(h.state.getFormula(name.review, "B4")).toMatch(/^=SUM\(/);
    expect(h.state.getText(name.review, "B8")).toBe("1:3.6");
  });

  test("categories by SUMIFS over the budget table equal the domain's", () => {
    const rows = h.state.getValues(name.review, `A12:D${11 + first.review.categories.length}`);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual(
      first.review.categories.map((c) => [c.budget, c.actual, expect.closeTo(c.share!, 10)]),
    );
    expect(h.state.getFormula(name.review, "B12")).toMatch(/^=SUMIFS\(/);
  });

  test("strategies: ROI and contribution formulas equal the domain's; KOL at 1:3.5", () => {
    const goalsEnd = 11 + first.review.categories.length + 2 + first.review.goals.length; // last goal row (1-based)
    const top = goalsEnd + 3; // first strategy row
    const rows = h.state.getValues(name.review, `A${top}:G${top + 2}`);
    expect(rows.map((r) => [r[2], r[1], r[6]])).toEqual(
      first.review.strategies.map((s) => [s.id, expect.closeTo(s.roi!, 10), expect.closeTo(s.contribution!, 10)]),
    );
    expect(rows[0][1]).toBeCloseTo(3.5, 12);
  });

  test("dashboard: native charts whose series point at the review's tables", () => {
    const charts = h.state.charts(name.dashboard);
    expect(charts.map((c) => c.chartType)).toEqual([
      "ColumnClustered",
      "BarClustered",
      "BarClustered",
      ...first.review.metrics.map(() => "LineMarkers"),
    ]);
    const [byCategory, goals, lines] = charts;
    const n = first.review.categories.length;
    const q = lang === "zh-CN" ? "复盘" : "Review";
    expect(byCategory.series.map((s) => [s.values, s.categories])).toEqual([
      [`${q}!$B$12:$B$${11 + n}`, `${q}!$A$12:$A$${11 + n}`],
      [`${q}!$C$12:$C$${11 + n}`, `${q}!$A$12:$A$${11 + n}`],
    ]);
    expect(byCategory.series.map((s) => s.name)).toEqual(
      lang === "zh-CN" ? ["预算(万元)", "实际支出(万元)"] : ["Budget (10k)", "Actual (10k)"],
    );
    expect(byCategory.series[0].data).toEqual(first.review.categories.map((c) => c.budget));
    expect(goals.series[0].data).toEqual(first.review.goals.map((g) => g.completion));
    expect(lines.series[0].data).toEqual(first.review.lines.map((l) => expect.closeTo(l.variancePct!, 10)));
    const trend = charts[3 + first.review.metrics.findIndex((m) => m.metric === "新增注册用户")];
    expect(trend.series.map((s) => s.data)).toEqual([
      [50000, 50000],
      [30000, 52000],
    ]);
    expect(trend.series[0].labels).toEqual(["2026-01", "2026-02"]);
    expect(new Set(charts.map((c) => `${c.position.left},${c.position.top}`)).size).toBe(charts.length); // none on top of another
  });

  test("refreshing twice leaves one set of charts, keeps the lessons people wrote, and never touches plan data", async () => {
    const plan = (s: ReturnType<Harness["state"]["snapshot"]>) =>
      s.sheets.filter((x) => ![name.review, name.dashboard].includes(x.name));
    const before = plan(h.state.snapshot());
    const lessonsTop = 4; // I4: the first row under the lessons header (I3)
    h.state.setCell(name.review, `I${lessonsTop}:M${lessonsTop}`, [
      ["大促", "S1", "加投KOL", "ROI 1:3.5", "提前锁定折扣"],
    ]);
    const second = await h.workbook.refreshReview(lang);
    const third = await h.workbook.refreshReview(lang);
    expect([second.replacedCharts, third.replacedCharts]).toEqual([first.charts, first.charts]);
    expect(h.state.charts(name.dashboard)).toHaveLength(first.charts);
    expect(h.state.charts(name.dashboard).map((c) => c.name)).toHaveLength(
      new Set(h.state.charts(name.dashboard).map((c) => c.name)).size,
    );
    expect(third.lessonsAdded).toBe(false);
    expect(third.syncs).toBe(first.syncs);
    expect(h.state.getValues(name.review, `I${lessonsTop}:M${lessonsTop}`)).toEqual([
      ["大促", "S1", "加投KOL", "ROI 1:3.5", "提前锁定折扣"],
    ]);
    expect(h.state.tables().filter((t) => t.name === "PlanLessons")).toHaveLength(1);
    expect(plan(h.state.snapshot())).toEqual(before);
  });

  test("an edit to the plan flows into the review on refresh", async () => {
    const budgetSheet = lang === "zh-CN" ? "预算分配" : "Budget";
    h.state.setCell(budgetSheet, "E3", 28); // KOL合作费: 18 → 28
    const after = await h.workbook.refreshReview(lang);
    expect(after.review.plan.actual).toBe(110);
    expect(h.state.getValues(name.review, "B5")[0][0]).toBe(110);
    expect(after.review.strategies[0].roi).toBeCloseTo(63 / 28, 12);
  });
});

test("a workbook without plan tables still gets a review and a dashboard: every figure blank, no charts", async () => {
  const h = setup({ lang: "en-US" });
  try {
    const report = await h.workbook.refreshReview("en-US");
    expect(report.review.plan).toEqual({
      budget: null,
      actual: null,
      executionRate: null,
      revenue: null,
      roi: null,
      contingencyShare: null,
    });
    expect(report.charts).toBe(0);
    expect(h.state.getValues("Review", "B4:B9").map((r) => r[0])).toEqual(["", "", "", "", "", ""]);
  } finally {
    h.uninstall();
  }
});

test("a 复盘 or 看板 sheet holding a person's own work is left alone: the review goes to 复盘 2, the dashboard to 看板 2", async () => {
  const h = setup({ lang: "zh-CN" });
  try {
    await createPlan(
      { lang: "zh-CN", sheets: [...ALL], example: true, style: "standard" },
      exampleRows(REVIEW_EXAMPLE),
    );
    h.state.addSheet("复盘");
    h.state.setCell("复盘", "A1:B2", [
      ["我的复盘笔记", ""],
      ["KOL 效果", "不错"],
    ]);
    h.state.addSheet("看板");
    h.state.setCell("看板", "A1:A3", [["自己的看板"], [1], [2]]);
    const report = await h.workbook.refreshReview("zh-CN");
    expect([report.reviewSheet, report.dashboardSheet]).toEqual(["复盘 2", "看板 2"]);
    expect(h.state.getValues("复盘", "A1:B2")).toEqual([
      ["我的复盘笔记", ""],
      ["KOL 效果", "不错"],
    ]);
    expect(h.state.getValues("看板", "A1:A3")).toEqual([["自己的看板"], [1], [2]]);
    expect(h.state.charts("看板 2")).toHaveLength(report.charts);
    // …and the next refresh finds its own sheets again.
    const again = await h.workbook.refreshReview("zh-CN");
    expect([again.reviewSheet, again.dashboardSheet, again.replacedCharts]).toEqual([
      "复盘 2",
      "看板 2",
      report.charts,
    ]);
  } finally {
    h.uninstall();
  }
});
