import { deviationOf } from "../calc/deviation";
import type { Direction } from "../calc/direction";
import { statusOfDeviation, type Status } from "../calc/status";
import { normalizeLabel } from "../schema/normalize";
import type { Thresholds } from "../settings/thresholds";
import { periodOrder, type Period } from "../period/period";
import { periodOfRow } from "../period/period-of-row";
import type { SheetRead } from "../read/read-sheet";
import type { MonitoringRow } from "../read/rows";
import { PerRead } from "./per-read";

/** What the domain makes of one monitoring row; the sheet's own status text is not trusted. */
export interface MonitoringFacts {
  readonly row: MonitoringRow;
  readonly metric: string;
  /** Metric and period granularity: 点击率 weekly and 点击率 monthly are two series. */
  readonly seriesKey: string;
  readonly period: Period | undefined;
  /** periodOrder of the period (NaN without one): sorting a series compares these. */
  readonly order: number;
  readonly target: number | null;
  readonly actual: number | null;
  readonly reported: boolean;
  readonly deviation: number | null;
  /** null when not reported or not computable (target 0, unreadable direction or numbers). */
  readonly status: Status | null;
}

function directionOf(row: MonitoringRow): Direction | undefined {
  const cell = row.cells.direction;
  if (!cell || cell.state === "blank") return "≥"; // the spec's default: higher is better
  return cell.state === "value" ? (cell.value as Direction) : undefined;
}

export function monitoringFacts(row: MonitoringRow, t: Thresholds): MonitoringFacts {
  const metric = String(row.cells.metric?.value ?? "");
  const period = periodOfRow(row);
  const target = row.cells.target?.value ?? null;
  const actual = row.cells.actual?.value ?? null;
  const direction = directionOf(row);
  let deviation: number | null = null;
  let status: Status | null = null;
  if (actual !== null && target !== null) {
    const d = deviationOf(actual, target);
    if (d.kind === "ok") {
      deviation = d.value;
      if (direction) status = statusOfDeviation(d.value, direction, t.alertShortfall, t.onTrackTolerance);
    }
  }
  return {
    row,
    metric,
    seriesKey: `${normalizeLabel(metric)}|${period?.kind ?? ""}`,
    period,
    order: period ? periodOrder(period) : NaN,
    target,
    actual,
    reported: actual !== null,
    deviation,
    status,
  };
}

/** Rows of one series in period order; rows without a readable period are left out. */
export function seriesInOrder(facts: readonly MonitoringFacts[]): Map<string, MonitoringFacts[]> {
  const series = new Map<string, MonitoringFacts[]>();
  for (const f of facts) {
    if (!f.period || f.metric === "") continue;
    const list = series.get(f.seriesKey) ?? [];
    list.push(f);
    series.set(f.seriesKey, list);
  }
  for (const list of series.values()) {
    // Stable sort keeps sheet order for rows of the same period (the later row wins where it matters).
    list.sort((a, b) => a.order - b.order);
  }
  return series;
}

/** Every monitoring row's facts and the series they form; shared by the check and the summary. */
export function monitoringFactsOf(
  read: SheetRead<"monitoring">,
  t: Thresholds,
): { readonly facts: readonly MonitoringFacts[]; readonly series: ReadonlyMap<string, readonly MonitoringFacts[]> } {
  return MONITORING_FACTS.of(read, t);
}

const MONITORING_FACTS = new PerRead((read: SheetRead<"monitoring">, t: Thresholds) => {
  const facts = read.rows.map((row) => monitoringFacts(row, t));
  return { facts, series: seriesInOrder(facts) };
});

/** The last row of each period in a sorted series (a repeated period counts once, by its later row). */
export function onePerPeriod(series: readonly MonitoringFacts[]): MonitoringFacts[] {
  const out: MonitoringFacts[] = [];
  for (const f of series) {
    const last = out[out.length - 1];
    if (last && last.order === f.order) out[out.length - 1] = f;
    else out.push(f);
  }
  return out;
}
