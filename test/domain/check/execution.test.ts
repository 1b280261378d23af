/** The framework's execution rules (spec "Execution rules"), each on both sides of its boundary. */
import { checkPlan, type PlanCheckInput } from "../../../src/domain/check";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../../src/domain/settings/thresholds";
import type { Finding, FindingCode } from "../../../src/domain/findings";
import { sheetGrid } from "../helpers/golden-grids";

const t: Thresholds = { ...DEFAULT_THRESHOLDS, reserveMin: 0, reserveMax: 1 };
const at = (code: FindingCode) => (fs: readonly Finding[]) => fs.filter((f) => f.code === code).map((f) => f.address);
const goal = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  dimension: "品牌",
  metric: `指标${id}`,
  target: 100,
  owner: "王经理",
  ...extra,
});
const strategy = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  goalId: "G1",
  strategy: "推广策略",
  action: `动作${id}`,
  due: "2026-01-31",
  owner: "赵专员",
  ...extra,
});
const line = (strategyId: string, budget: unknown, extra: Record<string, unknown> = {}) => ({
  category: "推广费用",
  item: "项",
  strategyId,
  budget,
  actual: "",
  ...extra,
});
const metric = (goalId: string) => ({ period: "2026-W05", metric: "点击率", goalId, target: 0.02, actual: 0.02 });

function check(
  sheets: { goals?: object[]; strategies?: object[]; budget?: object[]; monitoring?: object[] },
  more: Partial<PlanCheckInput> = {},
) {
  const grids = Object.fromEntries(
    Object.entries(sheets).map(([k, rows]) => [k, sheetGrid(k as never, rows as Record<string, unknown>[])]),
  );
  return checkPlan({ ...grids, thresholds: t, ...more }).findings;
}

describe("traceability", () => {
  test("goalWithoutStrategy at the goal's id cell; a linked goal is fine", () => {
    const fs = check({ goals: [goal("G1"), goal("G2")], strategies: [strategy("S1")] });
    expect(at("goalWithoutStrategy")(fs)).toEqual(["目标分解!A3"]);
    expect(fs.find((f) => f.code === "goalWithoutStrategy")!.params).toMatchObject({ id: "G2", metric: "指标G2" });
  });

  test("goalWithoutMetric at the id cell; not judged without a monitoring sheet", () => {
    expect(at("goalWithoutMetric")(check({ goals: [goal("G1"), goal("G2")], monitoring: [metric("g1")] }))).toEqual([
      "目标分解!A3",
    ]);
    expect(at("goalWithoutMetric")(check({ goals: [goal("G1")] }))).toEqual([]);
  });

  test("strategyWithoutBudget at the strategy's id cell; a cancelled strategy needs none", () => {
    const fs = check({
      strategies: [strategy("S1"), strategy("S2"), strategy("S3", { status: "取消" })],
      budget: [line("S1", 5)],
    });
    expect(at("strategyWithoutBudget")(fs)).toEqual(["策略执行!A3"]);
  });

  test("costMismatch at the cost cell: beyond the tolerance is reported, at it is not", () => {
    const sheets = {
      strategies: [strategy("S1", { cost: 30 }), strategy("S2", { cost: 10 })],
      budget: [line("S1", 20), line("S1", 8), line("S2", 4), line("S2", 6)],
    };
    const fs = check(sheets);
    expect(at("costMismatch")(fs)).toEqual(["策略执行!K2"]);
    expect(fs.find((f) => f.code === "costMismatch")!.params).toMatchObject({
      id: "S1",
      cost: 30,
      lines: 28,
      count: 2,
    });
    expect(at("costMismatch")(check(sheets, { thresholds: { ...t, costTolerance: 2 } }))).toEqual([]);
    expect(at("costMismatch")(check(sheets, { thresholds: { ...t, costTolerance: 1.99 } }))).toEqual(["策略执行!K2"]);
  });

  test("costMismatch: 0.1 + 0.2 lines against a cost of 0.3 are equal; a blank cost is not judged", () => {
    expect(
      at("costMismatch")(
        check({
          strategies: [strategy("S1", { cost: 0.3 }), strategy("S2")],
          budget: [line("S1", 0.1), line("S1", 0.2), line("S2", 3)],
        }),
      ),
    ).toEqual([]);
  });
});

