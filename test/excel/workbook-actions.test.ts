/**
 * The look of the created sheets, selecting what a finding points at, writing
 * a formula into the selected cell, switching the formula style and the
 * settings round trip.
 */
import { planFormula } from "../../src/domain/formulas/plan-style";
import { DEFAULT_THRESHOLDS } from "../../src/domain/settings/thresholds";
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;

describe("workbook actions", () => {
  let h: Harness;
  beforeEach(async () => {
    h = setup();
    await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "plan" });
  });
  afterEach(() => h.uninstall());

  it("tables, frozen headers, formats, drop-downs, highlights and names", () => {
    expect(h.state.tables().map((t) => [t.name, t.address])).toEqual([
      ["PlanGoals", "目标分解!A1:L4"],
      ["PlanStrategies", "策略执行!A1:O4"], // O: 归因收入(万元), the optional revenue column after 优先级
      ["PlanBudget", "预算分配!A1:K5"],
      ["PlanMonitoring", "效果监控!A1:K4"],
    ]);
    for (const s of ["目标分解", "策略执行", "预算分配", "效果监控", "设置"]) expect(h.state.freeze(s).rows).toBe(1);
    // Money, percent, text, date formats.
    expect(h.state.getNumberFormat("预算分配", "D2")).toBe("#,##0.00");
    expect(h.state.getNumberFormat("预算分配", "G2")).toBe("0.00%");
    expect(h.state.getNumberFormat("预算分配", "B2")).toBe("@");
    expect(h.state.getNumberFormat("策略执行", "F2")).toBe("yyyy-mm-dd");
    expect(h.state.getText("策略执行", "F2")).toBe("2026-01-10");
    expect(h.state.getNumberFormat("效果监控", "I2")).toBe("0.00%");
    expect(h.state.getNumberFormat("设置", "B2")).toBe("0.00%");
    expect(h.state.getNumberFormat("设置", "B10")).toBe('"1:"0.0');
    expect(h.state.getText("设置", "B10")).toBe("1:1.5");
    // Computed cells look different from input cells.
    expect(h.state.getFormat("预算分配", "F2", "fill.color")).toBe("#F2F2F2");
    expect(h.state.getFormat("预算分配", "F2", "font.italic")).toBe(true);
    expect(h.state.getFormat("预算分配", "E2", "font.italic")).not.toBe(true);
    expect(h.state.columnWidth("预算分配", "B")).toBeGreaterThan(h.state.columnWidth("预算分配", "C") - 1);
    // Drop-downs: list words, and links to the goals/strategies id columns.
    expect(JSON.stringify(h.state.validation("预算分配", "A2"))).toContain(
      "渠道费用,推广费用,物料制作费,人力成本,第三方服务费,应急预算",
    );
    expect(JSON.stringify(h.state.validation("预算分配", "C2"))).toContain("'策略执行'!$A$2:$A$1001");
    expect(JSON.stringify(h.state.validation("策略执行", "B2"))).toContain("'目标分解'!$A$2:$A$1001");
    expect(JSON.stringify(h.state.validation("效果监控", "F2"))).toContain("≥,≤,=");
    // Red and amber for both languages' texts.
    const cf = JSON.stringify(h.state.conditionalFormats("效果监控", "J2"));
    for (const t of ["告警", "Alert", "预警", "Warning", "#FFC7CE", "#FFEB9C"]) expect(cf).toContain(t);
    const af = JSON.stringify(h.state.conditionalFormats("预算分配", "I2"));
    for (const t of ["总经理", "General manager", "营销负责人", "Marketing lead"]) expect(af).toContain(t);
    // One workbook name per setting value cell.
    const names = Object.fromEntries(h.state.names().map((n) => [n.name, n.formula]));
    expect(names.PlanApprovalLead).toMatch(/设置.*\$B\$2$/);
    expect(names.PlanStreakPeriods).toMatch(/\$B\$11$/);
    expect(names.PlanSplitTolerance).toMatch(/\$B\$13$/);
    expect(names.PlanFormulaStyle).toMatch(/\$B\$14$/);
    expect(names.PlanLanguage).toMatch(/\$B\$15$/);
  });

  it("select activates the sheet and selects the cell of a finding", async () => {
    await h.workbook.select("预算分配!E3");
    expect(h.state.activeSheet()).toBe("预算分配");
    expect(h.state.selection()).toBe("预算分配!E3");
    await h.workbook.select("'效果监控'!$H$2");
    expect(h.state.selection()).toBe("效果监控!H2");
  });

  it("insertFormula writes into the selected cell and returns its address", async () => {
    h.state.select("效果监控", "L2");
    const address = await h.workbook.insertFormula("=PLAN.DEVIATION(H2,G2)");
    expect(address).toBe("效果监控!L2");
    expect(h.state.getValue("效果监控", "L2")).toBe(-0.25);
  });

  it("insert-example refuses a filled 实际支出 cell: CellNotEmpty with its address, the cell keeps what was typed", async () => {
    h.state.select("预算分配", "E2");
    await expect(h.workbook.insertFormula("=PLAN.VARIANCE(11,10)")).rejects.toMatchObject({
      code: "cellNotEmpty",
      params: { address: "预算分配!E2" },
    });
    expect(h.state.getFormula("预算分配", "E2")).toBe(11);
  });

  it("switchStyle rewrites only computed columns, records the style, and results stay the same", async () => {
    const inputsBefore = h.state.getFormulas("预算分配", "A2:E4");
    const valuesBefore = [h.state.getValues("预算分配", "F2:I4"), h.state.getValues("效果监控", "I2:J4")];
    const r = await h.workbook.switchStyle("standard", "zh-CN");
    expect(r).toEqual({ rewritten: 4 * 4 + 3 * 2, syncs: 3 });
    expect(String(h.state.getFormula("预算分配", "F2"))).not.toContain("PLAN.");
    expect(h.state.getFormulas("预算分配", "A2:E4")).toEqual(inputsBefore);
    expect([h.state.getValues("预算分配", "F2:I4"), h.state.getValues("效果监控", "I2:J4")]).toEqual(valuesBefore);
    expect(h.state.getValue("设置", "B14")).toBe("standard");
    await h.workbook.switchStyle("plan", "zh-CN");
    expect(h.state.getFormula("预算分配", "F2")).toBe(
      planFormula({ kind: "variance", cells: { actual: "E2", budget: "D2" }, lang: "zh-CN" }),
    );
    expect(h.state.getValue("设置", "B14")).toBe("plan");
  });

  it("switchStyle leaves a computed cell a person typed over as it is (never written null where a calculated column would fill it: office-js #1916), and the check still reports it", async () => {
    h.state.setCell("预算分配", "F3", 7);
    const r = await h.workbook.switchStyle("standard", "zh-CN");
    expect(r).toEqual({ rewritten: 4 * 4 + 3 * 2 - 1, syncs: 3 });
    expect(h.state.getFormula("预算分配", "F3")).toBe(7);
    expect(String(h.state.getFormula("预算分配", "F2"))).not.toContain("PLAN.");
    expect(String(h.state.getFormula("预算分配", "F4"))).not.toContain("PLAN.");
    const report = await h.workbook.check();
    expect(report.findings.filter((f) => f.code === "computedValueTyped").map((f) => f.address)).toEqual([
      "预算分配!F3",
    ]);
  });

  it("settings: read, refuse invalid values without writing, write only the named cells", async () => {
    const read = await h.workbook.readSettings();
    expect(read).toEqual({ thresholds: { ...DEFAULT_THRESHOLDS }, present: true, split: "none" });
    const before = h.state.snapshot();
    const refused = await h.workbook.writeSettings({ ...DEFAULT_THRESHOLDS, approvalGM: 0.05 });
    expect(refused.written).toBe(false);
    if (!refused.written) expect(refused.problems.map((p) => p.code)).toEqual(["gmBelowLead"]);
    expect(h.state.snapshot()).toEqual(before);
    const ok = await h.workbook.writeSettings({ ...DEFAULT_THRESHOLDS, alertShortfall: 0.3 });
    expect(ok).toEqual({ written: true, syncs: 3 });
    expect(h.state.getValue("设置", "B8")).toBe(0.3);
    // 点击率 −25% and 复购率 −20% are no longer alerts at 30%; nothing else changed.
    expect(h.state.getValues("效果监控", "J2:J3")).toEqual([["预警"], ["预警"]]);
    const after = h.state.snapshot();
    const changed = after.sheets.flatMap((s, i) =>
      s.values.flatMap((row, r) =>
        row.map((v, c) => (v !== before.sheets[i].values[r]?.[c] ? `${s.name}!${r},${c}` : null)).filter(Boolean),
      ),
    );
    expect(changed).toEqual(["效果监控!1,9", "效果监控!2,9", "设置!7,1"]);
  });

  it("settings without a settings sheet: defaults shown, writing creates it", async () => {
    const fresh = setup();
    try {
      expect(await fresh.workbook.readSettings()).toEqual({
        thresholds: { ...DEFAULT_THRESHOLDS },
        present: false,
        split: "none",
        splitNote: { code: "splitCellMissing", params: {} },
      });
      const w = await fresh.workbook.writeSettings({ ...DEFAULT_THRESHOLDS, minROI: 2 });
      expect(w.written).toBe(true);
      expect((await fresh.workbook.readSettings()).thresholds.minROI).toBe(2);
    } finally {
      fresh.uninstall();
    }
  });
});
