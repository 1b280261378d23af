import { formatRoi } from "../calc/roi";

/** Numbers in messages: at most 2 decimals, no binary noise (0.1 + 0.2 shows as 0.3). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** 0.125 → 12.5%; signed when asked (deviations and variances read better as +10% / −25%). */
export function formatPercent(n: number, signed = false): string {
  const text = `${Math.round(n * 10000) / 100}%`;
  return signed && n > 0 ? `+${text}` : text;
}

export function formatSigned(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

export { formatRoi };
