import type { MonitoringRow } from "../read/rows";
import { normalizeLabel } from "../schema/normalize";
import type { RowInput } from "../write/cell-values";
import { frequencyOfPeriod, periodKindOf, type PeriodFrequency } from "./frequency";
import { comparePeriods, formatPeriod, parsePeriod, samePeriod, type Period } from "./period";
import { periodOfRow } from "./period-of-row";

export interface PeriodRow {
  /** The metric as typed on its latest row. */
  readonly metric: string;
  /** The row the fields were carried over from. */
  readonly from: MonitoringRow;
  /** Cell values for the new row: the period, the carried-over fields as typed, actual and action blank. */
  readonly values: RowInput<"monitoring">;
}

export interface PeriodRowsPlan {
  readonly period: string;
  readonly frequency: PeriodFrequency;
  /** New rows to append, in the order the metrics first appear on the sheet. */
  readonly rows: PeriodRow[];
  /** Metrics of this frequency that already have a row for the period. */
  readonly skipped: string[];
}

/** Fields a new period's row takes over from the metric's latest row. */
const CARRIED = ["metric", "goalId", "source", "frequency", "direction", "target"] as const;

/**
 * A row belongs to a frequency when its 监控频率 says so, or, with that cell
 * blank, when its period is of that kind (2026-W05 is weekly).
 */
function hasFrequency(row: MonitoringRow, f: PeriodFrequency): boolean {
  const cell = row.cells.frequency;
  if (cell && cell.state === "value") return cell.value === f;
  if (cell && cell.state === "invalid") return false;
  return periodOfRow(row)?.kind === periodKindOf(f);
}

/**
 * The rows a manager needs for period P: one per distinct metric of P's
 * frequency, carrying over goal, source, frequency, direction and target from
 * that metric's latest row (latest by period; the lower row when tied), with
 * the actual left blank to type in. Metrics that already have a row for P are
 * skipped. Pure: the Excel layer appends the rows.
 */
export function monitoringRowsForPeriod(rows: readonly MonitoringRow[], period: string | Period): PeriodRowsPlan {
  const p = typeof period === "string" ? parsePeriod(period) : period;
  if (!p) throw new RangeError(`Not a period: ${String(period)}`);
  const frequency = frequencyOfPeriod(p);
  const kind = periodKindOf(frequency);

  const byMetric = new Map<string, MonitoringRow[]>();
  for (const row of rows) {
    const name = normalizeLabel(row.cells.metric?.value);
    if (name === "" || !hasFrequency(row, frequency)) continue;
    const metricRows = byMetric.get(name);
    if (metricRows) metricRows.push(row);
    else byMetric.set(name, [row]);
  }

  const out: PeriodRow[] = [];
  const skipped: string[] = [];
  for (const metricRows of byMetric.values()) {
    const hasRowForP = metricRows.some((r) => {
      const q = periodOfRow(r);
      return q !== undefined && samePeriod(q, p);
    });
    if (hasRowForP) {
      skipped.push(String(metricRows[0].cells.metric!.value));
      continue;
    }
    const latest = latestRow(metricRows, kind);
    const values: Record<string, unknown> = { period: formatPeriod(p), actual: "", action: "" };
    for (const key of CARRIED) values[key] = latest.cells[key]?.raw ?? "";
    out.push({ metric: String(latest.cells.metric!.value), from: latest, values: values as RowInput<"monitoring"> });
  }
  return { period: formatPeriod(p), frequency, rows: out, skipped };
}

/** The row with the latest period of the kind; with no readable period, the lowest row on the sheet. */
function latestRow(rows: readonly MonitoringRow[], kind: Period["kind"]): MonitoringRow {
  let best: { row: MonitoringRow; period: Period } | undefined;
  for (const row of rows) {
    const q = periodOfRow(row);
    if (!q || q.kind !== kind) continue;
    if (!best || comparePeriods(q, best.period) >= 0) best = { row, period: q };
  }
  return best?.row ?? rows[rows.length - 1];
}
