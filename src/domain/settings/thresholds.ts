import type { Localized } from "../language";

/** The approval and alert thresholds that live on the settings sheet as named cells. */
export interface Thresholds {
  approvalLead: number;
  approvalGM: number;
  explainAbove: number;
  explainMinAmount: number;
  reserveMin: number;
  reserveMax: number;
  alertShortfall: number;
  onTrackTolerance: number;
  minROI: number;
  streakPeriods: number;
  costTolerance: number;
  splitTolerance: number;
}

export type ThresholdKey = keyof Thresholds;

/** How a threshold is shown and validated: a fraction shown as %, an amount in 万元, a ratio, a count. */
export type ThresholdKind = "percent" | "money" | "ratio" | "count";

export interface ThresholdDef {
  readonly key: ThresholdKey;
  /** The workbook-level name of its cell; formulas reference it. */
  readonly name: string;
  readonly defaultValue: number;
  readonly kind: ThresholdKind;
  readonly label: Localized;
  readonly help: Localized;
}

export const THRESHOLD_DEFS: readonly ThresholdDef[] = [
  {
    key: "approvalLead",
    name: "PlanApprovalLead",
    defaultValue: 0.1,
    kind: "percent",
    label: { "zh-CN": "营销负责人审批线", "en-US": "Marketing lead approval above" },
    help: {
      "zh-CN": "超支比例高于此值需营销负责人审批",
      "en-US": "Overrun above this needs the marketing lead's approval",
    },
  },
  {
    key: "approvalGM",
    name: "PlanApprovalGM",
    defaultValue: 0.5,
    kind: "percent",
    label: { "zh-CN": "总经理审批线", "en-US": "General manager approval above" },
    help: {
      "zh-CN": "超支比例高于此值需总经理审批",
      "en-US": "Overrun above this needs the general manager's approval",
    },
  },
  {
    key: "explainAbove",
    name: "PlanExplainAbove",
    defaultValue: 0.1,
    kind: "percent",
    label: { "zh-CN": "差异说明阈值", "en-US": "Explain variance above" },
    help: { "zh-CN": "|差异率|高于此值需填写差异分析", "en-US": "|Variance %| above this needs a written explanation" },
  },
  {
    key: "explainMinAmount",
    name: "PlanExplainMinAmount",
    defaultValue: 0,
    kind: "money",
    label: { "zh-CN": "差异说明金额下限(万元)", "en-US": "Explain only from amount (10k)" },
    help: {
      "zh-CN": "|差异|达到此金额才需说明(重要性下限)",
      "en-US": "…but only when |variance| is at least this amount (materiality floor)",
    },
  },
  {
    key: "reserveMin",
    name: "PlanReserveMin",
    defaultValue: 0.1,
    kind: "percent",
    label: { "zh-CN": "应急预算占比下限", "en-US": "Contingency share min" },
    help: { "zh-CN": "应急预算占总预算的最低比例", "en-US": "Lowest contingency share of the total budget" },
  },
  {
    key: "reserveMax",
    name: "PlanReserveMax",
    defaultValue: 0.15,
    kind: "percent",
    label: { "zh-CN": "应急预算占比上限", "en-US": "Contingency share max" },
    help: { "zh-CN": "应急预算占总预算的最高比例", "en-US": "Highest contingency share of the total budget" },
  },
  {
    key: "alertShortfall",
    name: "PlanAlertShortfall",
    defaultValue: 0.2,
    kind: "percent",
    label: { "zh-CN": "告警偏差线", "en-US": "Alert at shortfall" },
    help: {
      "zh-CN": "未达目标的幅度达到此值即告警",
      "en-US": "A shortfall against target at or beyond this is an Alert",
    },
  },
  {
    key: "onTrackTolerance",
    name: "PlanOnTrackTolerance",
    defaultValue: 0,
    kind: "percent",
    label: { "zh-CN": "达标容差", "en-US": "On-track tolerance" },
    help: { "zh-CN": "未达目标的幅度在此之内仍算达标", "en-US": "A shortfall within this still counts as On track" },
  },
  {
    key: "minROI",
    name: "PlanMinROI",
    defaultValue: 1.5,
    kind: "ratio",
    label: { "zh-CN": "最低ROI", "en-US": "Minimum ROI" },
    help: { "zh-CN": "ROI低于此值的活动会被标出", "en-US": "A campaign below this ROI is flagged" },
  },
  {
    key: "streakPeriods",
    name: "PlanStreakPeriods",
    defaultValue: 2,
    kind: "count",
    label: { "zh-CN": "连续未达标周期数", "en-US": "Periods off track before adjusting" },
    help: {
      "zh-CN": "连续这么多个周期未达标即需调整策略",
      "en-US": "This many consecutive periods off track → strategy adjustment needed",
    },
  },
  {
    key: "costTolerance",
    name: "PlanCostTolerance",
    defaultValue: 0,
    kind: "money",
    label: { "zh-CN": "策略预算核对容差(万元)", "en-US": "Strategy cost tolerance (10k)" },
    help: {
      "zh-CN": "策略预算与其预算明细合计相差超过此金额即提示",
      "en-US": "A strategy's cost differing from the sum of its budget lines by more than this is reported",
    },
  },
  {
    key: "splitTolerance",
    name: "PlanSplitTolerance",
    defaultValue: 0.05,
    kind: "percent",
    label: { "zh-CN": "预算结构容差", "en-US": "Budget split tolerance" },
    help: {
      "zh-CN": "各类预算占比偏离预算结构目标超过此值即提示",
      "en-US": "A share of the budget off its split target by more than this is reported",
    },
  },
];

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze(
  Object.fromEntries(THRESHOLD_DEFS.map((d) => [d.key, d.defaultValue])) as unknown as Thresholds,
) as Thresholds;

