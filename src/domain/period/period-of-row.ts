import type { MonitoringRow } from "../read/rows";
import { parsePeriod, type Period } from "./period";

/**
 * A monitoring row's period. A whole-number cell (2026, as Excel stores a
 * typed year) is a year; text goes through parsePeriod; undefined when blank
 * or unreadable (the check reports that).
 */
export function periodOfRow(row: MonitoringRow): Period | undefined {
  const cell = row.cells.period;
  if (!cell || cell.state !== "value") return undefined;
  return parsePeriod(typeof cell.raw === "number" ? cell.raw : cell.value);
}
