import { greaterThan } from "../values/tolerance";
import { finding, type Finding } from "../findings/finding";
import { followsDirectly, formatPeriod, periodsBetween } from "../period/period";
import { isBlankCell } from "../read/grid";
import type { SheetRead } from "../read/read-sheet";
import type { Thresholds } from "../settings/thresholds";
import { missingOptionalColumn } from "./budget-check";
import { idKey } from "./ids";
import { monitoringFactsOf, onePerPeriod, type MonitoringFacts } from "./monitoring-facts";
import { placeOf, type PlanReads } from "./place";
import { isRoiMetric } from "./roi-metric";

/**
 * Monitoring rows: readable periods, one row per metric and period, a target
 * a deviation can be taken from, an improvement action on every Alert, a
 * strategy adjustment after `streakPeriods` consecutive periods off track, no
 * period left without a row between two rows of a metric, and ROI metrics at
 * or above the minimum ROI.
 */
export function checkMonitoring(read: SheetRead<"monitoring">, reads: PlanReads, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const { facts, series } = monitoringFactsOf(read, t);
  let alertsWithoutActionColumn = 0;

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
    if (cells.target && f.target === 0)
      findings.push(finding("targetZero", placeOf(read, cells.target), { column: "target", metric: f.metric }));
    if (f.status === "alert") {
      const action = cells.action;
      if (!action) alertsWithoutActionColumn++;
      else if (isBlankCell(action.raw)) {
        findings.push(
          finding("alertWithoutAction", placeOf(read, action), {
            column: "action",
            metric: f.metric,
            period: periodText(f),
            deviation: f.deviation!,
          }),
        );
      }
    }
  }

  if (alertsWithoutActionColumn > 0) findings.push(missingOptionalColumn(read, "action", alertsWithoutActionColumn));

  for (const rows of series.values()) {
    findings.push(...duplicatePeriods(read, rows));
    const periods = onePerPeriod(rows);
    findings.push(...missingPeriods(read, periods));
    findings.push(...streak(read, periods, t));
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
    else
      findings.push(
        finding("duplicatePeriod", placeOf(read, f.row.cells.period!), {
          column: "period",
          metric: f.metric,
          period: key,
          first: earlier.row.cells.period!.cell,
        }),
      );
  }
  return findings;
}

/**
 * A period with no row between two rows of the same metric (W06 and W08, no
 * W07) is a report that never came: one finding per gap, at the period cell
 * of the row after it.
 */
function missingPeriods(read: SheetRead<"monitoring">, periods: readonly MonitoringFacts[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i < periods.length; i++) {
    const before = periods[i - 1];
    const after = periods[i];
    if (followsDirectly(before.period!, after.period!)) continue;
    const gap = periodsBetween(before.period!, after.period!, MAX_GAP);
    if (gap.length === 0) continue;
    findings.push(
      finding("periodMissing", placeOf(read, after.row.cells.period!), {
        column: "period",
        metric: after.metric,
        from: formatPeriod(gap[0]),
        to: formatPeriod(gap[gap.length - 1]),
        count: gap.length,
        before: formatPeriod(before.period!),
        after: formatPeriod(after.period!),
      }),
    );
  }
  return findings;
}

/** Longer gaps are still one finding; counting further than this would only name a bigger number. */
const MAX_GAP = 10_000;

/**
 * The last `streakPeriods` reported periods all off track, one right after
 * the other → adjust the strategy. A period in between without a row, or with
 * a row but no actual, breaks the streak: "consecutive" is about the calendar,
 * and a report that never came says nothing about being off track.
 * Reported at the latest period's actual, the number that triggered it.
 */
function streak(read: SheetRead<"monitoring">, periods: readonly MonitoringFacts[], t: Thresholds): Finding[] {
  const n = t.streakPeriods;
  const judged = periods.filter((f) => f.status !== null);
  if (!(n >= 1) || judged.length < n) return [];
  const last = judged.slice(-n);
  if (!last.every((f) => f.status !== "onTrack")) return [];
  if (!last.every((f, i) => i === 0 || followsDirectly(last[i - 1].period!, f.period!))) return [];
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
function roiBelowMin(
  read: SheetRead<"monitoring">,
  reported: readonly MonitoringFacts[],
  reads: PlanReads,
  t: Thresholds,
): Finding[] {
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
