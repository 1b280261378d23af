import { atLeast } from "../values/tolerance";
import { mapCalc, ok, type Calc } from "../values/result";
import { thresholdInput, withNumbers } from "../values/number-input";
import { DEFAULT_THRESHOLDS } from "../settings/thresholds";
import { parseDirection, type Direction } from "./direction";
import { deviation, gapOf } from "./deviation";

export type Status = "onTrack" | "warning" | "alert";

export const STATUSES: readonly Status[] = ["onTrack", "warning", "alert"];

/** gap ≥ −tolerance → On track; shortfall ≥ alert threshold → Alert; otherwise Warning. */
export function statusOfGap(gap: number, alertShortfall: number, tolerance: number): Status {
  if (atLeast(gap, -tolerance)) return "onTrack";
  if (atLeast(-gap, alertShortfall)) return "alert";
  return "warning";
}

export function statusOfDeviation(dev: number, direction: Direction, alertShortfall: number, tolerance: number): Status {
  return statusOfGap(gapOf(dev, direction), alertShortfall, tolerance);
}

export function status(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  alertShortfall?: unknown,
  tolerance?: unknown,
): Calc<Status> {
  const dir = parseDirection(direction);
  const alert = thresholdInput(alertShortfall, DEFAULT_THRESHOLDS.alertShortfall, "Alert shortfall");
  const tol = thresholdInput(tolerance, DEFAULT_THRESHOLDS.onTrackTolerance, "On-track tolerance");
  if (dir.kind === "error") return dir;
  return withNumbers([alert, tol], ([al, to]) =>
    mapCalc(deviation(actual, target), (dev) => ok(statusOfDeviation(dev, (dir as { value: Direction }).value, al, to))),
  );
}
