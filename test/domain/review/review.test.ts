import { deviationRate } from "../../../src/domain/calc/deviation";
import { formatRoi } from "../../../src/domain/calc/roi";
import { checkPlan } from "../../../src/domain/check";
import { GOLDEN_EXAMPLE, REVIEW_EXAMPLE, exampleThresholds } from "../../../src/domain/example";
import { readSheet } from "../../../src/domain/read";
import { completionOf, reviewPlan } from "../../../src/domain/review";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/settings/thresholds";
import { exampleGrids } from "../helpers/example-grids";
import { goldenGrids, sheetGrid } from "../helpers/golden-grids";
import { loadGolden } from "../helpers/spec-files";

const golden = loadGolden();
const t = exampleThresholds(REVIEW_EXAMPLE);

function reviewOf(grids: ReturnType<typeof exampleGrids>, lang: "zh-CN" | "en-US" = "zh-CN") {
  const { reads, summary } = checkPlan({ ...grids, thresholds: t, lang });
  return { review: reviewPlan(reads, t, lang), summary };
}

describe.each([["zh-CN"], ["en-US"]] as const)("the worked example's review (%s)", (lang) => {
  const { review, summary } = reviewOf(exampleGrids(REVIEW_EXAMPLE, lang), lang);

  test("plan ROI: 100 spent, 360 sold → 1:3.6", () => {
    const wholePlan = golden.roi[0] as { cost: number; revenue: number; expect: { ratio: number; display: string } };
    expect(review.plan.actual).toBe(wholePlan.cost);
    expect(review.plan.revenue).toBe(wholePlan.revenue);
    expect(review.plan.roi).toBe(wholePlan.expect.ratio);
    expect(formatRoi(review.plan.roi!)).toBe(wholePlan.expect.display);
  });

  test("KOL seeding: 1:3.5 against an expected 1:4 is −12.5%", () => {
    const kol = review.strategies.find((s) => s.id === "S1")!;
    const expected = golden.roi[1] as { actualRatio: number; expectedRatio: number; expect: { deviation: number } };
    expect(kol.spend).toBe(18); // KOL合作费's actual, not the strategy's planned cost of 20
    expect(kol.roi).toBe(expected.actualRatio);
    expect(deviationRate(kol.roi!, expected.expectedRatio)).toBe(expected.expect.deviation);
    expect(kol.belowMinRoi).toBe(false);
  });

  test("plan totals equal the check's summary; execution rate and contingency share", () => {
    expect(review.plan.budget).toBe(summary.totalBudget);
    expect(review.plan.actual).toBe(summary.totalActual);
    expect(review.plan.budget).toBe(110);
    expect(review.plan.executionRate).toBeCloseTo(100 / 110, 12);
    expect(review.plan.contingencyShare).toBe(summary.contingencyShare);
    expect(review.plan.contingencyShare).toBeCloseTo(12 / 110, 12);
  });

  test("each strategy's spend is the sum of its lines' actuals; contributions share out all revenue", () => {
    expect(review.strategies.map((s) => [s.id, s.spend, s.revenue])).toEqual([
      ["S1", 18, 63],
      ["S2", 36.5, 237],
      ["S3", 16.5, 60],
    ]);
    expect(review.strategies.map((s) => s.contribution)).toEqual(
      [0.175, 237 / 360, 60 / 360].map((x) => expect.closeTo(x, 12)),
    );
    expect(review.strategies.reduce((s, x) => s + x.contribution!, 0)).toBeCloseTo(1, 12);
  });

  test("goal completion from the latest reported period: 超额20%, and a later month wins", () => {
    expect(review.goals.map((g) => [g.id, g.actual, g.period, g.completion, g.status])).toEqual([
      ["G1", 85000, "2026-01", 0.85, "warning"],
      ["G2", 12000, "2026-01", 1.2, "onTrack"],
      ["G3", 52000, "2026-02", 1.04, "onTrack"],
    ]);
  });

  test("categories: budget, actual and share, in list order", () => {
    expect(review.categories.map((c) => [c.category, c.budget, c.actual])).toEqual([
      ["channel", 35, 36.5],
      ["promotion", 20, 18],
      ["materials", 5, 4.5],
      ["staff", 25, 24],
      ["services", 13, 12],
      ["contingency", 12, 5],
    ]);
    expect(review.categories.map((c) => c.share)).toEqual(
      summary.categoryShare.map((c) => expect.closeTo(c.share, 12)),
    );
    expect(review.categories[0].label).toBe(lang === "zh-CN" ? "渠道费用" : "Channel");
  });

  test("lines and metric series for the dashboard", () => {
    expect(review.lines).toHaveLength(7);
    expect(review.lines[0]).toMatchObject({ item: "天猫推广费", budget: 10, actual: 11, variancePct: 0.1 });
    const registrations = review.metrics.find((m) => m.metric === "新增注册用户")!;
    expect(registrations.points).toEqual([
      { period: "2026-01", target: 50000, actual: 30000 },
      { period: "2026-02", target: 50000, actual: 52000 },
    ]);
  });
});

