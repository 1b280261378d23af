import { monitoringFactsOf, onePerPeriod } from "../check/monitoring-facts";
import type { PlanReads } from "../check/place";
import { formatPeriod } from "../period/period";
import type { Thresholds } from "../settings/thresholds";

/** One metric's history: target and actual per period, oldest first (actual null = not reported yet). */
export interface MetricSeries {
  metric: string;
  points: { period: string; target: number | null; actual: number | null }[];
}

/** Each monitoring series (metric and period granularity) in the order the sheet first names it. */
export function reviewMetrics(reads: PlanReads, t: Thresholds): MetricSeries[] {
  if (!reads.monitoring) return [];
  const { series } = monitoringFactsOf(reads.monitoring, t);
  return [...series.values()].map((rows) => ({
    metric: rows[0].metric,
    points: onePerPeriod(rows).map((f) => ({ period: formatPeriod(f.period!), target: f.target, actual: f.actual })),
  }));
}
