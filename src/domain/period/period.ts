import {
  addDays,
  calendarDate,
  compareDates,
  dayNumber,
  formatIsoDate,
  parseDateText,
  type CalendarDate,
} from "../dates/calendar-date";
import { isoWeeksInYear, isoWeekStart } from "./iso-week";

/** A reporting period as the monitoring sheet names it. */
export type Period =
  | { readonly kind: "day"; readonly date: CalendarDate }
  | { readonly kind: "week"; readonly year: number; readonly week: number }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: number }
  | { readonly kind: "year"; readonly year: number };

export type PeriodKind = Period["kind"];

const pad = (n: number) => String(n).padStart(2, "0");

/** The canonical text: 2026-01-05, 2026-W05, 2026-01, 2026-Q1, 2026. */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case "day":
      return formatIsoDate(p.date);
    case "week":
      return `${p.year}-W${pad(p.week)}`;
    case "month":
      return `${p.year}-${pad(p.month)}`;
    case "quarter":
      return `${p.year}-Q${p.quarter}`;
    case "year":
      return String(p.year);
  }
}

const CHINESE_QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const isYear = (y: number) => y >= 1000 && y <= 9999;

function week(year: number, w: number): Period | undefined {
  return isYear(year) && w >= 1 && w <= isoWeeksInYear(year) ? { kind: "week", year, week: w } : undefined;
}
function month(year: number, m: number): Period | undefined {
  return isYear(year) && m >= 1 && m <= 12 ? { kind: "month", year, month: m } : undefined;
}
function quarter(year: number, q: number): Period | undefined {
  return isYear(year) && q >= 1 && q <= 4 ? { kind: "quarter", year, quarter: q } : undefined;
}

/**
 * Reads a period cell: the canonical forms, with or without the dash
 * (2026W05), short numbers (2026-W5, 2026-1), slashes (2026/01) and the Chinese
 * forms people type (2026年第5周, 2026年1月, 2026年第一季度, 2026年). A whole number
 * cell 2026 is a year. Anything else is undefined: the caller reports it.
 */
export function parsePeriod(input: unknown): Period | undefined {
  if (typeof input === "number")
    return Number.isInteger(input) && isYear(input) ? { kind: "year", year: input } : undefined;
  if (typeof input !== "string") return undefined;
  const t = input.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-?W(\d{1,2})$/.exec(t)) || (m = /^(\d{4})年第?(\d{1,2})[周週]$/.exec(t)))
    return week(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t)) || (m = /^(\d{4})年(\d{1,2})月$/.exec(t)))
    return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})(?:-|年)?Q([1-4])$/.exec(t))) return quarter(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})年第?([1-4一二三四])季度?$/.exec(t)))
    return quarter(Number(m[1]), CHINESE_QUARTERS[m[2]] ?? Number(m[2]));
  if ((m = /^(\d{4})年?$/.exec(t))) return isYear(Number(m[1])) ? { kind: "year", year: Number(m[1]) } : undefined;
  const day = parseDateText(t);
  return day ? { kind: "day", date: day } : undefined;
}

/** The first day of a period. */
export function periodStart(p: Period): CalendarDate {
  switch (p.kind) {
    case "day":
      return p.date;
    case "week":
      return isoWeekStart(p.year, p.week);
    case "month":
      return calendarDate(p.year, p.month, 1)!;
    case "quarter":
      return calendarDate(p.year, (p.quarter - 1) * 3 + 1, 1)!;
    case "year":
      return calendarDate(p.year, 1, 1)!;
  }
}

const KIND_ORDER: readonly PeriodKind[] = ["day", "week", "month", "quarter", "year"];

/**
 * Chronological order: by first day, and for periods starting the same day the
 * shorter first. Periods of one kind never start on the same day, so within a
 * kind this is plain calendar order (2026-W09 before 2026-W10, unlike text order
 * of 2026-W9 and 2026-W10).
 */
export function comparePeriods(a: Period, b: Period): number {
  return compareDates(periodStart(a), periodStart(b)) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/**
 * A number that sorts as comparePeriods does (first day, then the shorter
 * period first), so a long series can work it out once per row instead of
 * on every comparison. Equal numbers mean the same period.
 */
export function periodOrder(p: Period): number {
  let order = ORDERS.get(p);
  if (order === undefined) {
    order = dayNumber(periodStart(p)) * KIND_ORDER.length + KIND_ORDER.indexOf(p.kind);
    ORDERS.set(p, order);
  }
  return order;
}

/** Rows that share a parsed period (see periodOfRow) share its order too. */
const ORDERS = new WeakMap<Period, number>();

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && formatPeriod(a) === formatPeriod(b);
}

/** The period right after p, of the same kind (2026-W53 → 2027-W01 in a 53-week year, 2026-12 → 2027-01). */
export function nextPeriod(p: Period): Period {
  switch (p.kind) {
    case "day":
      return { kind: "day", date: addDays(p.date, 1) };
    case "week":
      return p.week >= isoWeeksInYear(p.year)
        ? { kind: "week", year: p.year + 1, week: 1 }
        : { kind: "week", year: p.year, week: p.week + 1 };
    case "month":
      return p.month === 12
        ? { kind: "month", year: p.year + 1, month: 1 }
        : { kind: "month", year: p.year, month: p.month + 1 };
    case "quarter":
      return p.quarter === 4
        ? { kind: "quarter", year: p.year + 1, quarter: 1 }
        : { kind: "quarter", year: p.year, quarter: p.quarter + 1 };
    case "year":
      return { kind: "year", year: p.year + 1 };
  }
}

/** Whether b is the period right after a. */
export function followsDirectly(a: Period, b: Period): boolean {
  return samePeriod(nextPeriod(a), b);
}

/** The periods strictly between a and b (same kind, a before b), at most `limit` of them. */
export function periodsBetween(a: Period, b: Period, limit = 1000): Period[] {
  const out: Period[] = [];
  const end = periodOrder(b);
  for (let p = nextPeriod(a); periodOrder(p) < end && out.length < limit; p = nextPeriod(p)) out.push(p);
  return out;
}
