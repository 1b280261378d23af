import { compareDates, formatIsoDate, parseDateText, type CalendarDate } from "../dates/calendar-date";
import { finding, type Finding } from "../findings/finding";
import type { SheetRead } from "../read/read-sheet";
import type { StrategyRow } from "../read/rows";
import { placeOf } from "./place";
import { prerequisitesOf, startsBeforeDue } from "./prerequisites";

/** Statuses after which a due date no longer matters. */
const CLOSED_STATUSES: ReadonlySet<string> = new Set(["done", "cancelled"]);

function dateOf(row: StrategyRow, key: "start" | "due"): CalendarDate | undefined {
  const text = row.cells[key]?.value;
  return text ? parseDateText(text) : undefined;
}

/**
 * The timeline: a strategy past its due date on the as-of day that is neither
 * done nor cancelled is overdue (due on the as-of day itself is not yet); a
 * strategy that starts before a prerequisite is due starts too early
 * (starting on the day it is due is fine). Without an as-of date nothing is
 * overdue: the check never reads the clock itself, so the same workbook gives
 * the same findings wherever it is checked.
 */
export function checkTimeline(read: SheetRead<"strategies">, asOf: CalendarDate | undefined): Finding[] {
  const findings: Finding[] = [];
  const prerequisites = prerequisitesOf(read);
  read.rows.forEach((row, index) => {
    const due = dateOf(row, "due");
    const status = row.cells.status?.value ?? "";
    if (asOf && due && compareDates(due, asOf) < 0 && !CLOSED_STATUSES.has(status)) {
      findings.push(
        finding("overdue", placeOf(read, row.cells.due!), {
          column: "due",
          id: row.cells.id?.value ?? "",
          action: row.cells.action?.value ?? "",
          due: formatIsoDate(due),
          asOf: formatIsoDate(asOf),
          ...(status ? { status } : {}),
        }),
      );
    }
    const start = dateOf(row, "start");
    if (!start) return;
    for (const before of prerequisites[index]!) {
      const beforeDue = dateOf(read.rows[before.index]!, "due");
      if (beforeDue && startsBeforeDue(start, beforeDue)) {
        findings.push(
          finding("dependencyOrder", placeOf(read, row.cells.start!), {
            column: "start",
            id: row.cells.id?.value ?? "",
            start: formatIsoDate(start),
            dependsOn: before.id,
            due: formatIsoDate(beforeDue),
          }),
        );
      }
    }
  });
  return findings;
}
