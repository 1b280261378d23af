import { approvalLevelOf, needsExplanationOf, varianceOf, variancePct, type ApprovalLevel } from "../calc/budget";
import type { SheetRead } from "../read/read-sheet";
import type { BudgetRow } from "../read/rows";
import type { Thresholds } from "../settings/thresholds";
import { PerRead } from "./per-read";

/** What the domain makes of one budget line, from its values (never from its formula cells). */
export interface BudgetFacts {
  readonly row: BudgetRow;
  /** Category key, or the text as typed when it is not in the list, "" when blank. */
  readonly category: string;
  readonly budget: number | null;
  readonly actual: number | null;
  /** Both amounts are numbers ≥ 0, so variance and approval apply. */
  readonly comparable: boolean;
  readonly variance: number | null;
  readonly variancePct: number | null;
  readonly approval: ApprovalLevel;
  readonly needsExplanation: boolean;
}

export function budgetFacts(row: BudgetRow, t: Thresholds): BudgetFacts {
  const categoryCell = row.cells.category;
  const category =
    categoryCell?.value ?? (categoryCell && categoryCell.state === "invalid" ? String(categoryCell.raw).trim() : "");
  const budget = row.cells.budget?.value ?? null;
  const actual = row.cells.actual?.value ?? null;
  const comparable = budget !== null && actual !== null && budget >= 0 && actual >= 0;
  if (!comparable) {
    return {
      row,
      category,
      budget,
      actual,
      comparable,
      variance: null,
      variancePct: null,
      approval: "none",
      needsExplanation: false,
    };
  }
  return {
    row,
    category,
    budget,
    actual,
    comparable,
    variance: varianceOf(actual, budget),
    // null for a line with no budget (and for a budget so small the rate overflows)
    variancePct: okValue(variancePct(actual, budget)),
    approval: approvalLevelOf(actual, budget, t.approvalLead, t.approvalGM),
    needsExplanation: needsExplanationOf(actual, budget, t.explainAbove, t.explainMinAmount),
  };
}

/** Every budget line's facts, in sheet order; shared by the check and the summary. */
export function budgetFactsOf(read: SheetRead<"budget">, t: Thresholds): readonly BudgetFacts[] {
  return BUDGET_FACTS.of(read, t);
}

const BUDGET_FACTS = new PerRead<SheetRead<"budget">, readonly BudgetFacts[]>((read, t) =>
  read.rows.map((row) => budgetFacts(row, t)),
);

function okValue(c: ReturnType<typeof variancePct>): number | null {
  return c.kind === "ok" ? c.value : null;
}
