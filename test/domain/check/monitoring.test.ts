import { checkPlan } from "../../../src/domain/check";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../../src/domain/settings/thresholds";
import type { Finding } from "../../../src/domain/findings";
import { sheetGrid } from "../helpers/golden-grids";

const t: Thresholds = DEFAULT_THRESHOLDS;
const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.address}`);
const only = (code: string) => (fs: readonly Finding[]) => codes(fs.filter((f) => f.code === code));
const row = (
  period: unknown,
  metric: string,
  target: unknown,
  actual: unknown,
  extra: Record<string, unknown> = {},
) => ({ period, metric, target, actual, action: "措施", ...extra });
const check = (rows: Record<string, unknown>[], th: Thresholds = t, more = {}) =>
  checkPlan({ monitoring: sheetGrid("monitoring", rows), thresholds: th, ...more });

describe("alert without improvement action", () => {
  test("at the action cell; a Warning needs none; status from values, not the sheet's status text", () => {
    const r = check([
      row("2026-W05", "点击率", 0.02, 0.015, { action: "" }), // −25%: Alert
      row("2026-W05", "复购率", 0.15, 0.13, { action: "" }), // −13.3%: Warning
      row("2026-W05", "投诉率", 0.01, 0.0125, { direction: "≤", action: "" }), // 25% over a lower-is-better target: Alert
    ]);
    expect(codes(r.findings)).toEqual(["alertWithoutAction@效果监控!K2", "alertWithoutAction@效果监控!K4"]);
    expect(r.findings[0].params).toMatchObject({ metric: "点击率", period: "2026-W05", deviation: -0.25 });
  });

  test("exactly at the alert shortfall is an Alert; just inside is not", () => {
    expect(codes(check([row("2026-01", "复购率", 0.15, 0.12, { action: "" })]).findings)).toEqual([
      "alertWithoutAction@效果监控!K2",
    ]);
    expect(check([row("2026-01", "复购率", 0.15, 0.1201, { action: "" })]).findings).toEqual([]);
  });

  test("an unreported period (blank actual) is no Alert", () => {
    expect(check([row("2026-W06", "点击率", 0.02, "", { action: "" })]).findings).toEqual([]);
  });
});

describe("strategy adjustment after consecutive periods off track", () => {
  test("the last two periods off track, in period order, one right after the other", () => {
    const r = check([
      row("2026-W06", "点击率", 0.02, 0.012), // Alert (latest)
      row("2026-W03", "点击率", 0.02, 0.021), // On track
      row("2026-W4", "点击率", 0.02, 0.018), // Warning
      row("2026-W05", "点击率", 0.02, 0.015), // Alert
    ]);
    expect(only("adjustmentNeeded")(r.findings)).toEqual(["adjustmentNeeded@效果监控!H2"]);
    expect(r.findings.find((f) => f.code === "adjustmentNeeded")!.params).toMatchObject({
      metric: "点击率",
      count: 2,
      periods: "2026-W05, 2026-W06",
    });
  });

  test("periodMissing: W06 and W08 off track with no W07 row are no streak, and W07 is a missing report", () => {
    const r = check([row("2026-W06", "点击率", 0.02, 0.012), row("2026-W08", "点击率", 0.02, 0.012)]);
    expect(only("adjustmentNeeded")(r.findings)).toEqual([]);
    expect(only("periodMissing")(r.findings)).toEqual(["periodMissing@效果监控!A3"]);
    expect(r.findings.find((f) => f.code === "periodMissing")!.params).toMatchObject({
      metric: "点击率",
      from: "2026-W07",
      to: "2026-W07",
      count: 1,
    });
  });

  test("a W07 row without an actual breaks the streak too, and is no missing period", () => {
    const r = check([
      row("2026-W06", "点击率", 0.02, 0.012),
      row("2026-W07", "点击率", 0.02, ""),
      row("2026-W08", "点击率", 0.02, 0.012),
    ]);
    expect(only("adjustmentNeeded")(r.findings)).toEqual([]);
    expect(only("periodMissing")(r.findings)).toEqual([]);
  });

  test("periodMissing: adjacent periods are fine, across a year end too; a longer gap is one finding with its count", () => {
    expect(
      only("periodMissing")(
        check([row("2026-W53", "点击率", 0.02, 0.02), row("2027-W01", "点击率", 0.02, 0.02)]).findings,
      ),
    ).toEqual([]);
    expect(
      only("periodMissing")(
        check([row("2026-12", "复购率", 0.15, 0.15), row("2027-01", "复购率", 0.15, 0.15)]).findings,
      ),
    ).toEqual([]);
    const r = check([row("2026-01", "复购率", 0.15, 0.15), row("2026-05", "复购率", 0.15, 0.15)]);
    expect(r.findings.map((f) => [f.code, f.params.from, f.params.to, f.params.count])).toEqual([
      ["periodMissing", "2026-02", "2026-04", 3],
    ]);
  });

  test("periodMissing compares rows of one metric and one period kind only", () => {
    const r = check([
      row("2026-W06", "点击率", 0.02, 0.02),
      row("2026-W08", "复购率", 0.15, 0.15),
      row("2026-02", "点击率", 0.02, 0.02),
    ]);
    expect(only("periodMissing")(r.findings)).toEqual([]);
  });

  test("back on track in the latest period: no adjustment", () => {
    const r = check([
      row("2026-W04", "点击率", 0.02, 0.018),
      row("2026-W05", "点击率", 0.02, 0.015),
      row("2026-W06", "点击率", 0.02, 0.02),
    ]);
    expect(only("adjustmentNeeded")(r.findings)).toEqual([]);
  });

  test("weeks order by number, not by text (W9 before W10)", () => {
    const r = check([
      row("2026-W10", "点击率", 0.02, 0.021),
      row("2026-W9", "点击率", 0.02, 0.015),
      row("2026-W8", "点击率", 0.02, 0.015),
    ]);
    expect(only("adjustmentNeeded")(r.findings)).toEqual([]);
  });

  test("across a year boundary and for months, quarters and years", () => {
    const r = check([
      row("2026-W53", "点击率", 0.02, 0.015),
      row("2027-W01", "点击率", 0.02, 0.019),
      row("2026-12", "复购率", 0.15, 0.1),
      row("2026-11", "复购率", 0.15, 0.14),
      row("2026-Q2", "美誉度", 80, 75),
      row("2026-Q1", "美誉度", 80, 79),
      row("2025", "营收", 100, 90),
      row("2026", "营收", 100, 99),
    ]);
    expect(only("adjustmentNeeded")(r.findings)).toEqual([
      "adjustmentNeeded@效果监控!H3",
      "adjustmentNeeded@效果监控!H4",
      "adjustmentNeeded@效果监控!H6",
      "adjustmentNeeded@效果监控!H9",
    ]);
  });

  test("the streak length comes from the settings", () => {
    const rows = [row("2026-W04", "点击率", 0.02, 0.018), row("2026-W05", "点击率", 0.02, 0.015)];
    expect(only("adjustmentNeeded")(check(rows, { ...t, streakPeriods: 3 }).findings)).toEqual([]);
    expect(
      only("adjustmentNeeded")(
        check([row("2026-W03", "点击率", 0.02, 0.019), ...rows], { ...t, streakPeriods: 3 }).findings,
      ),
    ).toEqual(["adjustmentNeeded@效果监控!H4"]);
  });

  test("a single period off track is not a streak", () => {
    expect(only("adjustmentNeeded")(check([row("2026-W05", "点击率", 0.02, 0.015)]).findings)).toEqual([]);
  });

  test("weekly and monthly series of one metric are separate", () => {
    const r = check([row("2026-W05", "点击率", 0.02, 0.015), row("2026-01", "点击率", 0.02, 0.015)]);
    expect(only("adjustmentNeeded")(r.findings)).toEqual([]);
  });
});

describe("ROI below the minimum", () => {
  const goals = sheetGrid("goals", [
    { id: "G1", dimension: "营收", metric: "KOL投放回报", target: 4, unit: "比率", owner: "王经理" },
    { id: "G2", dimension: "品牌", metric: "曝光", target: 100, owner: "李总监" },
  ]);
  const strategies = sheetGrid("strategies", [
    { id: "S1", goalId: "G1", strategy: "推广策略", action: "KOL种草", due: "2026-01-10", owner: "赵专员" },
    { id: "S2", goalId: "G2", strategy: "推广策略", action: "开屏", due: "2026-01-10", owner: "赵专员" },
  ]);

  test("an ROI metric's latest reported actual below the minimum, naming the strategies of its goal", () => {
    const r = check([row("2026-01", "KOL ROI", 4, 1.2, { goalId: "G1" })], t, { goals, strategies });
    expect(only("roiBelowMin")(r.findings)).toEqual(["roiBelowMin@效果监控!H2"]);
    expect(r.findings.find((f) => f.code === "roiBelowMin")!.params).toMatchObject({
      roi: 1.2,
      min: 1.5,
      strategies: "S1",
      period: "2026-01",
    });
  });

  test("recognised by the goal's ratio unit, and by 投资回报 in the name", () => {
    const r = check(
      [row("2026-01", "投放回报", 4, 1.4, { goalId: "G1" }), row("2026-01", "投资回报率", 2, "1:1.3")],
      t,
      { goals, strategies },
    );
    expect(only("roiBelowMin")(r.findings)).toEqual(["roiBelowMin@效果监控!H2", "roiBelowMin@效果监控!H3"]);
  });

  test("exactly the minimum is enough; earlier periods are history", () => {
    const r = check(
      [row("2026-01", "KOL ROI", 4, 1.5), row("2026-02", "ROI", 4, 1.6), row("2026-01", "ROI", 4, 1.0)],
      t,
    );
    expect(only("roiBelowMin")(r.findings)).toEqual([]);
  });

  test("metrics that are not ROI are not judged by it", () => {
    expect(
      only("roiBelowMin")(
        check([row("2026-01", "曝光", 100, 1.2, { goalId: "G2" })], t, { goals, strategies }).findings,
      ),
    ).toEqual([]);
  });
});

describe("rows that cannot be judged", () => {
  test("unreadable periods, a date serial where a period was meant, a repeated period, a zero target", () => {
    const r = check([
      row("上周", "点击率", 0.02, 0.021),
      row(46023, "复购率", 0.15, 0.15),
      row("2026-W05", "美誉度", 80, 80),
      row("2026-W5", "美誉度", 80, 81),
      row("2026-W05", "投诉数", 0, 3),
    ]);
    expect(codes(r.findings)).toEqual([
      "badPeriod@效果监控!A2",
      "badPeriod@效果监控!A3",
      "duplicatePeriod@效果监控!A5",
      "targetZero@效果监控!G6",
    ]);
    expect(r.findings[1].params).toMatchObject({ number: "yes", text: "46023" });
    expect(r.findings[2].params).toMatchObject({ period: "2026-W05", first: "A4" });
  });
});

describe("metrics by status", () => {
  test("each metric once, by its latest period; a blank latest actual is not reported", () => {
    const s = check([
      row("2026-W04", "点击率", 0.02, 0.015), // older Alert
      row("2026-W05", "点击率", 0.02, 0.021), // latest: On track
      row("2026-W05", "复购率", 0.15, 0.13), // Warning
      row("2026-W05", "转化率", 0.05, 0.03), // Alert
      row("2026-W04", "留存率", 0.4, 0.41),
      row("2026-W05", "留存率", 0.4, ""), // latest not reported
      row("2026-W05", "投诉数", 0, 3), // target 0: no status
      row("上周", "满意度", 90, 95), // no readable period
    ]).summary;
    expect(s.metricsByStatus).toEqual({ onTrack: 1, warning: 1, alert: 1, notReported: 3 });
  });
});
