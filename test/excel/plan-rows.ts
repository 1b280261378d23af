/** Synthetic plan rows for size tests: n of each, linked, every column a person fills. */
import type { InitialRows } from "../../src/excel/create-plan";

export function planRows(n: number): InitialRows {
  const idx = Array.from({ length: n }, (_, i) => i + 1);
  return {
    goals: idx.map((i) => ({
      id: `G${i}`,
      dimension: "brand",
      metric: `品牌搜索量${i}`,
      direction: "≥",
      target: 100000 + i,
      unit: "次/月",
      criterion: "月均搜索量≥10万次",
      owner: "王经理",
      source: "百度指数",
      period: "monthly",
    })),
    strategies: idx.map((i) => ({
      id: `S${i}`,
      goalId: [`G${i}`],
      strategy: "promotion",
      action: `筛选垂类KOL第${i}批`,
      due: "2026-01-10",
      owner: "赵专员",
      resources: "KOL费用",
      cost: 20,
      expected: "内容曝光500万次",
    })),
    budget: idx.map((i) => ({
      category: "channel",
      item: `天猫推广费${i}`,
      strategyId: [`S${i}`],
      budget: 10,
      actual: 10 + (i % 7) / 10,
      explanation: "竞价关键词成本超预期",
      approver: "李总监",
    })),
    monitoring: idx.map((i) => ({
      period: "2026-W05",
      metric: `点击率${i}`,
      goalId: [`G${i}`],
      source: "KOL后台数据",
      frequency: "weekly",
      direction: "≥",
      target: 0.02,
      actual: 0.015 + (i % 5) / 1000,
      action: "优化内容标题",
    })),
  };
}
