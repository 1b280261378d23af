/**
 * Both formula styles side by side in the Excel double, with the real PLAN.*
 * functions registered: for every input of an edge grid (blank, text, 0 budget,
 * spend on 0 budget, exact thresholds, negative, ≤ and = directions, odd
 * threshold cells) the portable formula shows exactly what PLAN.* shows.
 */
import type { ComputedKind } from "../../src/domain/schema/column";
import type { Lang } from "../../src/domain/language";
import { planFormula } from "../../src/domain/formulas/plan-style";
import { standardFormula } from "../../src/domain/formulas/standard-style";
import { cellA1 as cellAddress } from "../../src/domain/address/a1";
import { setup } from "./harness";

type Cell = string | number | boolean | null;
/** As a person types it: text that would be a formula gets Excel's ' prefix. */
const typed = (v: Cell): Cell => (typeof v === "string" && /^[=+\-@']/.test(v) ? `'${v}` : v === null ? "" : v);

const MONEY: Cell[] = [null, " ", 0, 1, 1.1, 1.0000000001, 1.5, 1.50000001, 4.5, 5, 5.5, 10, 11, 15, 20, -1, "11", "abc", true];
const METRIC: Cell[] = [null, 0, 0.015, 0.02, 0.12, 0.15, 75, 80, 100, 96, 120, -10, -5, "80", "x"];
const DIRECTIONS: Cell[] = [null, "≥", "≤", "=", ">=", "<=", "==", "＝", " ≤ ", "x"];
const SETTINGS: Record<string, Cell>[] = [
  {},
  { PlanApprovalLead: 0.05, PlanAlertShortfall: 0.05, PlanOnTrackTolerance: 0.04 },
  { PlanApprovalLead: null, PlanApprovalGM: null, PlanAlertShortfall: null, PlanOnTrackTolerance: null },
  { PlanApprovalGM: -0.1, PlanAlertShortfall: "abc" },
];

const SETTINGS_ROW: Record<string, number> = {
  PlanApprovalLead: 2, PlanApprovalGM: 3, PlanAlertShortfall: 8, PlanOnTrackTolerance: 9,
};

const CASES: [Lang, number][] = [["zh-CN", 0], ["zh-CN", 1], ["zh-CN", 2], ["zh-CN", 3], ["en-US", 0], ["en-US", 1]];

describe("PLAN.* and portable formulas agree cell by cell", () => {
  it.each(CASES)("%s, settings #%d", async (lang, i) => {
    const settings = SETTINGS[i];
    const h = setup({ lang, sheets: ["Grid"] });
    try {
      await h.workbook.create({ lang, sheets: ["settings"], example: false, style: "plan" });
      const settingsSheet = lang === "zh-CN" ? "设置" : "Settings";
      for (const [name, v] of Object.entries(settings)) h.state.setCell(settingsSheet, `B${SETTINGS_ROW[name]}`, typed(v));

      // Budget block: A actual, B budget, then plan/portable pairs for the four budget kinds.
      const kinds: ComputedKind[] = ["variance", "variancePct", "effect", "approval"];
      const budgetRows: Cell[][] = [];
      MONEY.forEach((actual) => MONEY.forEach((budget) => budgetRows.push([actual, budget])));
      const budgetBlock = budgetRows.map(([actual, budget], i) => {
        const r = i + 1;
        const cells = { actual: `A${r}`, budget: `B${r}` };
        return [typed(actual), typed(budget), ...kinds.flatMap((kind) => [planFormula({ kind, cells, lang }), standardFormula({ kind, cells, lang })])];
      });
      h.state.setCells("Grid", `A1:${cellAddress(budgetBlock.length - 1, 9)}`, budgetBlock);

      // Monitoring block from column L: L actual, M target, N direction, O/P deviation plan/portable, Q/R status plan/portable.
      const monRows: Cell[][] = [];
      METRIC.forEach((actual, i) => METRIC.forEach((target, j) => {
        for (const d of ["≥", "≤", "=", DIRECTIONS[(i + j) % DIRECTIONS.length]]) monRows.push([actual, target, d]);
      }));
      const monBlock = monRows.map(([actual, target, direction], i) => {
        const r = i + 1;
        const plan = { actual: `L${r}`, target: `M${r}`, direction: `N${r}`, deviation: `O${r}` };
        const portable = { ...plan, deviation: `P${r}` };
        return [
          typed(actual), typed(target), typed(direction),
          planFormula({ kind: "deviation", cells: plan, lang }), standardFormula({ kind: "deviation", cells: portable, lang }),
          planFormula({ kind: "status", cells: plan, lang }), standardFormula({ kind: "status", cells: portable, lang }),
        ];
      });
      h.state.setCells("Grid", `L1:R${monBlock.length}`, monBlock);

      const mismatches: string[] = [];
      const b = h.state.getValues("Grid", `A1:J${budgetBlock.length}`);
      budgetRows.forEach(([actual, budget], i) => kinds.forEach((kind, k) => {
        const [plan, portable] = [b[i][2 + 2 * k], b[i][3 + 2 * k]];
        if (!Object.is(plan, portable)) mismatches.push(`${kind}(${JSON.stringify(actual)}, ${JSON.stringify(budget)}): PLAN ${String(plan)} portable ${String(portable)}`);
      }));
      const m = h.state.getValues("Grid", `L1:R${monBlock.length}`);
      monRows.forEach(([actual, target, d], i) => {
        if (!Object.is(m[i][3], m[i][4])) mismatches.push(`deviation(${JSON.stringify(actual)}, ${JSON.stringify(target)}): PLAN ${String(m[i][3])} portable ${String(m[i][4])}`);
        if (!Object.is(m[i][5], m[i][6])) mismatches.push(`status(${JSON.stringify(actual)}, ${JSON.stringify(target)}, ${JSON.stringify(d)}): PLAN ${String(m[i][5])} portable ${String(m[i][6])}`);
      });
      expect(mismatches.slice(0, 20)).toEqual([]);
      // The grid really covers the interesting outcomes.
      const shown = new Set([...b.flatMap((r) => r.slice(2)), ...m.flatMap((r) => r.slice(3))].map(String));
      for (const v of ["#VALUE!", "#DIV/0!", ""]) expect(shown).toContain(v);
      if (i === 0) {
        const words = lang === "zh-CN" ? ["达标", "预警", "告警", "无需审批", "营销负责人", "总经理", "有利", "不利"] : ["On track", "Warning", "Alert", "None", "Marketing lead", "General manager", "Favourable", "Unfavourable"];
        for (const w of words) expect(shown).toContain(w);
      }
    } finally {
      h.uninstall();
    }
  });
});
