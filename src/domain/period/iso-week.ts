import { addDays, dayNumber, isoWeekday, type CalendarDate } from "../dates/calendar-date";

/**
 * ISO 8601 weeks: weeks start on Monday and week 1 is the week holding the
 * year's first Thursday. So a week belongs to the year of its Thursday, and
 * early-January or late-December days can fall in the neighbouring year's week
 * (2027-01-01 is in 2026-W53).
 */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

export function isoWeekOf(d: CalendarDate): IsoWeek {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}

/** Monday of the given ISO week. */
export function isoWeekStart(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 }; // always in week 1
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

/** 52 or 53: a year has 53 ISO weeks when 28 December (always in its last week) is in week 53. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week;
}
