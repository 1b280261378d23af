/**
 * Threshold comparisons that floating point cannot tip: budget 1.0 with actual
 * 1.1 gives (1.1 - 1) / 1 = 0.10000000000000009, which must count as exactly 10%.
 * Differences below a relative epsilon are treated as equality.
 */
const RELATIVE_EPSILON = 1e-9;

function slack(a: number, b: number): number {
  return RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true; // also ±Infinity, where a − b is NaN
  return Math.abs(a - b) <= slack(a, b);
}

/** a > b by more than floating-point noise. */
export function greaterThan(a: number, b: number): boolean {
  // An infinite side makes the slack infinite too (Infinity > Infinity is false); compare plainly.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a > b;
  return a - b > slack(a, b);
}

/** a ≥ b, allowing for floating-point noise. */
export function atLeast(a: number, b: number): boolean {
  return !greaterThan(b, a);
}

/** Rounds away binary noise (0.10000000000000009 → 0.1) so results show and compare cleanly. */
export function clean(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number.parseFloat(x.toPrecision(12));
}
