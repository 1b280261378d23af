/**
 * Both formula styles side by side in the Excel double, with the real PLAN.*
 * functions registered: over an edge grid of valid input (blank, budget 0 and
 * spend on it, exact and just-exceeded thresholds, float noise, ≤ and =
 * directions, custom threshold cells) the standard formula shows what PLAN.*
 * shows. Invalid input, where the styles differ on purpose, is the check's:
 * standard-formulas.test.ts and typed-values.test.ts assert its findings.
 */
import type { ComputedKind } from "../../src/domain/schema/column";
import type { Lang } from "../../src/domain/language";
import { planFormula } from "../../src/domain/formulas/plan-style";
import { standardFormula } from "../../src/domain/formulas/standard-style";
import { cellA1 as cellAddress } from "../../src/domain/address/a1";
import { BLANK_MODES, setup } from "./harness";
import { sameCell } from "./cell-compare";

type Cell = string | number | boolean | null;
/** As a person types it: text that would be a formula gets Excel's ' prefix. */
const typed = (v: Cell): Cell =>
  typeof v === "string" && /^[=+\-@']/.test(v) && v !== "=0.1+0.2" ? `'${v}` : v === null ? "" : v;

const MONEY: Cell[] = [
  null,
  0,
  1,
  1.1,
  1.0000000001,
  1.5,
  1.50000001,
  0.3,
  "=0.1+0.2",
  4.5,
  5,
  5.5,
  10,
  11,
  15,
  20,
  1e9,
];
const METRIC: Cell[] = [null, 0, 0.015, 0.02, 0.12, 0.15, 75, 80, 100, 96, 120, 0.8, 0.84, -10, -5];
const DIRECTIONS: Cell[] = [null, "≥", "≤", "="];
const SETTINGS: Record<string, Cell>[] = [
  {},
  { PlanApprovalLead: 0.05, PlanAlertShortfall: 0.05, PlanOnTrackTolerance: 0.04 },
  { PlanApprovalLead: 0, PlanApprovalGM: 0.3, PlanAlertShortfall: 0.16, PlanOnTrackTolerance: 0.05 },
];

const SETTINGS_ROW: Record<string, number> = {
  PlanApprovalLead: 2,
  PlanApprovalGM: 3,
  PlanAlertShortfall: 8,
  PlanOnTrackTolerance: 9,
};

const CASES: [Lang, number][] = [
  ["zh-CN", 0],
  ["zh-CN", 1],
  ["zh-CN", 2],
  ["en-US", 0],
  ["en-US", 1],
];

describe.each(BLANK_MODES)("PLAN.* and standard formulas agree cell by cell, $host", ({ blanks }) => {
  it.each(CASES)("%s, settings #%d", async (lang, i) => {
    const settings = SETTINGS[i];
    const h = setup({ lang, sheets: ["Grid"], blanks });
    try {
      await h.workbook.create({ lang, sheets: ["settings"], example: false, style: "plan" });
      const settingsSheet = lang === "zh-CN" ? "设置" : "Settings";
      for (const [name, v] of Object.entries(settings))
        h.state.setCell(settingsSheet, `B${SETTINGS_ROW[name]}`, typed(v));

      // Budget block: A actual, B budget, C–F PLAN.* (variance, %, effect, approval), G–J standard.
      const kinds: ComputedKind[] = ["variance", "variancePct", "effect", "approval"];
      const budgetRows: Cell[][] = [];
      MONEY.forEach((actual) => MONEY.forEach((budget) => budgetRows.push([actual, budget])));
      const budgetBlock = budgetRows.map(([actual, budget], i) => {
        const r = i + 1;
        const cells = { actual: `A${r}`, budget: `B${r}`, variancePct: `H${r}` };
        return [
          typed(actual),
          typed(budget),
          ...kinds.map((kind) => planFormula({ kind, cells, lang })),
          ...kinds.map((kind) => standardFormula({ kind, cells, lang })),
        ];
      });
      h.state.setCells("Grid", `A1:${cellAddress(budgetBlock.length - 1, 9)}`, budgetBlock);

      // Monitoring block from column L: L actual, M target, N direction, O/P deviation PLAN/standard, Q/R status PLAN/standard.
      const monRows: Cell[][] = [];
      METRIC.forEach((actual) =>
        METRIC.forEach((target) => DIRECTIONS.forEach((d) => monRows.push([actual, target, d]))),
      );
      const monBlock = monRows.map(([actual, target, direction], i) => {
        const r = i + 1;
        const plan = { actual: `L${r}`, target: `M${r}`, direction: `N${r}`, deviation: `O${r}` };
        const standard = { ...plan, deviation: `P${r}` };
        return [
          typed(actual),
          typed(target),
          typed(direction),
          planFormula({ kind: "deviation", cells: plan, lang }),
          standardFormula({ kind: "deviation", cells: standard, lang }),
          planFormula({ kind: "status", cells: plan, lang }),
          standardFormula({ kind: "status", cells: standard, lang }),
        ];
      });
      h.state.setCells("Grid", `L1:R${monBlock.length}`, monBlock);

      const mismatches: string[] = [];
      const b = h.state.getValues("Grid", `A1:J${budgetBlock.length}`);
      budgetRows.forEach(([actual, budget], i) =>
        kinds.forEach((kind, k) => {
          const [plan, standard] = [b[i][2 + k], b[i][6 + k]];
          if (!sameCell(plan, standard))
            mismatches.push(
              `${kind}(${JSON.stringify(actual)}, ${JSON.stringify(budget)}): PLAN ${String(plan)} standard ${String(standard)}`,
            );
        }),
      );
      const m = h.state.getValues("Grid", `L1:R${monBlock.length}`);
      monRows.forEach(([actual, target, d], i) => {
        if (!sameCell(m[i][3], m[i][4]))
          mismatches.push(
            `deviation(${JSON.stringify(actual)}, ${JSON.stringify(target)}): PLAN ${String(m[i][3])} standard ${String(m[i][4])}`,
          );
        if (!sameCell(m[i][5], m[i][6]))
          mismatches.push(
            `status(${JSON.stringify(actual)}, ${JSON.stringify(target)}, ${JSON.stringify(d)}): PLAN ${String(m[i][5])} standard ${String(m[i][6])}`,
          );
      });
      expect(mismatches.slice(0, 20)).toEqual([]);
      // The grid really covers the interesting outcomes.
      const shown = new Set([...b.flatMap((r) => r.slice(2)), ...m.flatMap((r) => r.slice(3))].map(String));
      for (const v of ["#DIV/0!", ""]) expect(shown).toContain(v);
      if (i === 0) {
        const words =
          lang === "zh-CN"
            ? ["达标", "预警", "告警", "无需审批", "营销负责人", "总经理", "有利", "不利", "无预算"]
            : [
                "On track",
                "Warning",
                "Alert",
                "None",
                "Marketing lead",
                "General manager",
                "Favourable",
                "Unfavourable",
                "Unbudgeted",
              ];
        for (const w of words) expect(shown).toContain(w);
      }
    } finally {
      h.uninstall();
    }
  });
});
