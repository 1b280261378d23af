import { column } from "./define-column";
import { DIMENSIONS, DIRECTION_ITEMS, GOAL_PERIODS } from "./lists";

/** 目标分解 / Goals: one row per goal, baseline → target → stretch, one owner each. */
export const GOALS_COLUMNS = [
  column({ key: "id", header: { "zh-CN": "编号", "en-US": "ID" }, zhTW: ["編號"], type: "text", required: false, format: "text", width: 8 }),
  column({ key: "dimension", header: { "zh-CN": "目标维度", "en-US": "Dimension" }, zhTW: ["目標維度"], type: "list", required: true, format: "text", list: DIMENSIONS, width: 10 }),
  column({ key: "metric", header: { "zh-CN": "具体指标", "en-US": "Metric" }, zhTW: ["具體指標"], type: "text", required: true, format: "text", width: 18 }),
  column({ key: "direction", header: { "zh-CN": "方向", "en-US": "Direction" }, zhTW: ["方向"], type: "list", required: false, format: "text", list: DIRECTION_ITEMS, width: 6 }),
  column({ key: "baseline", header: { "zh-CN": "基准值", "en-US": "Baseline" }, zhTW: ["基準值"], type: "number", required: false, format: "general", numberKind: "metric", width: 10 }),
  column({ key: "target", header: { "zh-CN": "目标值", "en-US": "Target" }, zhTW: ["目標值"], type: "number", required: true, format: "general", numberKind: "metric", findings: { invalid: "vagueTarget" }, width: 10 }),
  column({ key: "stretch", header: { "zh-CN": "挑战值", "en-US": "Stretch" }, zhTW: ["挑戰值"], type: "number", required: false, format: "general", numberKind: "metric", width: 10 }),
  column({ key: "unit", header: { "zh-CN": "单位", "en-US": "Unit" }, zhTW: ["單位"], type: "text", required: false, format: "text", width: 8 }),
  column({ key: "criterion", header: { "zh-CN": "完成标准", "en-US": "Completion criterion" }, zhTW: ["完成標準"], type: "text", required: false, format: "text", width: 20 }),
  column({ key: "owner", header: { "zh-CN": "责任人", "en-US": "Owner" }, zhTW: ["責任人"], type: "text", required: true, format: "text", findings: { blank: "ownerMissing" }, width: 10 }),
  column({ key: "source", header: { "zh-CN": "数据来源", "en-US": "Data source" }, zhTW: ["數據來源", "資料來源"], type: "text", required: false, format: "text", width: 14 }),
  column({ key: "period", header: { "zh-CN": "统计周期", "en-US": "Period" }, zhTW: ["統計週期", "統計周期"], type: "list", required: false, format: "text", list: GOAL_PERIODS, width: 8 }),
] as const;
