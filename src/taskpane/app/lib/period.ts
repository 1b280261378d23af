import type { Frequency } from "../../../excel/contract";

/**
 * Period keys of the monitoring sheet: ISO week 2026-W05, month 2026-01,
 * quarter 2026-Q1. Pure helpers; dates are read in local time (the user's
 * calendar day).
 */

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** ISO 8601 week-numbering year and week of a calendar date. */
export function isoWeekOf(date: Date): { year: number; week: number } {
  // Work on the calendar day in UTC so daylight-saving changes cannot shift it.
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = d.getUTCDay() || 7; // Monday 1 … Sunday 7
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((d.getTime() - jan1) / 86_400_000 / 7) + 1;
  return { year, week };
}

/** Number of ISO weeks in an ISO year: 53 when 1 January or 31 December is a Thursday. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(new Date(year, 11, 28)).week;
}

export function isoWeekKey(date: Date): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${pad2(week)}`;
}

export function currentPeriod(frequency: Frequency, date: Date = new Date()): string {
  switch (frequency) {
    case "weekly":
      return isoWeekKey(date);
    case "monthly":
      return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}`;
    case "quarterly":
      return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
  }
}

/**
 * The canonical period key for what a person typed, or null when it is not a
 * period of this frequency. Accepts lower case, spaces, full-width characters
 * and one-digit weeks/months (2026-w5 → 2026-W05).
 */
export function normalizePeriod(frequency: Frequency, input: string): string | null {
  const text = input
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .toUpperCase();
  switch (frequency) {
    case "weekly": {
      const m = /^(\d{4})-?W(\d{1,2})$/.exec(text);
      if (!m) return null;
      const year = Number(m[1]);
      const week = Number(m[2]);
      if (week < 1 || week > isoWeeksInYear(year)) return null;
      return `${year}-W${pad2(week)}`;
    }
    case "monthly": {
      const m = /^(\d{4})-(\d{1,2})$/.exec(text);
      if (!m) return null;
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      return `${m[1]}-${pad2(month)}`;
    }
    case "quarterly": {
      const m = /^(\d{4})-?Q([1-4])$/.exec(text);
      return m ? `${m[1]}-Q${m[2]}` : null;
    }
  }
}
