/**
 * The Excel-layer integration cases, defined once. CI runs them against the
 * Office JS double (test/excel/cases-on-double.test.ts); `npm run test:excel`
 * runs the same cases inside real Excel through a sideloaded test page
 * (test/real-excel). A case touches the workbook only through PlanWorkbook and
 * the probe, and gets the golden example from its runner (the page inside
 * Excel cannot read the disk). Each case starts from a workbook without plan
 * sheets; the runner provides it.
 */
import { planFormula } from "../../src/domain/formulas/plan-style";
import { standardFormula } from "../../src/domain/formulas/standard-style";
import { APPROVAL_LABELS, STATUS_LABELS } from "../../src/domain/labels";
import type { Lang } from "../../src/domain/language";
import { SHEET_NAMES } from "../../src/domain/schema/sheet-keys";
import type { FormulaStyle, PlanWorkbook, WorkbookSheetKey } from "../../src/excel/contract";
import { assertEqual, assertTrue } from "./assert";
import type { Probe } from "./probe";

/** The part of the shared spec's golden-example.json the cases check. */
export interface GoldenExample {
  budget: {
    item: string;
    budget: number;
    actual: number;
    expect: { variance: number; variancePct: number; approval: "none" | "lead" | "gm" };
  }[];
  monitoring: {
    metric: string;
    target: number;
    actual: number;
    expect: { deviation: number; status: "On track" | "Warning" | "Alert" };
  }[];
  thresholds: Record<string, number>;
}

export interface CaseEnv {
  workbook: PlanWorkbook;
  probe: Probe;
  golden: GoldenExample;
  /** The language PLAN.* texts come out in: Excel's display language. */
  functionsLang: Lang;
  /**
   * context.sync() calls counted by the host itself (the double's counter),
   * independent of the layer's own count; absent in real Excel, where the
   * cases check the count the layer reports.
   */
  hostSyncs?: () => number;
}

export interface ExcelCase {
  name: string;
  run(env: CaseEnv): Promise<void>;
}

const ALL: WorkbookSheetKey[] = ["goals", "strategies", "budget", "monitoring", "settings"];
const STATUS_KEY = { "On track": "onTrack", Warning: "warning", Alert: "alert" } as const;

const sheet = (key: WorkbookSheetKey, lang: Lang) => SHEET_NAMES[key][lang];
/** Standard formulas carry the sheet's words; PLAN.* functions answer in Excel's display language. */
const labelLang = (style: FormulaStyle, lang: Lang, env: CaseEnv): Lang =>
  style === "plan" ? env.functionsLang : lang;

/**
 * Numbers may differ from the spec's in the last bits (Excel's arithmetic is not
 * HyperFormula's); anything beyond 1e-12 is a wrong result.
 */
function assertNumber(actual: unknown, expected: number, what: string): void {
  assertTrue(
    typeof actual === "number" && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)),
    `${what}: expected ${expected}, got ${JSON.stringify(actual)}`,
  );
}

function goldenCase(lang: Lang, style: FormulaStyle): ExcelCase {
  return {
    name: `golden example, ${lang}, ${style} style`,
    async run(env) {
      await env.workbook.create({ lang, sheets: ALL, example: true, style });
      const words = labelLang(style, lang, env);
      const budget = await env.probe.values(sheet("budget", lang), "A2:K4");
      env.golden.budget.forEach((line, i) => {
        const [, , , planned, actual, variance, pct, , approval] = budget[i];
        const at = `${sheet("budget", lang)} row ${i + 2}`;
        assertEqual([planned, actual], [line.budget, line.actual], `${at} budget and actual`);
        assertNumber(variance, line.expect.variance, `${at} variance`);
        assertNumber(pct, line.expect.variancePct, `${at} variance %`);
        assertEqual(approval, APPROVAL_LABELS[line.expect.approval][words], `${at} approval`);
      });
      const monitoring = await env.probe.values(sheet("monitoring", lang), "A2:K4");
      env.golden.monitoring.forEach((m, i) => {
        const at = `${sheet("monitoring", lang)} row ${i + 2}`;
        assertEqual([monitoring[i][6], monitoring[i][7]], [m.target, m.actual], `${at} target and actual`);
        assertNumber(monitoring[i][8], m.expect.deviation, `${at} deviation`);
        assertEqual(monitoring[i][9], STATUS_LABELS[STATUS_KEY[m.expect.status]][words], `${at} status`);
      });
      const formulas = [
        ...(await env.probe.formulas(sheet("budget", lang), "F2:I2"))[0],
        ...(await env.probe.formulas(sheet("monitoring", lang), "I2:J2"))[0],
      ].map(String);
      for (const f of formulas) {
        assertTrue(f.startsWith("="), `computed cell holds a formula, got ${f}`);
        assertEqual(/PLAN\./i.test(f), style === "plan", `${f} is a ${style}-style formula`);
      }
      const report = await env.workbook.check();
      assertEqual(
        report.findings.filter((f) => f.code.startsWith("computed")),
        [],
        "computed-column findings",
      );
      // The golden 35 plus the worked example's contingency line of 5.
      assertEqual(report.summary.totalBudget, 40, "total budget");
      assertEqual(
        report.summary.metricsByStatus,
        { onTrack: 0, warning: 1, alert: 2, notReported: 0 },
        "metrics by status",
      );
    },
  };
}

