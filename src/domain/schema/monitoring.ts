import { COMPUTED } from "./computed";
import { column } from "./define-column";
import { DIRECTION_ITEMS, FREQUENCIES } from "./lists";

/** 效果监控 / Monitoring: one row per metric per period, so history stays as weeks are added. */
export const MONITORING_COLUMNS = [
  // Text, not a date: Excel would turn 2026-01 into 1 January; the period parser reads it.
  column({ key: "period", header: { "zh-CN": "周期", "en-US": "Period" }, zhTW: ["週期"], type: "text", required: true, format: "text", width: 10 }),
  column({ key: "metric", header: { "zh-CN": "监控指标", "en-US": "Metric" }, zhTW: ["監控指標"], type: "text", required: true, format: "text", width: 16 }),
  column({ key: "goalId", header: { "zh-CN": "关联目标", "en-US": "Goal" }, zhTW: ["關聯目標"], aliases: ["Goal ID"], type: "ref", required: false, format: "text", ref: "goals", width: 10 }),
  column({ key: "source", header: { "zh-CN": "数据来源", "en-US": "Data source" }, zhTW: ["數據來源", "資料來源"], type: "text", required: false, format: "text", width: 14 }),
  column({ key: "frequency", header: { "zh-CN": "监控频率", "en-US": "Frequency" }, zhTW: ["監控頻率"], type: "list", required: false, format: "text", list: FREQUENCIES, width: 8 }),
  column({ key: "direction", header: { "zh-CN": "方向", "en-US": "Direction" }, zhTW: ["方向"], type: "list", required: false, format: "text", list: DIRECTION_ITEMS, width: 6 }),
  column({ key: "target", header: { "zh-CN": "目标值", "en-US": "Target" }, zhTW: ["目標值"], type: "number", required: true, format: "general", numberKind: "metric", width: 10 }),
  column({ key: "actual", header: { "zh-CN": "实际值", "en-US": "Actual" }, zhTW: ["實際值"], type: "number", required: false, format: "general", numberKind: "metric", width: 10 }),
  column({ key: "deviation", header: { "zh-CN": "偏差率", "en-US": "Deviation" }, zhTW: ["偏差率"], type: "computed", required: false, format: "percent", computed: COMPUTED.deviation, width: 10 }),
  column({ key: "status", header: { "zh-CN": "状态", "en-US": "Status" }, zhTW: ["狀態"], type: "computed", required: false, format: "text", computed: COMPUTED.status, width: 8 }),
  column({ key: "action", header: { "zh-CN": "改进措施", "en-US": "Improvement" }, zhTW: ["改進措施"], aliases: ["Improvement action"], type: "text", required: false, format: "text", width: 22 }),
] as const;
