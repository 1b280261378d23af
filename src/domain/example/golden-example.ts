import type { PlanExample } from "./example-shape";

/**
 * The framework's own worked example, shipped so "create with example" fills
 * the sheets. Kept equal to /shared/spec/golden-example.json (without its
 * expected values) by test/domain/example.
 */
export const GOLDEN_EXAMPLE: PlanExample = {
  goals: [
    { id: "G1", dimension: "品牌", metric: "品牌搜索量", direction: "≥", target: 100000, unit: "次/月", criterion: "月均搜索量≥10万次", owner: "王经理", source: "百度指数", period: "月" },
    { id: "G2", dimension: "销售", metric: "新产品月销量", direction: "≥", target: 10000, unit: "件", criterion: "月末销量≥1万件", owner: "李总监", source: "ERP系统", period: "月" },
    { id: "G3", dimension: "用户", metric: "新增注册用户", direction: "≥", target: 50000, unit: "人", criterion: "注册用户数≥5万", owner: "张主管", source: "CRM系统", period: "月" },
  ],
  strategies: [
    { id: "S1", goalId: "G1", strategy: "推广策略", action: "筛选10位垂类KOL", due: "2026-01-10", owner: "赵专员", resources: "KOL费用", cost: 20, expected: "内容曝光500万次" },
    { id: "S2", goalId: "G2", strategy: "渠道策略", action: "天猫旗舰店首发", due: "2026-02-01", owner: "张主管", resources: "平台推广费", cost: 10, expected: "首月销量3000件" },
    { id: "S3", goalId: "G3", strategy: "产品策略", action: "推出体验装", due: "2026-01-25", owner: "王经理", resources: "生产成本", cost: 5, expected: "吸引新用户2万人" },
  ],
  budget: [
    { category: "渠道费用", item: "天猫推广费", strategyId: "S2", budget: 10, actual: 11, explanation: "竞价关键词成本超预期", approver: "李总监" },
    { category: "推广费用", item: "KOL合作费", strategyId: "S1", budget: 20, actual: 18, explanation: "2位KOL谈成折扣", approver: "王经理" },
    { category: "物料制作费", item: "宣传册/海报", strategyId: "S3", budget: 5, actual: 4.5, explanation: "印量减少,节约成本", approver: "张主管" },
  ],
  monitoring: [
    { period: "2026-W05", metric: "点击率", source: "KOL后台数据", frequency: "周", direction: "≥", target: 0.02, actual: 0.015, action: "优化内容标题,增加利益点" },
    { period: "2026-01", metric: "复购率", source: "CRM系统", frequency: "月", direction: "≥", target: 0.15, actual: 0.12, action: "推出会员专属折扣" },
    { period: "2026-Q1", metric: "品牌美誉度", source: "第三方调研报告", frequency: "季", direction: "≥", target: 80, actual: 75, action: "加强客服响应,处理投诉" },
  ],
  thresholds: {
    PlanApprovalLead: 0.1, PlanApprovalGM: 0.5, PlanExplainAbove: 0.1,
    PlanReserveMin: 0.1, PlanReserveMax: 0.15, PlanAlertShortfall: 0.2,
    PlanOnTrackTolerance: 0, PlanMinROI: 1.5, PlanStreakPeriods: 2,
  },
};
