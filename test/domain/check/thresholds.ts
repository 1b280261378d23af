import type { Thresholds } from "../../../src/domain/settings/thresholds";
import type { GoldenExample } from "../helpers/spec-files";

/** The golden thresholds by their workbook names, mapped by hand (PlanExplainMinAmount is not in the JSON: 0 per the spec). */
export function goldenThresholds(g: GoldenExample): Thresholds {
  const t = g.thresholds;
  return {
    approvalLead: t.PlanApprovalLead,
    approvalGM: t.PlanApprovalGM,
    explainAbove: t.PlanExplainAbove,
    explainMinAmount: 0,
    reserveMin: t.PlanReserveMin,
    reserveMax: t.PlanReserveMax,
    alertShortfall: t.PlanAlertShortfall,
    onTrackTolerance: t.PlanOnTrackTolerance,
    minROI: t.PlanMinROI,
    streakPeriods: t.PlanStreakPeriods,
    // Not in the golden JSON: the settings defaults.
    costTolerance: 0,
    splitTolerance: 0.05,
  };
}
