/**
 * Totals and shares of budget amounts that stay finite. Excel cells hold up to
 * ~1e308, so two huge amounts can overflow a plain sum to Infinity, which would
 * then make every share 0 and raise false findings. Shares are taken after
 * scaling by the largest amount (exact to floating-point precision); a total
 * that cannot be held saturates at the largest number instead of Infinity.
 */
export function total(amounts: readonly number[]): number {
  const sum = amounts.reduce((s, a) => s + a, 0);
  if (Number.isFinite(sum)) return sum;
  return sum > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

/** part / whole, both given as lists of amounts; null when the whole is not above 0. */
export function share(part: readonly number[], whole: readonly number[]): number | null {
  const scale = Math.max(0, ...whole.map(Math.abs), ...part.map(Math.abs));
  if (scale === 0) return null;
  const w = whole.reduce((s, a) => s + a / scale, 0);
  if (!(w > 0)) return null;
  return part.reduce((s, a) => s + a / scale, 0) / w;
}
