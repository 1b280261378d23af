import { finding, type Finding } from "../findings/finding";
import type { SheetRead } from "../read/read-sheet";
import { idKey } from "./ids";
import { placeOf } from "./place";

/** Ids must be unique because other sheets link by them; each repeat is reported at the repeat. */
export function duplicateIds(read: SheetRead<"goals"> | SheetRead<"strategies">): Finding[] {
  const seen = new Map<string, string>();
  const findings: Finding[] = [];
  for (const row of read.rows) {
    const cell = row.cells.id;
    if (!cell || cell.value === null) continue;
    const key = idKey(cell.value);
    const first = seen.get(key);
    if (first) findings.push(finding("duplicateId", placeOf(read, cell), { column: "id", id: cell.value, first }));
    else seen.set(key, cell.cell);
  }
  return findings;
}

/** The ids a sheet defines (normalised), for link checks. */
export function idSet(read: SheetRead<"goals"> | SheetRead<"strategies">): Set<string> {
  const ids = new Set<string>();
  for (const row of read.rows) if (row.cells.id?.value) ids.add(idKey(row.cells.id.value));
  return ids;
}
