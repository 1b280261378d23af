import { loadGolden } from "../helpers/spec-files";
import {
  approvalLevel,
  deviation,
  formatRoi,
  needsExplanation,
  roi,
  status,
  variance,
  variancePct,
} from "../../../src/domain/calc";
import { STATUS_LABELS, labelKey } from "../../../src/domain/labels";

const golden = loadGolden();
const th = golden.thresholds;

/** Expected values come from the JSON on disk; the domain computes everything else. */
describe.each(golden.budget.map((b) => [`${b.category} / ${b.item}`, b] as const))("budget line %s", (_name, line) => {
  const { actual, budget, expect: want } = line;
  test("variance", () => expect(variance(actual, budget)).toEqual({ kind: "ok", value: want.variance }));
  test("variance %", () => expect(variancePct(actual, budget)).toEqual({ kind: "ok", value: want.variancePct }));
  test("approval", () =>
    expect(approvalLevel(actual, budget, th.PlanApprovalLead, th.PlanApprovalGM)).toEqual({
      kind: "ok",
      value: want.approval,
    }));
  test("needs explanation", () =>
    expect(needsExplanation(actual, budget, th.PlanExplainAbove, th.PlanExplainMinAmount)).toEqual({
      kind: "ok",
      value: want.needsExplanation,
    }));
});

describe.each(golden.monitoring.map((m) => [`${m.metric} ${m.period}`, m] as const))("monitoring %s", (_name, row) => {
  test("deviation", () =>
    expect(deviation(row.actual, row.target)).toEqual({ kind: "ok", value: row.expect.deviation }));
  test("status", () => {
    const s = status(row.actual, row.target, row.direction, th.PlanAlertShortfall, th.PlanOnTrackTolerance);
    expect(s.kind).toBe("ok");
    expect((s as { value: string }).value).toBe(labelKey(STATUS_LABELS, row.expect.status));
  });
});

describe("ROI", () => {
  const plan = golden.roi[0] as {
    cost: number;
    revenue: number;
    expect: { ratio: number; display: string; net: number };
  };
  const kol = golden.roi[1] as { actualRatio: number; expectedRatio: number; expect: { deviation: number } };

  test("whole plan: ratio, its display and the net return", () => {
    const r = roi(plan.revenue, plan.cost);
    expect(r).toEqual({ kind: "ok", value: plan.expect.ratio });
    expect(formatRoi((r as { value: number }).value)).toBe(plan.expect.display);
    expect(roi(plan.revenue, plan.cost, "net")).toEqual({ kind: "ok", value: plan.expect.net });
  });

  test("KOL seeding against its expected ratio", () => {
    expect(deviation(kol.actualRatio, kol.expectedRatio)).toEqual({ kind: "ok", value: kol.expect.deviation });
  });
});
