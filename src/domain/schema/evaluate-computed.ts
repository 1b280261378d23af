import { approvalLevel, deviation, effect, status, variance, variancePctShown } from "../calc";
import type { ApprovalLevel, Effect } from "../calc/budget";
import type { Status } from "../calc/status";
import type { Thresholds } from "../settings/thresholds";
import type { Calc } from "../values/result";
import type { ComputedKind } from "./column";

/** "unbudgeted": a variance % on a line with budget 0. */
export type ComputedValue = number | ApprovalLevel | Effect | Status | "unbudgeted";

/**
 * What a computed column should show for a row's input cells, by the same
 * calculations the formulas use. Labels (approval, effect, status) come back as
 * keys; labels.ts turns them into words.
 */
export function evaluateComputed(
  kind: ComputedKind,
  row: Readonly<Record<string, unknown>>,
  t: Thresholds,
): Calc<ComputedValue> {
  switch (kind) {
    case "variance":
      return variance(row.actual, row.budget);
    case "variancePct":
      return variancePctShown(row.actual, row.budget);
    case "effect":
      return effect(row.actual, row.budget);
    case "approval":
      return approvalLevel(row.actual, row.budget, t.approvalLead, t.approvalGM);
    case "deviation":
      return deviation(row.actual, row.target);
    case "status":
      return status(row.actual, row.target, row.direction, t.alertShortfall, t.onTrackTolerance);
  }
}
