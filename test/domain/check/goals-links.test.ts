import { checkPlan } from "../../../src/domain/check";
import { countOwners, hasSeveralOwners } from "../../../src/domain/check/owners";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/settings/thresholds";
import type { Finding } from "../../../src/domain/findings";
import { sheetGrid } from "../helpers/golden-grids";

const t = DEFAULT_THRESHOLDS;
const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.address}`);
const goal = (id: string, owner: string, extra: Record<string, unknown> = {}) => ({
  id,
  dimension: "品牌",
  metric: `指标${id}`,
  target: 100,
  owner,
  ...extra,
});
const strategy = (id: string, goalId: string, extra: Record<string, unknown> = {}) => ({
  id,
  goalId,
  strategy: "推广策略",
  action: "动作",
  due: "2026-01-10",
  owner: "赵专员",
  ...extra,
});

describe("owners", () => {
  test.each([
    "王经理/李总监",
    "王经理、李总监",
    "A, B",
    "A和B",
    "王经理，李总监",
    "张三和李四",
    "王经理 李总监",
    "Alice and Bob",
    "王经理；李总监",
    "王经理等",
    "王经理 & 李总监",
  ])("%s is several people", (owner) => {
    expect(hasSeveralOwners(owner)).toBe(true);
  });

  test.each(["王经理", "王和平", "欧阳和平", "John Smith", "Alexander", "李总监 ", "Sandy"])(
    "%s is one person",
    (owner) => {
      expect(hasSeveralOwners(owner)).toBe(false);
    },
  );

  test("the people are named", () => {
    expect(countOwners("王经理/李总监、赵专员").people).toEqual(["王经理", "李总监", "赵专员"]);
  });

  test("several owners are reported at the owner cell, a blank owner by the reader", () => {
    const r = checkPlan({
      goals: sheetGrid("goals", [goal("G1", "王经理/李总监"), goal("G2", ""), goal("G3", "张主管")]),
      thresholds: t,
    });
    expect(codes(r.findings)).toEqual(["ownerMultiple@目标分解!J2", "ownerMissing@目标分解!J3"]);
    expect(r.findings[0].params).toMatchObject({ owner: "王经理/李总监", metric: "指标G1" });
  });
});

/** The link tests are about links; the chain goal → strategy → budget → monitoring is tested in traceability.test.ts. */
const TRACEABILITY = new Set(["goalWithoutStrategy", "goalWithoutMetric", "strategyWithoutBudget", "costMismatch"]);
const withoutTraceability = (fs: readonly Finding[]) => fs.filter((f) => !TRACEABILITY.has(f.code));

test("duplicate ids are reported at the repeat, naming the first", () => {
  const r = checkPlan({
    goals: sheetGrid("goals", [goal("G1", "甲"), goal("G2", "乙"), goal("g1 ", "丙")]),
    strategies: sheetGrid("strategies", [strategy("S1", "G1"), strategy("S1", "G2")]),
    thresholds: t,
  });
  expect(codes(r.findings)).toEqual(["duplicateId@目标分解!A4", "duplicateId@策略执行!A3"]);
  expect(r.findings[0].params).toMatchObject({ id: "g1", first: "A2" });
});

test("a vague target is reported once, as vague", () => {
  const r = checkPlan({ goals: sheetGrid("goals", [goal("G1", "甲", { target: "大幅提升" })]), thresholds: t });
  expect(codes(r.findings)).toEqual(["vagueTarget@目标分解!F2"]);
});

test("an ROI goal aiming below the minimum ROI", () => {
  const r = checkPlan({
    goals: sheetGrid("goals", [
      goal("G1", "甲", { metric: "整体ROI", target: 1.2 }),
      goal("G2", "乙", { metric: "投入产出", unit: "比率", target: 1.4 }),
      goal("G3", "丙", { metric: "整体ROI", target: 1.5 }),
    ]),
    thresholds: t,
  });
  expect(codes(r.findings)).toEqual(["roiTargetBelowMin@目标分解!F2", "roiTargetBelowMin@目标分解!F3"]);
});

describe("links", () => {
  const goals = sheetGrid("goals", [goal("G1", "甲"), goal("G2", "乙")]);

  test("links that point at nothing, each at its cell", () => {
    const r = checkPlan({
      goals,
      strategies: sheetGrid("strategies", [
        strategy("S1", "G9"),
        strategy("S2", "g2", { dependsOn: "S8" }),
        strategy("S3", "G1", { dependsOn: "S1、S2" }),
      ]),
      budget: sheetGrid("budget", [
        { category: "渠道费用", item: "a", strategyId: "S1", budget: 10 },
        { category: "渠道费用", item: "b", strategyId: "S9", budget: 10 },
      ]),
      monitoring: sheetGrid("monitoring", [{ period: "2026-W05", metric: "点击率", goalId: "G7", target: 0.02 }]),
      thresholds: { ...t, reserveMin: 0 },
    });
    expect(codes(withoutTraceability(r.findings))).toEqual([
      "danglingLink@策略执行!B2",
      "danglingLink@策略执行!I3",
      "danglingLink@预算分配!C3",
      "danglingLink@效果监控!C2",
    ]);
    expect(withoutTraceability(r.findings).map((f) => [f.params.column, f.params.id, f.params.target])).toEqual([
      ["goalId", "G9", "goals"],
      ["dependsOn", "S8", "strategies"],
      ["strategyId", "S9", "strategies"],
      ["goalId", "G7", "goals"],
    ]);
  });

  test("links into a sheet that is not in the workbook are not judged", () => {
    const r = checkPlan({ strategies: sheetGrid("strategies", [strategy("S1", "G9")]), thresholds: t });
    expect(r.findings).toEqual([]);
  });

  test("a dependency cycle is reported once, at its topmost strategy", () => {
    const r = checkPlan({
      goals,
      strategies: sheetGrid("strategies", [
        strategy("S1", "G1", { dependsOn: "S2" }),
        strategy("S2", "G1", { dependsOn: "S1" }),
        strategy("S3", "G1", { dependsOn: "S3" }),
        strategy("S4", "G1", { dependsOn: "S1" }),
      ]),
      thresholds: t,
    });
    expect(codes(withoutTraceability(r.findings))).toEqual([
      "dependencyCycle@策略执行!I2",
      "dependencyCycle@策略执行!I4",
    ]);
    expect(withoutTraceability(r.findings).map((f) => f.params.cycle)).toEqual(["S1 → S2 → S1", "S3 → S3"]);
  });

  test("a due date before the start, and a negative cost", () => {
    const r = checkPlan({
      goals,
      strategies: sheetGrid("strategies", [strategy("S1", "G1", { start: "2026-02-01", due: "2026-01-10", cost: -3 })]),
      thresholds: t,
    });
    expect(codes(withoutTraceability(r.findings))).toEqual([
      "dueBeforeStart@策略执行!F2",
      "negativeAmount@策略执行!K2",
    ]);
  });
});
