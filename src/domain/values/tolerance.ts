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

/** 10^0 … 10^22: every one is an exact double (5^22 < 2^53), so scaling by them adds no error of its own. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** What clean() means: x to 12 significant digits, via the exact decimal digits of x. Slow (a string per call). */
function cleanByString(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

/**
 * Rounds away binary noise (0.10000000000000009 → 0.1) so results show and compare cleanly.
 *
 * Always equal to cleanByString(x); it runs once per result cell, so the common
 * magnitudes (about 1e-11 ≤ |x| < 1e12) avoid the string. Why that is exact:
 * - with k = 11 − floor(log10|x|), s = |x|·10^k lies in [1e11, 1e12) and is one
 *   rounding from the exact product (10^k is exact), i.e. within half an ulp of s,
 *   ≤ 2^-14 since s < 2^40;
 * - so Math.round(s) is the exact product rounded to an integer, the 12 digits
 *   toPrecision(12) picks, unless the product is that close to a half — those
 *   (fraction within 1e-4 of .5) take the string, as does any m that is not 12
 *   digits (log10 off by one near a power of ten, or rounding up to 10^12);
 * - m < 2^53 and 10^k are exact, so m / 10^k is the double nearest m·10^-k: what
 *   parseFloat makes of those digits. Rounding is symmetric, so the sign comes back after.
 */
export function clean(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  const k = 11 - Math.floor(Math.log10(ax));
  if (k < 0 || k > 22) return cleanByString(x);
  const scaled = ax * POWERS_OF_TEN[k];
  const digits = Math.round(scaled);
  const fraction = scaled - Math.floor(scaled);
  if (digits < 1e11 || digits >= 1e12 || (fraction > 0.4999 && fraction < 0.5001)) return cleanByString(x);
  const y = digits / POWERS_OF_TEN[k];
  return x < 0 ? -y : y;
}
