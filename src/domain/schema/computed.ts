import type { ComputedDef, ComputedKind } from "./column";

/** What each computed column calculates, as data for the Excel layer's formulas and for help texts. */
export const COMPUTED: Record<ComputedKind, ComputedDef> = {
  variance: {
    kind: "variance",
    inputs: ["actual", "budget"],
    thresholds: [],
    description: { "zh-CN": "实际支出 − 预算金额（正数为超支）", "en-US": "Actual − budget (positive is overspend)" },
  },
  variancePct: {
    kind: "variancePct",
    inputs: ["actual", "budget"],
    thresholds: [],
    description: { "zh-CN": "(实际支出 − 预算金额) / 预算金额", "en-US": "(Actual − budget) / budget" },
  },
  effect: {
    kind: "effect",
    inputs: ["actual", "budget"],
    thresholds: [],
    description: {
      "zh-CN": "节约为有利，超支为不利，持平为空",
      "en-US": "Underspend is favourable, overspend unfavourable, on budget blank",
    },
  },
  approval: {
    kind: "approval",
    inputs: ["actual", "budget"],
    thresholds: ["approvalLead", "approvalGM"],
    description: {
      "zh-CN":
        "超支比例高于总经理审批线为总经理，高于营销负责人审批线为营销负责人，否则无需审批；预算为0的支出需总经理审批",
      "en-US":
        "Overrun above the GM threshold: general manager; above the lead threshold: marketing lead; else none. Spend on a budget of 0 needs the general manager",
    },
  },
  deviation: {
    kind: "deviation",
    inputs: ["actual", "target"],
    thresholds: [],
    description: {
      "zh-CN": "(实际值 − 目标值) / 目标值；未填实际值时为空",
      "en-US": "(Actual − target) / target; blank until the actual is reported",
    },
  },
  status: {
    kind: "status",
    inputs: ["actual", "target", "direction"],
    thresholds: ["alertShortfall", "onTrackTolerance"],
    description: {
      "zh-CN": "按方向看偏差：未达目标幅度在容差内为达标，达到告警偏差线为告警，其余为预警",
      "en-US":
        "Deviation seen from the direction: shortfall within tolerance is On track, at or beyond the alert shortfall is Alert, else Warning",
    },
  },
};