const syncCounts: ExcelCase = {
  name: "sync counts: each action a fixed number of round trips",
  async run(env) {
    // [expected context.sync() calls, what the action reports (undefined: it reports none)]
    const measure = async (what: string, expected: number, action: () => Promise<{ syncs?: number } | unknown>) => {
      const before = env.hostSyncs?.();
      const result = (await action()) as { syncs?: number };
      if (before !== undefined)
        assertEqual(env.hostSyncs!() - before, expected, `${what}: context.sync() calls counted by the host`);
      if (typeof result?.syncs === "number") assertEqual(result.syncs, expected, `${what}: syncs reported`);
    };
    const create = () => env.workbook.create({ lang: "zh-CN", sheets: ALL, example: true, style: "standard" });
    await measure("create", 2, create);
    await measure("check", 3, () => env.workbook.check());
    await measure("create again", 3, create);
    await measure("period rows", 3, () =>
      env.workbook.addPeriodRows({ frequency: "monthly", period: "2026-02", lang: "zh-CN" }),
    );
    const read = await env.workbook.readSettings();
    await measure("read settings", 2, () => env.workbook.readSettings());
    await measure("write settings", 3, () => env.workbook.writeSettings(read.thresholds));
    await measure("switch style", 3, () => env.workbook.switchStyle("plan", "zh-CN"));
  },
};

const createTwice: ExcelCase = {
  name: "create twice loses nothing a person typed",
  async run(env) {
    await env.workbook.create({ lang: "zh-CN", sheets: ALL, example: true, style: "plan" });
    await env.probe.type("预算分配", "E2", [[12]]);
    await env.probe.type("预算分配", "J2", [["加价购买关键词"]]);
    await env.probe.type("目标分解", "C2", [["品牌搜索指数"]]);
    await env.probe.type("设置", "B2", [[0.08]]);
    const before = await env.probe.snapshot();
    const report = await env.workbook.create({ lang: "zh-CN", sheets: ALL, example: true, style: "standard" });
    assertEqual(
      report.outcomes.map((o) => [o.sheet, o.outcome]),
      ALL.map((s) => [s, "existing"]),
      "outcomes",
    );
    assertEqual(await env.probe.snapshot(), before, "every sheet after the second create");
    assertEqual((await env.probe.values("预算分配", "F2"))[0][0], 2, "variance from the typed actual");
  },
};

const periodRows: ExcelCase = {
  name: "period rows: one new row per metric, never twice",
  async run(env) {
    const M = "效果监控";
    await env.workbook.create({ lang: "zh-CN", sheets: ALL, example: true, style: "plan" });
    const r = await env.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" });
    assertEqual([r.added, r.skipped, r.firstActualAddress], [1, 0, "效果监控!H5"], "rows added for 2026-W06");
    assertEqual(
      await env.probe.values(M, "A5:H5"),
      [["2026-W06", "点击率", "G3", "KOL后台数据", "周", "≥", 0.02, ""]],
      "the new row",
    );
    assertEqual(
      await env.probe.formulas(M, "I5:J5"),
      [
        [
          planFormula({ kind: "deviation", cells: { actual: "H5", target: "G5" }, lang: "zh-CN" }),
          planFormula({ kind: "status", cells: { actual: "H5", target: "G5", direction: "F5" }, lang: "zh-CN" }),
        ],
      ],
      "the new row's formulas",
    );
    await env.probe.type(M, "H5", [[0.021]]);
    const [deviation, status] = (await env.probe.values(M, "I5:J5"))[0];
    assertNumber(deviation, 0.05, "deviation of the typed actual");
    assertEqual(status, STATUS_LABELS.onTrack[env.functionsLang], "status of the typed actual");
    const again = await env.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" });
    assertEqual([again.added, again.skipped], [0, 1], "the same period again");
    const failure = await env.workbook.addPeriodRows({ frequency: "weekly", period: "2026-02", lang: "zh-CN" }).then(
      () => undefined,
      (e: unknown) => e as { code?: string },
    );
    assertEqual(failure?.code, "frequencyMismatch", "a monthly period for a weekly update");
  },
};

