import { addDays, calendarDate, dayNumber, parseDateText, type CalendarDate } from "./calendar-date";

/*
 * Excel stores dates as serial numbers in the 1900 date system: 1 is
 * 1900-01-01, and Excel keeps Lotus 1-2-3's phantom 1900-02-29 as serial 60.
 * From serial 61 (1900-03-01) on, serial = days since 1899-12-30.
 */
const EPOCH: CalendarDate = { year: 1899, month: 12, day: 30 };
const PHANTOM_LEAP_DAY = 60;
const LAST_SERIAL = 2_958_465; // 9999-12-31

/** The day an Excel serial names; undefined for the phantom day or numbers outside Excel's range. */
export function dateFromExcelSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial); // a time of day does not change the date
  if (whole < 1 || whole === PHANTOM_LEAP_DAY || whole > LAST_SERIAL) return undefined;
  return addDays(EPOCH, whole < PHANTOM_LEAP_DAY ? whole + 1 : whole);
}

export function excelSerialOf(d: CalendarDate): number {
  const days = dayNumber(d) - dayNumber(EPOCH);
  return days <= PHANTOM_LEAP_DAY ? days - 1 : days;
}

/** A cell value as a date: an Excel serial (how date cells arrive) or date text; undefined if neither. */
export function dateFromCell(value: unknown): CalendarDate | undefined {
  if (typeof value === "number") return dateFromExcelSerial(value);
  if (typeof value === "string") return parseDateText(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return calendarDate(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  return undefined;
}
