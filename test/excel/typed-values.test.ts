/**
 * One reading of every typed value. Over a generated corpus of what people type
 * into a number cell — numbers, numeric text, %, 万/亿, full-width digits,
 * spaces, thousands separators, booleans, error values, ratios — each input,
 * as a budget line's actual and as a monitoring actual (a plain metric and an
 * ROI), gives the same result in PLAN.*, in the check's own calculation and in
 * the sheet's standard formula (HyperFormula), or the check has a finding at
 * that very cell.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import type { ComputedKind } from "../../src/domain/schema/column";
import { standardFormula } from "../../src/domain/formulas/standard-style";
import { THRESHOLD_DEFS, DEFAULT_THRESHOLDS } from "../../src/domain/settings/thresholds";
import { checkPlan } from "../../src/domain/check/check-plan";
import { approval, deviation, status, variance, variancePct } from "../../src/functions/functions";
import { setFunctionsLang } from "../../src/functions/lang";
import { isPlanError } from "../../src/functions/errors";
import { BUDGET_HEADERS_ZH } from "../domain/read/fixtures";
import { grid, fx } from "../domain/helpers/grid";
import { expectedShown, sameCell } from "./cell-compare";

type Typed = string | number | boolean;

const MONITORING_HEADERS_ZH = [
  "周期",
  "监控指标",
  "关联目标",
  "数据来源",
  "监控频率",
  "方向",
  "目标值",
  "实际值",
  "偏差率",
  "状态",
  "改进措施",
];
const FULL_WIDTH = (s: string) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const ERRORS = ["#N/A", "#VALUE!", "#DIV/0!", "#REF!"];

const amount = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
);
const typedInput: fc.Arbitrary<Typed> = fc.oneof(
  amount,
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  amount.map(String),
  amount.map((n) => ` ${n} `),
  amount.map((n) => FULL_WIDTH(String(n))),
  amount.map((n) => n.toLocaleString("en-US")),
  amount.map((n) => `${n}%`),
  amount.map((n) => `${n}万`),
  amount.map((n) => `${n}万元`),
  amount.map((n) => `${n}亿`),
  fc.double({ min: 0.1, max: 9, noNaN: true }).map((x) => `1:${Math.round(x * 10) / 10}`),
  fc.constantFrom<Typed>(true, false, " ", "　", "abc", "十万", "1:", "2:3", "1：3.5", ...ERRORS),
);

/** The corpus: generated with a fixed seed, plus the issue's own cases. */
const CORPUS: Typed[] = [
  ...fc.sample(typedInput, { numRuns: 400, seed: 20261201 }),
  "1.2万",
  "1:1.5",
  "12",
  " 12 ",
  "１２",
  "12.5",
  "1,200",
];

/** How the cell holds the input: text stays text (the ' prefix), an error value is the error. */
function content(v: Typed): string | number | boolean {
  if (typeof v !== "string") return v;
  return ERRORS.includes(v) ? v : `'${v}`;
}

function shownByPlan(v: unknown[][]): unknown {
  const x = v[0][0];
  return isPlanError(x) ? x.code : x;
}

function shownByEngine(v: unknown): unknown {
  if (v && typeof v === "object" && "value" in (v as object)) return (v as { value: unknown }).value;
  return v === null ? "" : v;
}

/** The standard formulas over the corpus in one HyperFormula workbook: budget actual (budget 10) and monitoring actual (target). */
function engineResults(target: number) {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  hf.addSheet("设置");
  hf.addSheet("Data");
  THRESHOLD_DEFS.forEach((def, i) => {
    hf.setCellContents({ sheet: 0, row: i, col: 1 }, [[def.defaultValue]]);
    hf.addNamedExpression(def.name, `='设置'!$B$${i + 1}`);
  });
  const budgetKinds: ComputedKind[] = ["variance", "variancePct", "effect", "approval"];
  const rows = CORPUS.map((v, r) => {
    const n = r + 1;
    const b = { actual: `A${n}`, budget: `B${n}`, variancePct: `D${n}` };
    const m = { actual: `A${n}`, target: `G${n}`, direction: `H${n}`, deviation: `I${n}` };
    return [
      content(v),
      10,
      ...budgetKinds.map((kind) => standardFormula({ kind, cells: b, lang: "zh-CN" })),
      target,
      "≥",
      standardFormula({ kind: "deviation", cells: m, lang: "zh-CN" }),
      standardFormula({ kind: "status", cells: m, lang: "zh-CN" }),
    ];
  });
  hf.setCellContents({ sheet: 1, row: 0, col: 0 }, rows);
  return hf.getSheetValues(1).map((row) => row.map(shownByEngine));
}

function budgetCheck(v: Typed) {
  const row = ["渠道费用", "天猫推广费", "", 10, v, fx("=…"), fx("=…"), fx("=…"), fx("=…"), "说明", "李总监"];
  const result = checkPlan({ budget: grid("预算分配", BUDGET_HEADERS_ZH, [row]), thresholds: DEFAULT_THRESHOLDS });
  return {
    findings: result.findings.filter((f) => f.cell === "E2"),
    actual: result.reads.budget!.rows[0].cells.actual!.value,
  };
}

