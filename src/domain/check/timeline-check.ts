import { compareDates, formatIsoDate, parseDateText, type CalendarDate } from "../dates/calendar-date";
import { finding, type Finding } from "../findings/finding";
import type { SheetRead } from "../read/read-sheet";
import type { StrategyRow } from "../read/rows";
import { idKey } from "./ids";
import { placeOf } from "./place";

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
  const dueById = new Map<string, { id: string; due: CalendarDate; text: string }>();
  for (const row of read.rows) {
    const id = row.cells.id?.value;
    const due = dateOf(row, "due");
    if (id && due && !dueById.has(idKey(id))) dueById.set(idKey(id), { id, due, text: row.cells.due!.value! });
  }
  for (const row of read.rows) {
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
    if (!start) continue;
    for (const dep of row.cells.dependsOn?.value ?? []) {
      const before = dueById.get(idKey(dep));
      if (!before || idKey(dep) === idKey(row.cells.id?.value ?? "")) continue;
      if (compareDates(start, before.due) < 0) {
        findings.push(
          finding("dependencyOrder", placeOf(read, row.cells.start!), {
            column: "start",
            id: row.cells.id?.value ?? "",
            start: formatIsoDate(start),
            dependsOn: before.id,
            due: formatIsoDate(before.due),
          }),
        );
      }
    }
  }
  return findings;
}
