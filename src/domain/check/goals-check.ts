import { greaterThan } from "../values/tolerance";
import { finding, type Finding } from "../findings/finding";
import type { SheetRead } from "../read/read-sheet";
import type { Thresholds } from "../settings/thresholds";
import { duplicateIds } from "./duplicate-ids";
import { hasSeveralOwners } from "./owners";
import { placeOf } from "./place";
import { isRoiMetric } from "./roi-metric";

/**
 * Goals: exactly one owner each (a blank owner and a vague target are reported
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
      findings.push(finding("roiTargetBelowMin", placeOf(read, target), { column: "target", metric, target: target.value, min: t.minROI }));
    }
  }
  return findings;
}
