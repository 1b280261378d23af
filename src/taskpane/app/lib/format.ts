import type { Lang } from "../../../domain/language";
import type { ThresholdKind } from "../../../domain/settings/thresholds";

/** Removes float noise (0.15 * 100 = 15.000000000000002) without changing real digits. */
export function tidy(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: maxFractionDigits }).format(tidy(n));
}

export function formatSigned(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: "exceptZero" }).format(tidy(n));
}

export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(tidy(fraction));
}

/** How a stored threshold value is shown in the settings form: percents as 10 for 0.1. */
export function thresholdToInput(value: number, kind: ThresholdKind): string {
  if (!Number.isFinite(value)) return "";
  return String(tidy(kind === "percent" ? value * 100 : value));
}

/**
 * What a person typed in the settings form, as the stored value: "10" or "10%"
 * in a percent field → 0.1. Full-width digits are accepted. Anything that is not
 * a number gives NaN, which validateThresholds reports as "must be a number".
 */
export function thresholdFromInput(text: string, kind: ThresholdKind): number {
  let s = text.normalize("NFKC").replace(/[\s,]/g, "");
  if (kind === "percent") s = s.replace(/%$/, "");
  if (s === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number.NaN;
  const n = Number(s);
  return tidy(kind === "percent" ? n / 100 : n);
}
