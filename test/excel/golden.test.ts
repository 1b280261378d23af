/**
 * The worked example created in both formula styles and both languages: the
 * engine calculates, and the cells hold exactly the spec's expected values.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { APPROVAL_LABELS, EFFECT_LABELS, STATUS_LABELS, VARIANCE_PCT_LABELS } from "../../src/domain/labels";
import type { Lang } from "../../src/domain/language";
import type { FormulaStyle } from "../../src/excel/contract";
import { workedExample } from "../../src/domain/example";
import { planFormula } from "../../src/domain/formulas/plan-style";
import { BLANK_MODES, goldenExample, setup, type Harness } from "./harness";

interface ExtraLine {
  budget: number;
  actual: number;
  expect: { variance: number; variancePct?: number; approval: "none" | "lead" | "gm" };
}

function goldenExtraBudget(): ExtraLine[] {
  const file = path.resolve(__dirname, "../../../shared/spec/golden-example.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { extraBudget: { lines: ExtraLine[] } }).extraBudget.lines;
}

const STATUS_KEY = { "On track": "onTrack", Warning: "warning", Alert: "alert" } as const;
const SHEETS = {
  "zh-CN": { budget: "预算分配", monitoring: "效果监控" },
  "en-US": { budget: "Budget", monitoring: "Monitoring" },
} as const;

const LANG_STYLES: [Lang, FormulaStyle][] = [
  ["zh-CN", "plan"],
  ["zh-CN", "standard"],
  ["en-US", "plan"],
  ["en-US", "standard"],
];

describe.each(
  BLANK_MODES.flatMap(({ host, blanks }) => LANG_STYLES.map(([lang, style]) => ({ host, blanks, lang, style }))),
)("worked example, $host, $lang, $style style", ({ blanks, lang, style }) => {
  let h: Harness;
  beforeAll(async () => {
    h = setup({ lang, blanks });
    await h.workbook.create({
      lang,
      sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
      example: true,
      style,
    });
  });
  afterAll(() => h.uninstall());

  it("budget: variance, variance %, approval", () => {
    const golden = goldenExample();
    const rows = h.state.getValues(SHEETS[lang].budget, "A2:K4");
    golden.budget.forEach((line, i) => {
      const [, item, , budget, actual, variance, pct, , approval] = rows[i];
      expect(item).toBe(workedExample(lang).budget[i].item);
      expect([budget, actual]).toEqual([line.budget, line.actual]);
      expect(variance).toBe(line.expect.variance);
      expect(pct).toBe(line.expect.variancePct);
      expect(approval).toBe(APPROVAL_LABELS[line.expect.approval][lang]);
    });
  });

  it("monitoring: deviation and status", () => {
    const golden = goldenExample();
    const rows = h.state.getValues(SHEETS[lang].monitoring, "A2:K4");
    golden.monitoring.forEach((m, i) => {
      expect(rows[i][1]).toBe(workedExample(lang).monitoring[i].metric);
      expect(rows[i][8]).toBe(m.expect.deviation);
      expect(rows[i][9]).toBe(STATUS_LABELS[STATUS_KEY[m.expect.status]][lang]);
    });
  });

  it("computed columns are formulas of the chosen style", () => {
    const f = h.state.getFormulas(SHEETS[lang].budget, "F2:I2")[0].map(String);
    const m = h.state.getFormulas(SHEETS[lang].monitoring, "I2:J2")[0].map(String);
    for (const formula of [...f, ...m]) expect(formula.startsWith("=")).toBe(true);
    if (style === "plan") {
      const money = { actual: "E2", budget: "D2" };
      expect(f[0]).toBe(planFormula({ kind: "variance", cells: money, lang }));
      expect(f[3]).toBe(planFormula({ kind: "approval", cells: money, lang }));
      expect(m[1]).toBe(planFormula({ kind: "status", cells: { actual: "H2", target: "G2", direction: "F2" }, lang }));
    } else {
      for (const formula of [...f, ...m]) expect(formula).not.toMatch(/PLAN\./);
    }
  });

  it("extra lines (golden extraBudget) need the lead's or the general manager's approval; budget 0 shows 无预算 / Unbudgeted", () => {
    const lines = goldenExtraBudget();
    const sheet = SHEETS[lang].budget;
    const original = h.state.getValues(sheet, "D2:E4");
    try {
      // Three table rows take the four lines in two rounds.
      for (const round of [lines.slice(0, 3), lines.slice(3)]) {
        round.forEach((line, i) => h.state.setCells(sheet, `D${i + 2}:E${i + 2}`, [[line.budget, line.actual]]));
        const rows = h.state.getValues(sheet, "A2:K4");
        round.forEach((line, i) => {
          const [, , , , , variance, pct, effect, approval] = rows[i];
          expect(variance).toBe(line.expect.variance);
          expect(pct).toBe(line.expect.variancePct ?? VARIANCE_PCT_LABELS.unbudgeted[lang]);
          expect(effect).toBe(EFFECT_LABELS.unfavourable[lang]);
          expect(approval).toBe(APPROVAL_LABELS[line.expect.approval][lang]);
        });
      }
    } finally {
      h.state.setCells(sheet, "D2:E4", original);
    }
  });

  it("a threshold cell change recalculates: lead approval above 5%", async () => {
    const before = await h.workbook.readSettings();
    expect(before.present).toBe(true);
    const report = await h.workbook.writeSettings({ ...before.thresholds, approvalLead: 0.05 });
    expect(report.written).toBe(true);
    expect(h.state.getValue(SHEETS[lang].budget, "I2")).toBe(APPROVAL_LABELS.lead[lang]);
    expect(h.state.getValue(SHEETS[lang].budget, "I3")).toBe(APPROVAL_LABELS.none[lang]);
    await h.workbook.writeSettings(before.thresholds);
    expect(h.state.getValue(SHEETS[lang].budget, "I2")).toBe(APPROVAL_LABELS.none[lang]);
  });

  it("the check of the untouched example reports no computed-column problems", async () => {
    const report = await h.workbook.check();
    expect(report.findings.filter((f) => f.code.startsWith("computed"))).toEqual([]);
    // The golden 35 plus the worked example's contingency line of 5.
    expect(report.summary.totalBudget).toBe(40);
    expect(report.summary.metricsByStatus).toEqual({ onTrack: 0, warning: 1, alert: 2, notReported: 0 });
    expect(report.syncs).toBeLessThanOrEqual(3);
  });
});
