/**
 * Rate metrics (点击率 2%, not 0.02): a goal whose unit is % or a metric named
 * as a rate (…率, "… rate") shows its baseline, target, stretch and actual as
 * a percentage. ROI is a ratio (1:3.6), never a rate.
 */
import { isRoiMetric } from "../check/roi-metric";
import { NUMBER_FORMATS } from "../schema/column";
import type { PlanSheetKey } from "../schema/sheet-keys";
import { normalizeLabel } from "../schema/normalize";

const METRIC_VALUE_COLUMNS: Partial<Record<PlanSheetKey, readonly string[]>> = {
  goals: ["baseline", "target", "stretch"],
  monitoring: ["target", "actual"],
};

export function isRateMetric(metric: string, unit?: string | null): boolean {
  if (isRoiMetric(metric, unit)) return false;
  const u = normalizeLabel(unit ?? "");
  if (u === "%" || u === "％" || u === "percent") return true;
  return /率|比例|占比|\brate\b|\bshare\b|%/i.test(metric.normalize("NFKC"));
}

/**
 * The number formats of a metric value column for the rows written, with
 * rates as %; undefined for every other column (its own format stays).
 */
export function rateFormats(
  sheet: PlanSheetKey,
  column: string,
  rows: readonly Record<string, unknown>[],
  formats: readonly string[][] | undefined,
  format: string,
): string[][] | undefined {
  if (!METRIC_VALUE_COLUMNS[sheet]?.includes(column)) return undefined;
  const rate = rows.map((r) => isRateMetric(String(r.metric ?? ""), typeof r.unit === "string" ? r.unit : null));
  if (!rate.some(Boolean)) return undefined;
  return rows.map((_, i) => [rate[i] ? NUMBER_FORMATS.percent : (formats?.[i]?.[0] ?? format)]);
}
