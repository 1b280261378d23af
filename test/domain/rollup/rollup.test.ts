/** The roll-up figures from department checks: sums, shares of the sums, counts of findings, a total row of formulas. */
import { rollUp, departmentFromFile, type DepartmentCheck } from "../../../src/domain/rollup/rollup";
import { rollupSheets } from "../../../src/domain/rollup/rollup-sheets";
import type { PlanSummary } from "../../../src/domain/check/summary";
import type { WorkbookFinding } from "../../../src/domain/check/check-workbook";

function summary(budget: number, actual: number, contingency: number): PlanSummary {
  return {
    totalBudget: budget,
    totalActual: actual,
    variance: actual - budget,
    categoryShare: [
      { category: "channel", label: "渠道费用", budget: budget - contingency, share: 0 },
      ...(contingency ? [{ category: "contingency", label: "应急预算", budget: contingency, share: 0 }] : []),
      { category: "自定义", label: "自定义", budget: 0, share: 0 },
    ],
    contingencyShare: budget ? contingency / budget : null,
    approvalsDue: { lead: 1, gm: 2 },
    metricsByStatus: { onTrack: 0, warning: 0, alert: 3, notReported: 0 },
    stretchReached: [],
  };
}

const f = (code: WorkbookFinding["code"], severity: "error" | "warning"): WorkbookFinding => ({
  code,
  severity,
  sheet: "budget",
  address: "预算分配!E2",
  message: "预算分配!E2：…",
  detail: "…",
});

const checks: DepartmentCheck[] = [
  {
    file: "a/华东.xlsx",
    department: "华东",
    summary: summary(100, 110, 10),
    findings: [f("approverMissing", "error"), f("adjustmentNeeded", "warning"), f("adjustmentNeeded", "warning")],
  },
  { file: "b.xlsx", department: "b", summary: summary(0.1, 0.2, 0), findings: [] },
  { file: "empty.xlsx", department: "empty", summary: summary(0, 0, 0), findings: [f("columnMissing", "error")] },
];

test("totals are the sums; variance % and contingency share are of the sums; counts come from the findings", () => {
  const r = rollUp(checks, "zh-CN");
  expect(r.total).toMatchObject({
    budget: 100.1,
    actual: 110.2,
    variance: 10.1,
    approvalsLead: 3,
    approvalsGM: 6,
    alerts: 9,
    adjustments: 2,
    errors: 2,
  });
  expect(r.total.variancePct).toBeCloseTo(10.1 / 100.1, 12);
  expect(r.total.contingencyShare).toBeCloseTo(10 / 100.1, 12);
  expect(r.departments[2].variancePct).toBeNull();
  expect(r.departments[0].adjustments).toBe(2);
  expect(r.errors.map((e) => `${e.file} ${e.code}`)).toEqual([
    "a/华东.xlsx approverMissing",
    "empty.xlsx columnMissing",
  ]);
  // A category typed outside the list gets its own column after the listed ones.
  expect(r.categories.map((c) => c.key).slice(-1)).toEqual(["自定义"]);
});

test("the roll-up sheet's total row is SUM formulas over the department rows, with their results cached", () => {
  const [summarySheet, categories, errors] = rollupSheets(rollUp(checks, "en-US"), "en-US");
  const total = summarySheet.rows[4];
  expect(total[0]).toBe("Total");
  expect(total[2]).toEqual({ formula: "SUM(C2:C4)", result: 100.1 });
  expect(total[11]).toEqual({ formula: "SUM(L2:L4)", result: 2 });
  expect(categories.rows[4].slice(-1)[0]).toEqual({
    formula: `SUM(${String.fromCharCode(65 + categories.rows[0].length - 1)}2:${String.fromCharCode(65 + categories.rows[0].length - 1)}4)`,
    result: 100.1,
  });
  expect(errors.rows).toHaveLength(3);
});

test("a department is named after its file when it has no PlanDepartment cell", () => {
  expect(departmentFromFile("/plans/华东区.xlsx")).toBe("华东区");
  expect(departmentFromFile("C:\\plans\\West.XLSM")).toBe("West");
});
