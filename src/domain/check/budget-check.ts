import { clean, greaterThan } from "../values/tolerance";
import { share } from "./amounts";
import { finding, type Finding } from "../findings/finding";
import { isBlankCell } from "../read/grid";
import type { SheetRead } from "../read/read-sheet";
import type { PlanSheetKey } from "../schema/sheet-keys";
import { CONTINGENCY_CATEGORY } from "../schema/lists";
import type { Thresholds } from "../settings/thresholds";
import { budgetFactsOf, type BudgetFacts } from "./budget-facts";
import { headerPlace, placeOf } from "./place";

/**
 * Budget lines: no negative amounts; a line whose overrun needs approval names
 * its approver; a material variance is explained; contingency stays within
 * its share of the total.
 */
export function checkBudget(read: SheetRead<"budget">, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const facts = budgetFactsOf(read, t);
  const needing = { approver: 0, explanation: 0 };
  for (const f of facts) {
    for (const key of ["budget", "actual"] as const) {
      const cell = f.row.cells[key];
      if (cell?.value != null && cell.value < 0)
        findings.push(finding("negativeAmount", placeOf(read, cell), { column: key, value: cell.value }));
    }
    if (!f.comparable) continue;
    const approver = f.row.cells.approver;
    if (f.approval !== "none") {
      if (!approver) needing.approver++;
      else if (isBlankCell(approver.raw)) {
        findings.push(
          finding("approverMissing", placeOf(read, approver), {
            column: "approver",
            level: f.approval,
            ...(f.variancePct === null ? { unbudgeted: "yes" } : { variancePct: f.variancePct }),
          }),
        );
      }
    }
    const explanation = f.row.cells.explanation;
    if (f.needsExplanation) {
      if (!explanation) needing.explanation++;
      else if (isBlankCell(explanation.raw)) {
        findings.push(
          finding("explanationMissing", placeOf(read, explanation), {
            column: "explanation",
            variance: f.variance!,
            threshold: t.explainAbove,
            ...(f.variancePct === null ? { unbudgeted: "yes" } : { variancePct: f.variancePct }),
          }),
        );
      }
    }
  }
  // A deleted optional column is reported once, at the header, when rows need it: never in a neighbouring column.
  for (const column of ["approver", "explanation"] as const) {
    if (needing[column] > 0) findings.push(missingOptionalColumn(read, column, needing[column]));
  }
  findings.push(...contingencyFinding(read, facts, t));
  return findings;
}

/** The finding for an optional column that is gone while `rows` rows need it. */
export function missingOptionalColumn(read: SheetRead<PlanSheetKey>, column: string, rows: number): Finding {
  const place = { ...headerPlace(read, read.firstCol), toCol: read.firstCol + Math.max(0, read.width - 1) };
  return finding("columnMissing", place, { column, optional: "yes", rows });
}

function contingencyFinding(read: SheetRead<"budget">, facts: readonly BudgetFacts[], t: Thresholds): Finding[] {
  const lines = facts.filter((f) => f.category === CONTINGENCY_CATEGORY);
  const amounts = (fs: readonly BudgetFacts[]) => fs.map((f) => f.budget ?? 0);
  const raw = share(amounts(lines), amounts(facts));
  if (raw === null) return []; // no budget yet: nothing to share out
  const shareValue = clean(raw);
  if (!greaterThan(t.reserveMin, shareValue) && !greaterThan(shareValue, t.reserveMax)) return [];
  // Point at the first contingency amount (where to change it), or at the budget header when there is none.
  const firstCell = lines.find((f) => f.row.cells.budget)?.row.cells.budget;
  const place = firstCell
    ? placeOf(read, firstCell)
    : read.columns.budget !== undefined
      ? headerPlace(read, read.columns.budget)
      : undefined;
  if (!place) return [];
  return [
    finding("contingencyOutOfRange", place, {
      column: "budget",
      share: shareValue,
      min: t.reserveMin,
      max: t.reserveMax,
    }),
  ];
}
