import { greaterThan } from "../values/tolerance";
import { finding, type Finding } from "../findings/finding";
import type { SheetRead } from "../read/read-sheet";
import type { GoalRow } from "../read/rows";
import type { Thresholds } from "../settings/thresholds";
import { duplicateIds } from "./duplicate-ids";
import { hasSeveralOwners } from "./owners";
import { placeOf } from "./place";
import { isRoiMetric } from "./roi-metric";

/**
 * Goals: baseline → target → stretch in order for the direction, exactly one owner each (a blank owner and a vague target are reported
 * by the reader), unique ids, and no ROI goal aiming below the minimum ROI.
 */
export function checkGoals(read: SheetRead<"goals">, t: Thresholds): Finding[] {
  const findings = duplicateIds(read);
  for (const row of read.rows) {
    const metric = row.cells.metric?.value ?? "";
    const owner = row.cells.owner;
    if (owner?.value && hasSeveralOwners(owner.value)) {
      findings.push(finding("ownerMultiple", placeOf(read, owner), { column: "owner", owner: owner.value, metric }));
    }
    const target = row.cells.target;
    if (target?.value != null && isRoiMetric(metric, row.cells.unit?.value) && greaterThan(t.minROI, target.value)) {
      findings.push(
        finding("roiTargetBelowMin", placeOf(read, target), {
          column: "target",
          metric,
          target: target.value,
          min: t.minROI,
        }),
      );
    }
    findings.push(...targetLevels(read, row));
  }
  return findings;
}

/**
 * Higher is better: baseline ≤ target ≤ stretch; lower is better: the reverse.
 * Equal levels are in order (a stretch no harder than the target is odd but
 * not wrong). For "=" (closer is better) there is no order to judge. Only the
 * levels that are filled in are compared; the finding goes to the target cell.
 */
function targetLevels(read: SheetRead<"goals">, row: GoalRow): Finding[] {
  const target = row.cells.target;
  if (target?.value == null) return [];
  const dirCell = row.cells.direction;
  const direction = !dirCell || dirCell.state === "blank" ? "≥" : dirCell.state === "value" ? dirCell.value : undefined;
  if (direction !== "≥" && direction !== "≤") return [];
  const baseline = row.cells.baseline?.value ?? null;
  const stretch = row.cells.stretch?.value ?? null;
  if (baseline === null && stretch === null) return [];
  // beyond(a, b): a is further in the better direction than b, so b cannot be its next level.
  const beyond = (a: number, b: number) => (direction === "≥" ? greaterThan(a, b) : greaterThan(b, a));
  const levels = [baseline, target.value, stretch].filter((v): v is number => v !== null);
  const inOrder = levels.every((v, i) => i === 0 || !beyond(levels[i - 1], v));
  if (inOrder) return [];
  return [
    finding("targetLevels", placeOf(read, target), {
      column: "target",
      metric: row.cells.metric?.value ?? "",
      direction,
      target: target.value,
      ...(baseline !== null ? { baseline } : {}),
      ...(stretch !== null ? { stretch } : {}),
    }),
  ];
}
