import { greaterThan } from "../values/tolerance";
import { finding, type Finding } from "../findings/finding";
import { formatPeriod } from "../period/period";
import { isBlankCell } from "../read/grid";
import type { SheetRead } from "../read/read-sheet";
import type { Thresholds } from "../settings/thresholds";
import { idKey } from "./ids";
import { monitoringFactsOf, onePerPeriod, type MonitoringFacts } from "./monitoring-facts";
import { placeOf, type PlanReads } from "./place";
import { isRoiMetric } from "./roi-metric";

/**
 * Monitoring rows: readable periods, one row per metric and period, a target
 * a deviation can be taken from, an improvement action on every Alert, a
 * strategy adjustment after `streakPeriods` reported periods off track in a
 * row, and ROI metrics at or above the minimum ROI.
 */
export function checkMonitoring(read: SheetRead<"monitoring">, reads: PlanReads, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const { facts, series } = monitoringFactsOf(read, t);

  for (const f of facts) {
    const cells = f.row.cells;
    if (cells.period?.state === "value" && !f.period) {
      findings.push(
        finding("badPeriod", placeOf(read, cells.period), {
          column: "period",
          text: cells.period.value!,
          ...(typeof cells.period.raw === "number" ? { number: "yes" } : {}),
        }),
      );
    }
    if (cells.target && f.target === 0) findings.push(finding("targetZero", placeOf(read, cells.target), { column: "target", metric: f.metric }));
    if (f.status === "alert") {
      const action = cells.action;
      const at = action ?? cells.actual!;
      if (!action || isBlankCell(action.raw)) {
        findings.push(finding("alertWithoutAction", placeOf(read, at), { column: "action", metric: f.metric, period: periodText(f), deviation: f.deviation! }));
      }
    }
  }

  for (const rows of series.values()) {
    findings.push(...duplicatePeriods(read, rows));
    findings.push(...streak(read, onePerPeriod(rows.filter((f) => f.status !== null)), t));
    findings.push(...roiBelowMin(read, onePerPeriod(rows.filter((f) => f.reported)), reads, t));
  }
  return findings;
}

function periodText(f: MonitoringFacts): string {
  return f.period ? formatPeriod(f.period) : String(f.row.cells.period?.value ?? "");
}

function duplicatePeriods(read: SheetRead<"monitoring">, rows: readonly MonitoringFacts[]): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, MonitoringFacts>();
  for (const f of rows) {
    const key = formatPeriod(f.period!);
    const earlier = first.get(key);
    if (!earlier) first.set(key, f);
    else findings.push(finding("duplicatePeriod", placeOf(read, f.row.cells.period!), { column: "period", metric: f.metric, period: key, first: earlier.row.cells.period!.cell }));
  }
  return findings;
}

/**
 * The last `streakPeriods` reported periods all off track → adjust the
 * strategy. Unreported periods are skipped, not counted as breaks or as misses.
 * Reported at the latest period's actual, the number that triggered it.
 */
function streak(read: SheetRead<"monitoring">, reported: readonly MonitoringFacts[], t: Thresholds): Finding[] {
  const n = t.streakPeriods;
  if (!(n >= 1) || reported.length < n) return [];
  const last = reported.slice(-n);
  if (!last.every((f) => f.status !== "onTrack")) return [];
  const latest = last[last.length - 1];
  return [
    finding("adjustmentNeeded", placeOf(read, latest.row.cells.actual!), {
      column: "actual",
      metric: latest.metric,
      count: n,
      periods: last.map(periodText).join(", "),
    }),
  ];
}

/**
 * A campaign below the minimum ROI: judged on an ROI metric's latest reported
 * period (its current standing; earlier periods are history). The strategies
 * serving the row's goal are named, as those are what to rethink.
 */
function roiBelowMin(read: SheetRead<"monitoring">, reported: readonly MonitoringFacts[], reads: PlanReads, t: Thresholds): Finding[] {
  const latest = reported[reported.length - 1];
  if (!latest || latest.actual === null) return [];
  const goalIds = (latest.row.cells.goalId?.value ?? []).map(idKey);
  const goal = reads.goals?.rows.find((g) => g.cells.id?.value && goalIds.includes(idKey(g.cells.id.value)));
  if (!isRoiMetric(latest.metric, goal?.cells.unit?.value)) return [];
  if (!greaterThan(t.minROI, latest.actual)) return [];
  const strategies = (reads.strategies?.rows ?? [])
    .filter((s) => (s.cells.goalId?.value ?? []).some((g) => goalIds.includes(idKey(g))))
    .map((s) => s.cells.id?.value)
    .filter((id): id is string => !!id);
  return [
    finding("roiBelowMin", placeOf(read, latest.row.cells.actual!), {
      column: "actual",
      metric: latest.metric,
      period: periodText(latest),
      roi: latest.actual,
      min: t.minROI,
      strategies: strategies.join(", "),
    }),
  ];
}
