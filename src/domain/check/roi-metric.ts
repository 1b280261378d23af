import { normalizeLabel } from "../schema/normalize";

/**
 * Whether a metric is a return on investment, so the minimum ROI applies.
 * The monitoring sheet has no unit column, so this goes by the metric's name
 * (ROI, 投资回报/投資回報, 投入产出比) or, when the row links a goal, that goal's
 * unit being a ratio (ratio, 比率, 倍, 1:x). Revenue-over-cost ratios are what
 * the framework calls ROI (1:3.6), so the actual is compared as a ratio.
 */
export function isRoiMetric(metric: string, goalUnit?: string | null): boolean {
  if (/roi/i.test(metric) || /投资回报|投資回報|投入产出比|投入產出比/.test(metric)) return true;
  const unit = normalizeLabel(goalUnit ?? "");
  return ["ratio", "比率", "倍", "1:x", "roi"].includes(unit);
}