describe("figures that cannot be computed are null, never 0", () => {
  test("a workbook from before attributed revenue reads without findings about it; revenue, ROI and contribution are null", () => {
    const grids = goldenGrids(golden); // the spec's own strategy columns: no 归因收入 column
    const { reads, findings } = checkPlan({ ...grids, thresholds: t });
    expect(reads.strategies!.columns).not.toHaveProperty("revenue");
    expect(findings.filter((f) => JSON.stringify(f.params ?? {}).includes("revenue"))).toEqual([]);
    const review = reviewPlan(reads, t, "zh-CN");
    expect(review.plan.revenue).toBeNull();
    expect(review.plan.roi).toBeNull();
    expect(review.plan.actual).toBe(33.5);
    expect(
      review.strategies.every(
        (s) => s.revenue === null && s.roi === null && s.contribution === null && s.belowMinRoi === null,
      ),
    ).toBe(true);
  });

  test("goals no monitoring row reports on: no actual, no completion, no status", () => {
    const review = reviewOf(exampleGrids(GOLDEN_EXAMPLE)).review;
    expect(review.goals.map((g) => [g.actual, g.completion, g.status])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  test("a strategy no budget line links to spends its cost; a linked actual typed as words makes its spend unknown", () => {
    const strategies = sheetGrid("strategies", [
      { id: "S1", strategy: "推广策略", action: "a", due: "2026-01-10", owner: "x", cost: 20 },
      { id: "S2", strategy: "渠道策略", action: "b", due: "2026-01-10", owner: "y", cost: 10 },
    ]);
    const budget = sheetGrid("budget", [
      { category: "渠道费用", item: "i", strategyId: "S2", budget: 10, actual: "很多" },
    ]);
    const reads = { strategies: readSheet("strategies", strategies), budget: readSheet("budget", budget) };
    const review = reviewPlan(reads, DEFAULT_THRESHOLDS, "zh-CN");
    expect(review.strategies.map((s) => s.spend)).toEqual([20, null]);
    expect(review.plan.budget).toBe(10);
    expect(review.plan.actual).toBeNull(); // not the 0 the words would otherwise count as
    expect(review.plan.executionRate).toBeNull();
    expect(review.plan.revenue).toBeNull();
  });

  test("no budget sheet: no totals", () => {
    const review = reviewPlan({}, DEFAULT_THRESHOLDS, "en-US");
    expect(review.plan).toEqual({
      budget: null,
      actual: null,
      executionRate: null,
      revenue: null,
      roi: null,
      contingencyShare: null,
    });
  });
});

describe("completion is direction-aware", () => {
  test.each([
    [12000, 10000, "≥", 1.2],
    [80, 100, "≤", 1.25], // cost 20% under target: 125%
    [0, 100, "≤", null],
    [110, 100, "=", 0.9],
    [5, 0, "≥", null],
  ] as const)("actual %p, target %p, %s → %p", (actual, target, direction, expected) => {
    expect(completionOf(actual, target, direction)).toBe(expected);
  });
});