export function thresholdDef(key: ThresholdKey): ThresholdDef {
  const def = THRESHOLD_DEFS.find((d) => d.key === key);
  if (!def) throw new Error(`Unknown threshold ${key}`);
  return def;
}

export type ThresholdProblemCode =
  "notANumber" | "negative" | "percentOver100" | "notWholeNumber" | "gmBelowLead" | "reserveMinAboveMax";

export interface ThresholdProblem {
  readonly key: ThresholdKey;
  readonly code: ThresholdProblemCode;
  readonly message: Localized;
}

/** What is wrong with a threshold, in both languages: for the settings form and for check findings. */
export function thresholdProblemMessage(key: ThresholdKey, code: ThresholdProblemCode): Localized {
  const def = thresholdDef(key);
  const zh = def.label["zh-CN"];
  const en = def.label["en-US"];
  switch (code) {
    case "notANumber":
      return { "zh-CN": `${zh}必须是数字`, "en-US": `${en} must be a number` };
    case "negative":
      return { "zh-CN": `${zh}不能为负数`, "en-US": `${en} cannot be negative` };
    case "notWholeNumber":
      return { "zh-CN": `${zh}必须是不小于1的整数`, "en-US": `${en} must be a whole number of at least 1` };
    case "percentOver100":
      return { "zh-CN": `${zh}不能超过100%`, "en-US": `${en} cannot exceed 100%` };
    case "gmBelowLead":
      return {
        "zh-CN": "总经理审批线不能低于营销负责人审批线",
        "en-US": "The general manager threshold cannot be below the marketing lead threshold",
      };
    case "reserveMinAboveMax":
      return {
        "zh-CN": "应急预算占比下限不能高于上限",
        "en-US": "The contingency minimum cannot be above the maximum",
      };
  }
}

function problem(key: ThresholdKey, code: ThresholdProblemCode): ThresholdProblem {
  return { key, code, message: thresholdProblemMessage(key, code) };
}

/** Everything wrong with a set of thresholds; an empty list means it may be written. */
export function validateThresholds(t: Thresholds): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  for (const def of THRESHOLD_DEFS) {
    const v = t[def.key];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      problems.push(problem(def.key, "notANumber"));
    } else if (v < 0) {
      problems.push(problem(def.key, "negative"));
    } else if (def.kind === "count" && (!Number.isInteger(v) || v < 1)) {
      problems.push(problem(def.key, "notWholeNumber"));
    } else if (def.kind === "percent" && def.key !== "approvalGM" && v > 1 && def.key !== "approvalLead") {
      problems.push(problem(def.key, "percentOver100"));
    }
  }
  if (Number.isFinite(t.approvalGM) && Number.isFinite(t.approvalLead) && t.approvalGM < t.approvalLead) {
    problems.push(problem("approvalGM", "gmBelowLead"));
  }
  if (Number.isFinite(t.reserveMin) && Number.isFinite(t.reserveMax) && t.reserveMin > t.reserveMax) {
    problems.push(problem("reserveMin", "reserveMinAboveMax"));
  }
  return problems;
}
