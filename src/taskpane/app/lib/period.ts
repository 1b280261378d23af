import type { Frequency } from "../../../excel/contract";
import { calendarDateOfLocal } from "../../../domain/dates/calendar-date";
import { periodForDate, periodKindOf } from "../../../domain/period/frequency";
import { formatPeriod, parsePeriod } from "../../../domain/period/period";

/**
 * The period field of the Weekly update flow, on top of the domain's periods
 * (src/domain/period): ISO week 2026-W05, month 2026-01, quarter 2026-Q1.
 */

/** The period of this frequency that holds the user's local calendar day. */
export function currentPeriod(frequency: Frequency, date: Date = new Date()): string {
  return formatPeriod(periodForDate(calendarDateOfLocal(date), frequency));
}

/**
 * The canonical period key for what a person typed, or null when it is not a
 * period of this frequency. Accepts what the sheets accept: lower case, no
 * dash, short numbers, full-width characters, Chinese forms (2026-w5 → 2026-W05,
 * 2026年第48周 → 2026-W48, 2026年第四季度 → 2026-Q4).
 */
export function normalizePeriod(frequency: Frequency, input: string): string | null {
  const period = parsePeriod(input);
  return period && period.kind === periodKindOf(frequency) ? formatPeriod(period) : null;
}
