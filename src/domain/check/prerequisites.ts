/**
 * The prerequisite rule (前置依赖), in one place: which strategy a listed id
 * means, and when a start is too early for it. The check reports it; the
 * timeline sheet writes the same comparison as a formula so its mark follows
 * edited dates in any spreadsheet, without the add-in.
 */
import { compareDates, type CalendarDate } from "../dates/calendar-date";
import type { SheetRead } from "../read/read-sheet";
import { idKey } from "./ids";

/** One prerequisite a strategy row lists, resolved to the strategy row it means. */
export interface Prerequisite {
  /** Index into `read.rows` of the prerequisite. */
  readonly index: number;
  /** Its id as typed on its own row (what messages name). */
  readonly id: string;
}

/**
 * For each strategy row (same order as `read.rows`), the prerequisites it
 * lists that name another strategy. An id held by several rows means the
 * first of them with a due date (else the first); an id of no strategy, and a
 * strategy listing itself, are left out (the links check reports unknown ids).
 */
export function prerequisitesOf(read: SheetRead<"strategies">): Prerequisite[][] {
  const byKey = new Map<string, number>();
  read.rows.forEach((row, index) => {
    const id = row.cells.id?.value;
    if (!id) return;
    const key = idKey(id);
    const known = byKey.get(key);
    if (known === undefined || (!read.rows[known]!.cells.due?.value && row.cells.due?.value)) byKey.set(key, index);
  });
  return read.rows.map((row) => {
    const own = idKey(row.cells.id?.value ?? "");
    return (row.cells.dependsOn?.value ?? []).flatMap((dep) => {
      const index = byKey.get(idKey(dep));
      if (index === undefined || idKey(dep) === own) return [];
      return [{ index, id: read.rows[index]!.cells.id!.value! }];
    });
  });
}

/** Starting before the prerequisite is due is too early; starting on the day it is due is fine. */
export function startsBeforeDue(start: CalendarDate, due: CalendarDate): boolean {
  return compareDates(start, due) < 0;
}

/**
 * `startsBeforeDue` as a spreadsheet condition over two date cells: a blank
 * or non-date cell is not judged, as the check does not judge a missing date.
 */
export function startsBeforeDueFormula(startRef: string, dueRef: string): string {
  return `AND(ISNUMBER(${startRef}),ISNUMBER(${dueRef}),${startRef}<${dueRef})`;
}