const GOLDEN_THRESHOLD_NAMES = {
  approvalLead: "PlanApprovalLead",
  approvalGM: "PlanApprovalGM",
  alertShortfall: "PlanAlertShortfall",
  onTrackTolerance: "PlanOnTrackTolerance",
} as const;

const settings: ExcelCase = {
  name: "settings read and save",
  async run(env) {
    assertEqual((await env.workbook.readSettings()).present, false, "settings before create");
    await env.workbook.create({ lang: "zh-CN", sheets: ALL, example: true, style: "plan" });
    const read = await env.workbook.readSettings();
    assertEqual(read.present, true, "settings after create");
    for (const [key, name] of Object.entries(GOLDEN_THRESHOLD_NAMES)) {
      assertEqual(
        read.thresholds[key as keyof typeof GOLDEN_THRESHOLD_NAMES],
        env.golden.thresholds[name],
        `threshold ${name}`,
      );
    }
    const saved = await env.workbook.writeSettings({ ...read.thresholds, approvalLead: 0.05 });
    assertEqual(saved.written, true, "a valid threshold is saved");
    assertEqual((await env.workbook.readSettings()).thresholds.approvalLead, 0.05, "the saved threshold reads back");
    // Budget line 1 overruns by 10%: above the new 5%, the lead approves.
    assertEqual(
      (await env.probe.values("预算分配", "I2"))[0][0],
      APPROVAL_LABELS.lead[env.functionsLang],
      "approval after the change",
    );
    const rejected = await env.workbook.writeSettings({ ...read.thresholds, approvalLead: -1 });
    assertEqual(rejected.written, false, "a negative threshold is refused");
    assertEqual(
      (await env.workbook.readSettings()).thresholds.approvalLead,
      0.05,
      "a refused threshold leaves the sheet alone",
    );
  },
};

const typedOver: ExcelCase = {
  name: "a computed cell typed over: found, kept by the style switch, restored on request",
  async run(env) {
    const B = "预算分配";
    await env.workbook.create({ lang: "zh-CN", sheets: ALL, example: true, style: "plan" });
    await env.probe.type(B, "F3", [[7]]);
    const typed = (await env.workbook.check()).findings.filter((f) => f.code === "computedValueTyped");
    assertEqual(
      typed.map((f) => f.address),
      [`${B}!F3`],
      "the check finds the typed cell among formulas",
    );
    // Excel's calculated column would fill a cell written null or "" (office-js #1916); the switch never does that.
    await env.workbook.switchStyle("standard", "zh-CN");
    assertEqual((await env.probe.formulas(B, "F3"))[0][0], 7, "the typed value after the style switch");
    const [f2, f4] = [(await env.probe.formulas(B, "F2"))[0][0], (await env.probe.formulas(B, "F4"))[0][0]];
    assertEqual(
      [f2, f4],
      ["E2", "E4"].map((e, i) =>
        standardFormula({ kind: "variance", cells: { actual: e, budget: `D${[2, 4][i]}` }, lang: "zh-CN" }),
      ),
      "the formulas around it, filled down in the new style",
    );
    const restored = await env.workbook.restoreFormulas([`${B}!F3`], "zh-CN");
    assertEqual(restored.restored, [`${B}!F3`], "restored");
    assertEqual(
      (await env.probe.formulas(B, "F3"))[0][0],
      standardFormula({ kind: "variance", cells: { actual: "E3", budget: "D3" }, lang: "zh-CN" }),
      "the formula back",
    );
  },
};

export const EXCEL_CASES: readonly ExcelCase[] = [
  goldenCase("zh-CN", "standard"),
  goldenCase("zh-CN", "plan"),
  goldenCase("en-US", "standard"),
  goldenCase("en-US", "plan"),
  syncCounts,
  createTwice,
  periodRows,
  settings,
  typedOver,
];
