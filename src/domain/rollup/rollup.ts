/**
 * The roll-up of department plans (plan-sheets.md "Roll-up"): one row per
 * workbook from its check, totals as sums, each department's budget by
 * category, and every error finding with its file.
 */
import type { WorkbookFinding } from "../check/check-workbook";
import type { PlanSummary } from "../check/summary";
import type { Lang } from "../language";
import { BUDGET_CATEGORIES, CONTINGENCY_CATEGORY } from "../schema/lists";
import { clean } from "../values/tolerance";

/** What the roll-up takes from one department's check. */
export interface DepartmentCheck {
  readonly file: string;
  readonly department: string;
  readonly summary: PlanSummary;
  readonly findings: readonly WorkbookFinding[];
}

export interface DepartmentFigures {
  budget: number;
  actual: number;
  variance: number;
  approvalsLead: number;
  approvalsGM: number;
  alerts: number;
  adjustments: number;
  errors: number;
}

export const FIGURE_KEYS: readonly (keyof DepartmentFigures)[] = [
  "budget",
  "actual",
  "variance",
  "approvalsLead",
  "approvalsGM",
  "alerts",
  "adjustments",
  "errors",
];

export interface DepartmentRow extends DepartmentFigures {
  file: string;
  department: string;
  /** variance / budget; null without a budget. */
  variancePct: number | null;
  /** Contingency budget / budget; null without a budget. */
  contingencyShare: number | null;
  contingencyBudget: number;
  /** Budget by category key. */
  byCategory: Record<string, number>;
}

export interface RollupError {
  file: string;
  department: string;
  code: string;
  address: string;
  message: string;
}

export interface Rollup {
  departments: DepartmentRow[];
  total: DepartmentFigures & {
    variancePct: number | null;
    contingencyShare: number | null;
    contingencyBudget: number;
    byCategory: Record<string, number>;
  };
  /** Category columns in list order, then categories typed outside the list: key and label. */
  categories: { key: string; label: string }[];
  errors: RollupError[];
}

function departmentRow(d: DepartmentCheck): DepartmentRow {
  const s = d.summary;
  const byCategory: Record<string, number> = {};
  for (const c of s.categoryShare) byCategory[c.category] = c.budget;
  const contingencyBudget = byCategory[CONTINGENCY_CATEGORY] ?? 0;
  return {
    file: d.file,
    department: d.department,
    budget: s.totalBudget,
    actual: s.totalActual,
    variance: s.variance,
    variancePct: s.totalBudget > 0 ? clean(s.variance / s.totalBudget) : null,
    contingencyShare: s.totalBudget > 0 ? clean(contingencyBudget / s.totalBudget) : null,
    contingencyBudget,
    approvalsLead: s.approvalsDue.lead,
    approvalsGM: s.approvalsDue.gm,
    alerts: s.metricsByStatus.alert,
    adjustments: d.findings.filter((f) => f.code === "adjustmentNeeded").length,
    errors: d.findings.filter((f) => f.severity === "error").length,
    byCategory,
  };
}

export function rollUp(checks: readonly DepartmentCheck[], lang: Lang): Rollup {
  const departments = checks.map(departmentRow);
  const sum = (pick: (r: DepartmentRow) => number) => clean(departments.reduce((t, r) => t + pick(r), 0));
  const figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, sum((r) => r[k])])) as unknown as DepartmentFigures;
  const labels = new Map<string, string>();
  for (const c of checks.flatMap((d) => d.summary.categoryShare))
    if (!labels.has(c.category)) labels.set(c.category, c.label);
  const listed = BUDGET_CATEGORIES.map((c) => ({ key: c.key, label: c.label[lang] }));
  const others = [...labels]
    .filter(([k]) => !BUDGET_CATEGORIES.some((c) => c.key === k))
    .map(([key, label]) => ({ key, label }));
  const categories = [...listed, ...others];
  const byCategory = Object.fromEntries(categories.map((c) => [c.key, sum((r) => r.byCategory[c.key] ?? 0)]));
  const contingencyBudget = sum((r) => r.contingencyBudget);
  const errors = checks.flatMap((d) =>
    d.findings
      .filter((f) => f.severity === "error")
      .map((f) => ({ file: d.file, department: d.department, code: f.code, address: f.address, message: f.message })),
  );
  return {
    departments,
    total: {
      ...figures,
      variancePct: figures.budget > 0 ? clean(figures.variance / figures.budget) : null,
      contingencyShare: figures.budget > 0 ? clean(contingencyBudget / figures.budget) : null,
      contingencyBudget,
      byCategory,
    },
    categories,
    errors,
  };
}

/** A department's name from its file: the base name without folder or extension. */
export function departmentFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm)$/i, "");
}
