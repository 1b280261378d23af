import { column } from "./define-column";
import { PRIORITIES, STRATEGY_STATUSES, STRATEGY_TYPES } from "./lists";

/** 策略执行 / Strategies: the actions that serve a goal, with dates, owner and cost. */
export const STRATEGIES_COLUMNS = [
  column({ key: "id", header: { "zh-CN": "编号", "en-US": "ID" }, zhTW: ["編號"], type: "text", required: false, format: "text", width: 8 }),
  column({ key: "goalId", header: { "zh-CN": "关联目标", "en-US": "Goal" }, zhTW: ["關聯目標"], aliases: ["Goal ID"], type: "ref", required: false, format: "text", ref: "goals", width: 10 }),
  column({ key: "strategy", header: { "zh-CN": "策略方向", "en-US": "Strategy" }, zhTW: ["策略方向"], type: "list", required: true, format: "text", list: STRATEGY_TYPES, width: 12 }),
  column({ key: "action", header: { "zh-CN": "具体动作", "en-US": "Action" }, zhTW: ["具體動作"], type: "text", required: true, format: "text", width: 22 }),
  column({ key: "start", header: { "zh-CN": "开始日期", "en-US": "Start" }, zhTW: ["開始日期"], aliases: ["Start date"], type: "date", required: false, format: "date", width: 12 }),
  column({ key: "due", header: { "zh-CN": "截止日期", "en-US": "Due" }, zhTW: ["截止日期"], aliases: ["Due date"], type: "date", required: true, format: "date", width: 12 }),
  column({ key: "owner", header: { "zh-CN": "负责人", "en-US": "Owner" }, zhTW: ["負責人"], type: "text", required: true, format: "text", width: 10 }),
  column({ key: "partners", header: { "zh-CN": "协作部门", "en-US": "Partner teams" }, zhTW: ["協作部門"], type: "text", required: false, format: "text", width: 14 }),
  column({ key: "dependsOn", header: { "zh-CN": "前置依赖", "en-US": "Depends on" }, zhTW: ["前置依賴"], type: "ref", required: false, format: "text", ref: "strategies", width: 10 }),
  column({ key: "resources", header: { "zh-CN": "资源需求", "en-US": "Resources" }, zhTW: ["資源需求"], type: "text", required: false, format: "text", width: 14 }),
  column({ key: "cost", header: { "zh-CN": "预算(万元)", "en-US": "Cost (10k)" }, zhTW: ["預算(萬元)"], type: "number", required: false, format: "money", numberKind: "money", width: 12 }),
  column({ key: "expected", header: { "zh-CN": "预期效果", "en-US": "Expected effect" }, zhTW: ["預期效果"], type: "text", required: false, format: "text", width: 18 }),
  column({ key: "status", header: { "zh-CN": "状态", "en-US": "Status" }, zhTW: ["狀態"], type: "list", required: false, format: "text", list: STRATEGY_STATUSES, width: 10 }),
  column({ key: "priority", header: { "zh-CN": "优先级", "en-US": "Priority" }, zhTW: ["優先級", "優先順序"], type: "list", required: false, format: "text", list: PRIORITIES, width: 8 }),
  // Optional, after 优先级: revenue the strategy brought, for the review's ROI and contribution (older plans do without it).
  column({ key: "revenue", header: { "zh-CN": "归因收入(万元)", "en-US": "Attributed revenue (10k)" }, zhTW: ["歸因收入(萬元)"], aliases: ["Revenue"], type: "number", required: false, format: "money", numberKind: "money", width: 14 }),
] as const;
