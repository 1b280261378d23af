/** Weekly entry: one new row per metric for the period, never twice, actual selected for typing. */
import { planFormula } from "../../src/domain/formulas/plan-style";
import { setup, type Harness } from "./harness";

const M = "效果监控";

describe("rows for a new period", () => {
  let h: Harness;
  beforeEach(async () => {
    h = setup();
    await h.workbook.create({
      lang: "zh-CN",
      sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
      example: true,
      style: "plan",
    });
  });
  afterEach(() => h.uninstall());

  it("appends the weekly metric for 2026-W06 with its target, blank actual and formulas, and selects the actual", async () => {
    const r = await h.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" });
    expect(r).toEqual({ added: 1, skipped: 0, firstActualAddress: "效果监控!H5", syncs: 3 });
    expect(h.state.table("PlanMonitoring")!.rowCount).toBe(4);
    expect(h.state.getValues(M, "A5:K5")).toEqual([
      ["2026-W06", "点击率", "G3", "KOL后台数据", "周", "≥", 0.02, "", "", "", ""],
    ]);
    expect(h.state.getFormula(M, "I5")).toBe(
      planFormula({ kind: "deviation", cells: { actual: "H5", target: "G5" }, lang: "zh-CN" }),
    );
    expect(h.state.getFormula(M, "J5")).toBe(
      planFormula({ kind: "status", cells: { actual: "H5", target: "G5", direction: "F5" }, lang: "zh-CN" }),
    );
    expect(h.state.selection()).toBe("效果监控!H5");
    expect(h.state.activeSheet()).toBe(M);
    // The manager types this week's actual: the row calculates.
    h.state.setCell(M, "H5", 0.021);
    expect(h.state.getValues(M, "I5:J5")).toEqual([[0.05, "达标"]]);
  });

  it("never adds a period twice", async () => {
    await h.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" });
    const again = await h.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" });
    expect(again).toEqual({ added: 0, skipped: 1, firstActualAddress: null, syncs: 2 });
    expect(h.state.table("PlanMonitoring")!.rowCount).toBe(4);
    const existing = await h.workbook.addPeriodRows({ frequency: "monthly", period: "2026-01", lang: "zh-CN" });
    expect(existing.added).toBe(0);
  });

  it("monthly and quarterly metrics get their own periods; the check sees no problems in the new rows", async () => {
    expect(
      (await h.workbook.addPeriodRows({ frequency: "monthly", period: "2026-02", lang: "zh-CN" })).firstActualAddress,
    ).toBe("效果监控!H5");
    expect(
      (await h.workbook.addPeriodRows({ frequency: "quarterly", period: "2026-Q2", lang: "zh-CN" })).firstActualAddress,
    ).toBe("效果监控!H6");
    expect(h.state.getValues(M, "A5:B6")).toEqual([
      ["2026-02", "复购率"],
      ["2026-Q2", "品牌美誉度"],
    ]);
    const check = await h.workbook.check();
    expect(check.findings.filter((f) => f.address.startsWith("效果监控!") && /[56]$/.test(f.address))).toEqual([]);
    expect(check.summary.metricsByStatus.notReported).toBe(2);
  });

  it("rejects a period of another frequency and reports a missing table", async () => {
    await expect(
      h.workbook.addPeriodRows({ frequency: "weekly", period: "2026-02", lang: "zh-CN" }),
    ).rejects.toMatchObject({
      code: "frequencyMismatch",
      params: { period: "2026-02", frequency: "weekly" },
    });
    const empty = setup();
    try {
      await expect(
        empty.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" }),
      ).rejects.toMatchObject({
        code: "noMonitoringTable",
      });
    } finally {
      empty.uninstall(); // puts this test's double back
    }
  });
});