describe("timeline", () => {
  const asOf = { year: 2026, month: 1, day: 31 };
  test("overdue at the due cell: due the day before the as-of date is overdue, due on it is not", () => {
    const fs = check(
      { strategies: [strategy("S1", { due: "2026-01-30" }), strategy("S2", { due: "2026-01-31" })] },
      { asOf },
    );
    expect(at("overdue")(fs)).toEqual(["策略执行!F2"]);
    expect(fs.find((f) => f.code === "overdue")!.params).toMatchObject({
      id: "S1",
      due: "2026-01-30",
      asOf: "2026-01-31",
    });
  });

  test("overdue: done and cancelled strategies are not; in progress and delayed are; no as-of date, nothing overdue", () => {
    const rows = ["已完成", "取消", "进行中", "延期", ""].map((status, i) =>
      strategy(`S${i + 1}`, { due: "2026-01-10", status }),
    );
    expect(at("overdue")(check({ strategies: rows }, { asOf }))).toEqual(["策略执行!F4", "策略执行!F5", "策略执行!F6"]);
    expect(at("overdue")(check({ strategies: rows }))).toEqual([]);
  });

  test("dependencyOrder at the start cell: starting the day before the prerequisite is due is reported, on the day is not", () => {
    const fs = check({
      strategies: [
        strategy("S1", { due: "2026-01-10" }),
        strategy("S2", { start: "2026-01-09", dependsOn: "S1" }),
        strategy("S3", { start: "2026-01-10", dependsOn: "S1" }),
      ],
    });
    expect(at("dependencyOrder")(fs)).toEqual(["策略执行!E3"]);
    expect(fs.find((f) => f.code === "dependencyOrder")!.params).toMatchObject({
      id: "S2",
      dependsOn: "S1",
      due: "2026-01-10",
      start: "2026-01-09",
    });
  });
});

describe("budget split", () => {
  const lines = (channel: number, promotion: number, services: number, materials: number) => [
    line("", channel, { category: "渠道费用" }),
    line("", promotion, { category: "推广费用" }),
    line("", services, { category: "第三方服务费" }),
    line("", materials, { category: "物料制作费" }),
    line("", 99, { category: "应急预算" }), // outside 55/15/30
  ];
  test("none (the default) reports nothing", () => {
    expect(at("splitOff")(check({ budget: lines(90, 0, 0, 10) }))).toEqual([]);
  });

  test("55/15/30: exactly on target and exactly at the 5% tolerance are fine; beyond it is reported at the group's first amount", () => {
    expect(at("splitOff")(check({ budget: lines(30, 25, 15, 30) }, { split: "55/15/30" }))).toEqual([]);
    expect(at("splitOff")(check({ budget: lines(35, 25, 10, 30) }, { split: "55/15/30" }))).toEqual([]); // 60 / 10 / 30
    const fs = check({ budget: lines(36, 25, 9, 30) }, { split: "55/15/30" }); // 61 / 9 / 30
    expect(at("splitOff")(fs)).toEqual(["预算分配!D2", "预算分配!D4"]);
    expect(fs.find((f) => f.code === "splitOff")!.params).toMatchObject({
      group: "headChannels",
      share: 0.61,
      target: 0.55,
      preset: "55/15/30",
    });
  });

  test("40/30/25/5 counts contingency as the reserve group", () => {
    const fs = check(
      {
        budget: [
          line("", 40, { category: "渠道费用" }),
          line("", 30, { category: "推广费用" }),
          line("", 25, { category: "人力成本" }),
          line("", 5, { category: "应急预算" }),
        ],
      },
      { split: "40/30/25/5" },
    );
    expect(at("splitOff")(fs)).toEqual([]);
  });
});

describe("three levels", () => {
  const levels = (extra: Record<string, unknown>) => at("targetLevels")(check({ goals: [goal("G1", extra)] }));
  test("higher is better: baseline ≤ target ≤ stretch; equal levels are in order; a reversal is reported at the target cell", () => {
    expect(levels({ baseline: 80, target: 100, stretch: 120 })).toEqual([]);
    expect(levels({ baseline: 100, target: 100, stretch: 100 })).toEqual([]);
    expect(levels({ baseline: 100.01, target: 100 })).toEqual(["目标分解!F2"]);
    expect(levels({ target: 100, stretch: 99.99 })).toEqual(["目标分解!F2"]);
  });
  test("lower is better: the reverse order; = has no order; no baseline and stretch, nothing to compare", () => {
    expect(levels({ direction: "≤", baseline: 120, target: 100, stretch: 80 })).toEqual([]);
    expect(levels({ direction: "≤", baseline: 80, target: 100 })).toEqual(["目标分解!F2"]);
    expect(levels({ direction: "=", baseline: 120, target: 100, stretch: 130 })).toEqual([]);
    expect(levels({})).toEqual([]);
  });
  test("monitoring shows when the stretch is reached: the summary lists the metric at or beyond its goal's stretch", () => {
    const run = (actual: number) =>
      checkPlan({
        goals: sheetGrid("goals", [goal("G1", { baseline: 0.01, target: 0.02, stretch: 0.03 })]),
        monitoring: sheetGrid("monitoring", [{ ...metric("G1"), actual }]),
        thresholds: t,
      }).summary.stretchReached;
    expect(run(0.03)).toEqual([{ metric: "点击率", goalId: "G1", period: "2026-W05", actual: 0.03, stretch: 0.03 }]);
    expect(run(0.0299)).toEqual([]);
  });
});
