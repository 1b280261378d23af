import type { CalendarDate } from "../dates/calendar-date";
import { findListItem, GOAL_PERIODS } from "../schema/lists";
import { isoWeekOf } from "./iso-week";
import type { Period, PeriodKind } from "./period";

/** How often a metric is reported; keys of the GOAL_PERIODS / FREQUENCIES lists. */
export type PeriodFrequency = "daily" | "weekly" | "monthly" | "quarterly" | "yearly";

const KIND_OF: Record<PeriodFrequency, PeriodKind> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
  quarterly: "quarter",
  yearly: "year",
};

export function periodKindOf(f: PeriodFrequency): PeriodKind {
  return KIND_OF[f];
}

export function frequencyOfPeriod(p: Period): PeriodFrequency {
  return (Object.keys(KIND_OF) as PeriodFrequency[]).find((f) => KIND_OF[f] === p.kind)!;
}

/** A frequency cell (周, Weekly, 週, 季度 …) as a frequency; undefined when blank or unknown. */
export function parseFrequency(input: unknown): PeriodFrequency | undefined {
  return findListItem(GOAL_PERIODS, input)?.key as PeriodFrequency | undefined;
}

/** The period of the given frequency that holds a day: 2026-01-28 weekly → 2026-W05. */
export function periodForDate(d: CalendarDate, f: PeriodFrequency): Period {
  switch (f) {
    case "daily":
      return { kind: "day", date: d };
    case "weekly":
      return { kind: "week", ...isoWeekOf(d) };
    case "monthly":
      return { kind: "month", year: d.year, month: d.month };
    case "quarterly":
      return { kind: "quarter", year: d.year, quarter: Math.floor((d.month - 1) / 3) + 1 };
    case "yearly":
      return { kind: "year", year: d.year };
  }
}
