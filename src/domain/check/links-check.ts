import { finding, type Finding } from "../findings/finding";
import type { ReadCell } from "../read/read-cell";
import type { SheetRead } from "../read/read-sheet";
import type { PlanSheetKey } from "../schema/sheet-keys";
import { idSet } from "./duplicate-ids";
import { idKey } from "./ids";
import { placeOf, type PlanReads } from "./place";

interface LinkColumn {
  readonly read: SheetRead<PlanSheetKey> | undefined;
  readonly column: string;
  readonly target: "goals" | "strategies";
}

/**
 * Every link (strategy → goal, budget line → strategy, monitoring row → goal,
 * strategy → prerequisite strategy) must name an existing id. A link into a
 * sheet that is not in the workbook, or that has no id column, is not judged:
 * the missing sheet or column is the finding there.
 */
export function checkLinks(reads: PlanReads): Finding[] {
  const targets = {
    goals: reads.goals && reads.goals.columns.id !== undefined ? idSet(reads.goals) : undefined,
    strategies: reads.strategies && reads.strategies.columns.id !== undefined ? idSet(reads.strategies) : undefined,
  };
  const links: LinkColumn[] = [
    { read: reads.strategies, column: "goalId", target: "goals" },
    { read: reads.strategies, column: "dependsOn", target: "strategies" },
    { read: reads.budget, column: "strategyId", target: "strategies" },
    { read: reads.monitoring, column: "goalId", target: "goals" },
  ];
  const findings: Finding[] = [];
  for (const { read, column, target } of links) {
    const ids = targets[target];
    if (!read || !ids) continue;
    for (const row of read.rows) {
      const cell = (row.cells as Record<string, ReadCell<readonly string[]> | undefined>)[column];
      for (const id of cell?.value ?? []) {
        if (!ids.has(idKey(id))) findings.push(finding("danglingLink", placeOf(read, cell!), { column, id, target }));
      }
    }
  }
  if (reads.strategies) findings.push(...dependencyCycles(reads.strategies));
  return findings;
}

/**
 * Strategies whose prerequisites lead back to themselves can never start.
 * Each cycle is reported once, at the 前置依赖 cell of its topmost strategy.
 */
export function dependencyCycles(read: SheetRead<"strategies">): Finding[] {
  const byId = new Map<string, { id: string; deps: string[]; cell: ReadCell<readonly string[]> | undefined }>();
  for (const row of read.rows) {
    const id = row.cells.id?.value;
    if (!id || byId.has(idKey(id))) continue;
    byId.set(idKey(id), { id, deps: (row.cells.dependsOn?.value ?? []).map(idKey), cell: row.cells.dependsOn });
  }
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(byId.get(from)?.deps ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n) || !byId.has(n)) continue;
      seen.add(n);
      stack.push(...byId.get(n)!.deps);
    }
    return seen;
  };
  const reachable = new Map([...byId.keys()].map((k) => [k, reach(k)]));
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const [key, node] of byId) {
    if (reported.has(key) || !reachable.get(key)!.has(key)) continue;
    // Its cycle: every node it reaches that reaches it back, in sheet order.
    const members = [...byId.keys()].filter(
      (k) => k === key || (reachable.get(key)!.has(k) && reachable.get(k)!.has(key)),
    );
    members.forEach((m) => reported.add(m));
    const names = members.map((m) => byId.get(m)!.id);
    findings.push(
      finding("dependencyCycle", placeOf(read, node.cell!), {
        column: "dependsOn",
        cycle: [...names, names[0]].join(" → "),
      }),
    );
  }
  return findings;
}
