import { COMPUTED } from "./computed";
import { column } from "./define-column";
import { BUDGET_CATEGORIES } from "./lists";

/** 预算分配 / Budget: budget lines in 万元 with the finance review columns. */
export const BUDGET_COLUMNS = [
  column({ key: "category", header: { "zh-CN": "项目类别", "en-US": "Category" }, zhTW: ["項目類別"], type: "list", required: true, format: "text", list: BUDGET_CATEGORIES, width: 12 }),
  column({ key: "item", header: { "zh-CN": "明细科目", "en-US": "Line item" }, zhTW: ["明細科目"], type: "text", required: true, format: "text", width: 16 }),
  column({ key: "strategyId", header: { "zh-CN": "关联策略", "en-US": "Strategy" }, zhTW: ["關聯策略"], aliases: ["Strategy ID"], type: "ref", required: false, format: "text", ref: "strategies", width: 10 }),
  column({ key: "budget", header: { "zh-CN": "预算金额(万元)", "en-US": "Budget (10k)" }, zhTW: ["預算金額(萬元)"], type: "number", required: true, format: "money", numberKind: "money", width: 14 }),
  column({ key: "actual", header: { "zh-CN": "实际支出(万元)", "en-US": "Actual (10k)" }, zhTW: ["實際支出(萬元)"], type: "number", required: false, format: "money", numberKind: "money", width: 14 }),
  column({ key: "variance", header: { "zh-CN": "差异(万元)", "en-US": "Variance (10k)" }, zhTW: ["差異(萬元)"], type: "computed", required: false, format: "money", computed: COMPUTED.variance, width: 12 }),
  column({ key: "variancePct", header: { "zh-CN": "差异率", "en-US": "Variance %" }, zhTW: ["差異率"], type: "computed", required: false, format: "percent", computed: COMPUTED.variancePct, width: 10 }),
  column({ key: "effect", header: { "zh-CN": "影响", "en-US": "Effect" }, zhTW: ["影響"], type: "computed", required: false, format: "text", computed: COMPUTED.effect, width: 8 }),
  column({ key: "approval", header: { "zh-CN": "审批级别", "en-US": "Approval" }, zhTW: ["審批級別", "核准層級"], type: "computed", required: false, format: "text", computed: COMPUTED.approval, width: 12 }),
  column({ key: "explanation", header: { "zh-CN": "差异分析", "en-US": "Explanation" }, zhTW: ["差異分析"], type: "text", required: false, format: "text", width: 22 }),
  column({ key: "approver", header: { "zh-CN": "审批人", "en-US": "Approver" }, zhTW: ["審批人", "核准人"], type: "text", required: false, format: "text", width: 10 }),
] as const;
