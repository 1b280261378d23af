import { GOLDEN_EXAMPLE } from "./golden-example";
import type { PlanExample } from "./example-shape";

/**
 * The worked example at review time (复盘): the golden example plus what a
 * cycle's end adds — attributed revenue per strategy, the rest of the plan's
 * budget lines (so the plan spends 100 万元 and sells 360 万元: ROI 1:3.6) and
 * the goals' monitored actuals (新产品月销量 10,000 → 12,000 件: 超额20%).
 * KOL seeding (S1) spends 18 and brings 63: 1:3.5 against the expected 1:4.
 */
export const REVIEW_EXAMPLE: PlanExample = {
  ...GOLDEN_EXAMPLE,
  strategies: GOLDEN_EXAMPLE.strategies.map((s) => ({
    ...s,
    revenue: ({ S1: 63, S2: 237, S3: 60 } as Record<string, number>)[s.id],
  })),
  budget: [
    ...GOLDEN_EXAMPLE.budget,
    {
      category: "渠道费用",
      item: "京东推广费",
      strategyId: "S2",
      budget: 25,
      actual: 25.5,
      explanation: "大促加价",
      approver: "李总监",
    },
    { category: "人力成本", item: "活动执行", budget: 25, actual: 24 },
    { category: "第三方服务费", item: "数据监测服务", strategyId: "S3", budget: 13, actual: 12 },
    {
      category: "应急预算",
      item: "应急备用金",
      budget: 12,
      actual: 5,
      explanation: "仅动用部分备用金",
      approver: "李总监",
    },
  ],
  monitoring: [
    ...GOLDEN_EXAMPLE.monitoring,
    {
      period: "2026-01",
      metric: "品牌搜索量",
      goalId: "G1",
      source: "百度指数",
      frequency: "月",
      direction: "≥",
      target: 100000,
      actual: 85000,
      action: "加投KOL内容",
    },
    {
      period: "2026-01",
      metric: "新产品月销量",
      goalId: "G2",
      source: "ERP系统",
      frequency: "月",
      direction: "≥",
      target: 10000,
      actual: 12000,
    },
    {
      period: "2026-01",
      metric: "新增注册用户",
      goalId: "G3",
      source: "CRM系统",
      frequency: "月",
      direction: "≥",
      target: 50000,
      actual: 30000,
      action: "体验装加推",
    },
    {
      period: "2026-02",
      metric: "新增注册用户",
      goalId: "G3",
      source: "CRM系统",
      frequency: "月",
      direction: "≥",
      target: 50000,
      actual: 52000,
    },
  ],
};
