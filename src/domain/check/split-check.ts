import { clean, greaterThan } from "../values/tolerance";
import { finding, type Finding } from "../findings/finding";
import type { SheetRead } from "../read/read-sheet";
import { splitGroupsOf, type BudgetSplitPreset } from "../settings/budget-split";
import type { Thresholds } from "../settings/thresholds";
import { share } from "./amounts";
import { budgetFactsOf } from "./budget-facts";
import { headerPlace, placeOf } from "./place";

/**
 * The budget split: each group of the chosen preset takes its share of the
 * budget the preset covers, within PlanSplitTolerance (a share exactly at the
 * tolerance is fine). Reported at the first budget amount of the group, where
 * to change it, or at the budget header when the group has no line yet.
 */
export function checkSplit(read: SheetRead<"budget">, t: Thresholds, preset: BudgetSplitPreset): Finding[] {
  const groups = splitGroupsOf(preset);
  if (groups.length === 0) return [];
  const facts = budgetFactsOf(read, t);
  const covered = new Set(groups.flatMap((g) => g.categories));
  const whole = facts.filter((f) => covered.has(f.category)).map((f) => f.budget ?? 0);
  const findings: Finding[] = [];
  for (const group of groups) {
    const lines = facts.filter((f) => group.categories.includes(f.category));
    const raw = share(
      lines.map((f) => f.budget ?? 0),
      whole,
    );
    if (raw === null) return []; // nothing budgeted yet: nothing to split
    const value = clean(raw);
    if (!greaterThan(Math.abs(value - group.share), t.splitTolerance)) continue;
    const first = lines.find((f) => f.row.cells.budget)?.row.cells.budget;
    const place = first
      ? placeOf(read, first)
      : read.columns.budget !== undefined
        ? headerPlace(read, read.columns.budget)
        : undefined;
    if (!place) continue;
    findings.push(
      finding("splitOff", place, {
        column: "budget",
        preset,
        group: group.key,
        share: value,
        target: group.share,
        tolerance: t.splitTolerance,
      }),
    );
  }
  return findings;
}