function monitoringCheck(v: Typed, metric: string, target: number) {
  const row = ["2026-01", metric, "", "", "月", "≥", target, v, fx("=…"), fx("=…"), "措施"];
  const result = checkPlan({
    monitoring: grid("效果监控", MONITORING_HEADERS_ZH, [row]),
    thresholds: DEFAULT_THRESHOLDS,
  });
  return {
    findings: result.findings.filter((f) => f.cell === "H2"),
    actual: result.reads.monitoring!.rows[0].cells.actual!.value,
  };
}

beforeAll(() => setFunctionsLang("zh-CN"));

describe("typed values: PLAN.*, the check and the standard formula agree, or the check reports the cell", () => {
  it("the corpus covers every family of input", () => {
    const kinds = new Set(
      CORPUS.map((v) =>
        typeof v === "string"
          ? /[%万亿:：]/.test(v)
            ? v.replace(/[^%万元亿:：]/g, "")
            : /^\s*$/.test(v)
              ? "space"
              : "text"
          : typeof v,
      ),
    );
    for (const k of ["number", "boolean", "text", "space", "%", "万", "万元", "亿", ":"]) expect(kinds).toContain(k);
  });

  it("as a budget line's actual (万元, budget 10)", () => {
    const engine = engineResults(0.02);
    const disagreements: string[] = [];
    let agreedWithoutFinding = 0;
    CORPUS.forEach((v, r) => {
      const check = budgetCheck(v);
      if (check.findings.length > 0) return;
      agreedWithoutFinding++;
      const plan = [
        variance([[v]], [[10]]),
        variancePct([[v]], [[10]]),
        undefined,
        approval([[v]], [[10]], [[0.1]], [[0.5]]),
      ];
      (["variance", "variancePct", "effect", "approval"] as const).forEach((kind, k) => {
        const domain = expectedShown(kind, { actual: check.actual, budget: 10 }, DEFAULT_THRESHOLDS, "zh-CN");
        const std = engine[r][2 + k];
        const p = plan[k] === undefined ? domain : shownByPlan(plan[k]!);
        if (!sameCell(domain, std) || !sameCell(domain, p))
          disagreements.push(
            `${kind}(${JSON.stringify(v)}): check ${String(domain)} PLAN ${String(p)} sheet ${String(std)}`,
          );
      });
    });
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(agreedWithoutFinding).toBeGreaterThan(30); // the plain amounts ≥ 0, at least
  });

  it.each([
    ["点击率", 0.02],
    ["KOL ROI", 4],
  ])("as a monitoring actual of %s (target %p)", (metric, target) => {
    const engine = engineResults(target);
    const disagreements: string[] = [];
    CORPUS.forEach((v, r) => {
      const check = monitoringCheck(v, metric, target);
      if (check.findings.length > 0) return;
      const plan = [deviation([[v]], [[target]]), status([[v]], [[target]], [["≥"]], [[0.2]], [[0]])];
      (["deviation", "status"] as const).forEach((kind, k) => {
        const domain = expectedShown(
          kind,
          { actual: check.actual, target, direction: "≥" },
          DEFAULT_THRESHOLDS,
          "zh-CN",
        );
        const std = engine[r][8 + k];
        const p = shownByPlan(plan[k]);
        if (!sameCell(domain, std) || !sameCell(domain, p))
          disagreements.push(
            `${kind}(${JSON.stringify(v)}): check ${String(domain)} PLAN ${String(p)} sheet ${String(std)}`,
          );
      });
    });
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});

describe("the issue's cases give one answer or a finding", () => {
  it("1.2万 typed as an actual on 预算分配: PLAN.VARIANCE is #VALUE!, the sheet is #VALUE!, the check reports ambiguousAmount at E2", () => {
    const r = CORPUS.indexOf("1.2万");
    expect(shownByPlan(variance([["1.2万"]], [[10]]))).toBe("#VALUE!");
    expect(shownByPlan(approval([["1.2万"]], [[10]], [[0.1]], [[0.5]]))).toBe("#VALUE!");
    expect(engineResults(0.02)[r][2]).toBe("#VALUE!");
    expect(budgetCheck("1.2万").findings.map((f) => f.code)).toEqual(["ambiguousAmount"]);
  });

  it("1:1.5 typed as the target of a metric that is no ROI: the check reports ratioNotRoi and computes no status from it", () => {
    const row = ["2026-01", "复购率", "", "", "月", "≥", "1:1.5", 1.2, fx("=…"), fx("=…"), ""];
    const result = checkPlan({
      monitoring: grid("效果监控", MONITORING_HEADERS_ZH, [row]),
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([["ratioNotRoi", "G2"]]);
    expect(result.summary.metricsByStatus.alert).toBe(0);
  });

  it("1:3.5 as the actual of an ROI metric is 3.5 to the check and PLAN.*; the sheet's formula may not read the text, so the cell is reported", () => {
    expect(shownByPlan(deviation([["1:3.5"]], [[4]]))).toBe(-0.125);
    const check = monitoringCheck("1:3.5", "KOL ROI", 4);
    expect(check.actual).toBe(3.5);
    expect(check.findings.map((f) => f.code)).toEqual(["formulaReadsDifferently"]);
  });
});
