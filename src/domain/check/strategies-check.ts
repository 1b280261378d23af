import { parseDateText } from "../dates/calendar-date";
import { compareDates } from "../dates/calendar-date";
import { finding, type Finding } from "../findings/finding";
import type { SheetRead } from "../read/read-sheet";
import { duplicateIds } from "./duplicate-ids";
import { placeOf } from "./place";

/** Strategies: unique ids, a due date not before the start, no negative cost. */
export function checkStrategies(read: SheetRead<"strategies">): Finding[] {
  const findings = duplicateIds(read);
  for (const row of read.rows) {
    const start = row.cells.start?.value ? parseDateText(row.cells.start.value) : undefined;
    const dueCell = row.cells.due;
    const due = dueCell?.value ? parseDateText(dueCell.value) : undefined;
    if (start && due && dueCell && compareDates(due, start) < 0) {
      findings.push(
        finding("dueBeforeStart", placeOf(read, dueCell), {
          column: "due",
          due: dueCell.value!,
          start: row.cells.start!.value!,
        }),
      );
    }
    const cost = row.cells.cost;
    if (cost?.value != null && cost.value < 0) {
      findings.push(finding("negativeAmount", placeOf(read, cost), { column: "cost", value: cost.value }));
    }
  }
  return findings;
}
