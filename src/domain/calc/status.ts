import { mapCalc, ok, type Calc } from "../values/result";
import { isFiniteNumber, plainThreshold, thresholdInput, withNumbers } from "../values/number-input";
import { DEFAULT_THRESHOLDS } from "../settings/thresholds";
import { parseDirection, plainDirection, type Direction } from "./direction";
import { deviation, deviationRate, gapOf } from "./deviation";

export type Status = "onTrack" | "warning" | "alert";

export const STATUSES: readonly Status[] = ["onTrack", "warning", "alert"];

/**
 * gap ≥ −tolerance → On track; shortfall ≥ alert threshold → Alert; otherwise
 * Warning. The deviation is already rounded (deviationRate), so the thresholds
 * compare plainly, exactly as the sheet's status formula compares them.
 */
export function statusOfGap(gap: number, alertShortfall: number, tolerance: number): Status {
  if (gap >= -tolerance) return "onTrack";
  if (-gap >= alertShortfall) return "alert";
  return "warning";
}

export function statusOfDeviation(
  dev: number,
  direction: Direction,
  alertShortfall: number,
  tolerance: number,
): Status {
  return statusOfGap(gapOf(dev, direction), alertShortfall, tolerance);
}

export function status(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  alertShortfall?: unknown,
  tolerance?: unknown,
): Calc<Status> {
  const fast = statusOfPlain(actual, target, direction, alertShortfall, tolerance);
  if (fast !== undefined) return ok(fast);
  const dir = parseDirection(direction);
  const alert = thresholdInput(alertShortfall, DEFAULT_THRESHOLDS.alertShortfall, "Alert shortfall");
  const tol = thresholdInput(tolerance, DEFAULT_THRESHOLDS.onTrackTolerance, "On-track tolerance");
  if (dir.kind === "error") return dir;
  return withNumbers([alert, tol], ([al, to]) =>
    mapCalc(deviation(actual, target), (dev) =>
      ok(statusOfDeviation(dev, (dir as { value: Direction }).value, al, to)),
    ),
  );
}

/**
 * Fast path of status(): plain numbers, a direction spelled exactly, thresholds
 * omitted or plain numbers, and a deviation that is a real number. Undefined for
 * anything else (including the errors), which status() leaves to the general path.
 */
function statusOfPlain(
  actual: unknown,
  target: unknown,
  direction: unknown,
  alertShortfall: unknown,
  tolerance: unknown,
): Status | undefined {
  if (!isFiniteNumber(actual) || !isFiniteNumber(target) || target === 0) return undefined;
  const dir = plainDirection(direction);
  const alert = plainThreshold(alertShortfall, DEFAULT_THRESHOLDS.alertShortfall);
  const tol = plainThreshold(tolerance, DEFAULT_THRESHOLDS.onTrackTolerance);
  if (dir === undefined || alert === undefined || tol === undefined) return undefined;
  const dev = deviationRate(actual, target);
  return Number.isFinite(dev) ? statusOfDeviation(dev, dir, alert, tol) : undefined;
}
