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
  if (typeof cell.raw === "number") return parsePeriod(cell.raw);
  const text = cell.value;
  if (typeof text !== "string") return parsePeriod(text);
  // A sheet has a few dozen periods over thousands of rows: parse each text once (within bounds).
  if (!PERIODS.has(text)) {
    if (PERIODS.size >= MAX_PERIODS) PERIODS.clear();
    PERIODS.set(text, parsePeriod(text));
  }
  return PERIODS.get(text);
}

/** Periods are never changed once parsed, so rows naming the same text can share one. */
const PERIODS = new Map<string, Period | undefined>();
const MAX_PERIODS = 4096;
