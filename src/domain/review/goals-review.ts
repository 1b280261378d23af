import { deviationRate } from "../calc/deviation";
import type { Direction } from "../calc/direction";
import { statusOfDeviation, type Status } from "../calc/status";
import { idKey } from "../check/ids";
import { monitoringFactsOf, type MonitoringFacts } from "../check/monitoring-facts";
import type { PlanReads } from "../check/place";
import { formatPeriod } from "../period/period";
import type { GoalRow } from "../read/rows";
import { normalizeLabel } from "../schema/normalize";
import type { Thresholds } from "../settings/thresholds";
import { clean } from "../values/tolerance";

/** One goal at review time: its latest reported actual against its target. */
export interface GoalReview {
  id: string | null;
  metric: string;
  /** null when the goal's 方向 cannot be read (the check reports that cell). */
  direction: Direction | null;
  target: number | null;
  /** The latest reported actual of the goal's monitored metric; null when none is reported. */
  actual: number | null;
  /** The period that actual was reported for (2026-01), null without one. */
  period: string | null;
  /** 1.2 = 120% (超额20%); null when target or actual is missing or the ratio has no meaning (target 0). */
  completion: number | null;
  status: Status | null;
  /** 0-based worksheet row of the goal, for a link back to it. */
  row: number;
}

/**
 * completion = actual / target (≥), target / actual (≤), 1 − |deviation| (=).
 * Null where the division is not defined, never 0.
 */
export function completionOf(actual: number, target: number, direction: Direction): number | null {
  if (direction === "≤") return actual > 0 && target >= 0 ? clean(target / actual) : null;
  if (target === 0) return null;
  if (direction === "=") return clean(1 - Math.abs(deviationRate(actual, target)));
  return clean(actual / target);
}

/** Blank is the spec's default (higher is better); a direction that cannot be read gives no completion. */
function goalDirection(row: GoalRow): Direction | null {
  const cell = row.cells.direction;
  if (!cell || cell.state === "blank") return "≥";
  return cell.state === "value" ? (cell.value as Direction) : null;
}

/**
 * The monitoring rows that report on a goal: those that link it (关联目标), or,
 * when no row links it, those whose metric has the goal's metric name.
 */
function rowsOfGoal(goal: GoalRow, facts: readonly MonitoringFacts[]): MonitoringFacts[] {
  const id = goal.cells.id?.value;
  if (id) {
    const key = idKey(id);
    const linked = facts.filter((f) => (f.row.cells.goalId?.value ?? []).some((g) => idKey(g) === key));
    if (linked.length > 0) return linked;
  }
  const metric = normalizeLabel(String(goal.cells.metric?.value ?? ""));
  return metric === "" ? [] : facts.filter((f) => normalizeLabel(f.metric) === metric);
}

/** The reported row of the latest period; among rows of one period (or with none readable), the lowest on the sheet. */
function latestReported(rows: readonly MonitoringFacts[]): MonitoringFacts | undefined {
  let best: MonitoringFacts | undefined;
  for (const f of rows) {
    if (!f.reported) continue;
    const order = Number.isNaN(f.order) ? -Infinity : f.order;
    const bestOrder = best === undefined ? -Infinity : Number.isNaN(best.order) ? -Infinity : best.order;
    if (best === undefined || order >= bestOrder) best = f;
  }
  return best;
}

export function reviewGoals(reads: PlanReads, t: Thresholds): GoalReview[] {
  if (!reads.goals) return [];
  const facts = reads.monitoring ? monitoringFactsOf(reads.monitoring, t).facts : [];
  return reads.goals.rows.map((goal) => {
    const direction = goalDirection(goal);
    const target = goal.cells.target?.value ?? null;
    const latest = latestReported(rowsOfGoal(goal, facts));
    const actual = latest?.actual ?? null;
    const computable = actual !== null && target !== null && direction !== null;
    const completion = computable ? completionOf(actual, target, direction) : null;
    const status =
      computable && target !== 0
        ? statusOfDeviation(deviationRate(actual, target), direction, t.alertShortfall, t.onTrackTolerance)
        : null;
    return {
      id: goal.cells.id?.value ?? null,
      metric: String(goal.cells.metric?.value ?? ""),
      direction,
      target,
      actual,
      period: latest?.period ? formatPeriod(latest.period) : null,
      completion,
      status,
      row: goal.row,
    };
  });
}
