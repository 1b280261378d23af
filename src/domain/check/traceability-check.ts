import { greaterThan } from "../values/tolerance";
import { finding, type Finding } from "../findings/finding";
import type { ReadCell } from "../read/read-cell";
import type { SheetRead } from "../read/read-sheet";
import type { PlanSheetKey } from "../schema/sheet-keys";
import type { Thresholds } from "../settings/thresholds";
import { total } from "./amounts";
import { idKey } from "./ids";
import { placeOf, type PlanReads } from "./place";

/** The ids a link column of a sheet names, each as idKey; undefined when the sheet or column is missing. */
function linkedIds(read: SheetRead<PlanSheetKey> | undefined, column: string): Set<string> | undefined {
  if (!read || (read.columns as Record<string, number | undefined>)[column] === undefined) return undefined;
  const ids = new Set<string>();
  for (const row of read.rows) {
    const cell = (row.cells as Record<string, ReadCell<readonly string[]> | undefined>)[column];
    for (const id of cell?.value ?? []) ids.add(idKey(id));
  }
  return ids;
}

/**
 * The chain goal → strategy → budget → monitoring: a goal no strategy serves,
 * a goal nothing measures, a strategy no budget line pays for, and a strategy
 * whose cost is not what its budget lines add up to. Each is judged only when
 * the sheet that would hold the link is there with its link column (otherwise
 * the missing sheet or column is the finding); rows without an id cannot be
 * linked to and are left to the id checks. A cancelled strategy needs no budget.
 */
export function checkTraceability(reads: PlanReads, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const { goals, strategies, budget } = reads;
  const servedGoals = linkedIds(strategies, "goalId");
  const measuredGoals = linkedIds(reads.monitoring, "goalId");
  for (const row of goals?.rows ?? []) {
    const id = row.cells.id;
    if (!id?.value) continue;
    const params = { column: "id", id: id.value, metric: row.cells.metric?.value ?? "" };
    if (servedGoals && !servedGoals.has(idKey(id.value)))
      findings.push(finding("goalWithoutStrategy", placeOf(goals!, id), params));
    if (measuredGoals && !measuredGoals.has(idKey(id.value)))
      findings.push(finding("goalWithoutMetric", placeOf(goals!, id), params));
  }
  if (!strategies || !budget || budget.columns.strategyId === undefined) return findings;

  const lines = new Map<string, { count: number; amounts: number[]; unreadable: boolean }>();
  for (const row of budget.rows) {
    for (const id of row.cells.strategyId?.value ?? []) {
      const entry = lines.get(idKey(id)) ?? { count: 0, amounts: [], unreadable: false };
      entry.count++;
      // A line linked to several strategies counts in full for each: the sheet does not say how it is shared.
      if (row.cells.budget?.value != null) entry.amounts.push(row.cells.budget.value);
      // An amount that cannot be read is its own finding; the sum would be a guess.
      else if (row.cells.budget?.state === "invalid") entry.unreadable = true;
      lines.set(idKey(id), entry);
    }
  }
  for (const row of strategies.rows) {
    const id = row.cells.id;
    if (!id?.value) continue;
    const paid = lines.get(idKey(id.value));
    if (!paid) {
      if (row.cells.status?.value !== "cancelled") {
        findings.push(
          finding("strategyWithoutBudget", placeOf(strategies, id), {
            column: "id",
            id: id.value,
            action: row.cells.action?.value ?? "",
          }),
        );
      }
      continue;
    }
    const cost = row.cells.cost;
    if (cost?.value == null || paid.unreadable) continue;
    const sum = total(paid.amounts);
    if (greaterThan(Math.abs(cost.value - sum), t.costTolerance)) {
      findings.push(
        finding("costMismatch", placeOf(strategies, cost), {
          column: "cost",
          id: id.value,
          cost: cost.value,
          lines: sum,
          count: paid.count,
          tolerance: t.costTolerance,
        }),
      );
    }
  }
  return findings;
}
