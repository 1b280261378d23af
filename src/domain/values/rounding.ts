/**
 * Results (variance, variance %, deviation) are rounded to 10 decimal places,
 * exactly what the standard formulas write as ROUND(…,10), and thresholds are
 * then compared with them plainly. That makes floating-point noise vanish the
 * same way in the domain, PLAN.* and every spreadsheet: (1.1 − 1) / 1 is 0.1,
 * so budget 1.0 → actual 1.1 is exactly a 10% overrun, and 0.1 + 0.2 − 0.3 is 0.
 * 10⁻¹⁰ 万元 is a millionth of a yuan; 10⁻¹⁰ as a rate is 0.00000001%.
 */
export const RESULT_DECIMALS = 10;

const SCALE = 1e10;
/** Above this the scaled value has no fraction left to round (2^52). */
const EXACT_LIMIT = 2 ** 52;

/**
 * Excel's ROUND(x, 10): half away from zero, on the decimal value x shows.
 * Math.round(|x|·10¹⁰) / 10¹⁰ is that unless |x|·10¹⁰ lies within its own rounding
 * error of a half; those (and huge values) take the decimal string, which is exact.
 */
export function roundResult(x: number): number {
  if (x === 0) return 0; // −0 too: a cell shows no sign on zero
  if (!Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  const scaled = ax * SCALE;
  let y: number;
  if (scaled < EXACT_LIMIT) {
    const fraction = scaled - Math.floor(scaled);
    y = fraction > 0.4999 && fraction < 0.5001 ? byDecimalString(ax) : Math.round(scaled) / SCALE;
  } else {
    y = byDecimalString(ax);
  }
  return y === 0 ? 0 : x < 0 ? -y : y;
}

/** Shifts the decimal point in the number's shortest text, so no binary error enters the rounding. */
function byDecimalString(ax: number): number {
  const [mantissa, exponent] = String(ax).split("e");
  const shifted = Number(`${mantissa}e${Number(exponent ?? 0) + RESULT_DECIMALS}`);
  if (!Number.isFinite(shifted) || shifted >= 2 ** 53) return ax;
  return Number(`${Math.round(shifted)}e-${RESULT_DECIMALS}`);
}
