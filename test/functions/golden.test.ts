/**
 * The framework's worked example (the spec's golden-example.json, read from
 * ../shared beside the repository) through the PLAN.* functions: every expected value.
 */
import { loadGolden } from "../domain/helpers/spec-files";
import { approval, deviation, explain, roi, status, variance, variancePct } from "../../src/functions/functions";
import { setFunctionsLang } from "../../src/functions/lang";
import { formatRoi } from "../../src/domain/calc/roi";
import { APPROVAL_LABELS, STATUS_LABELS, labelKey } from "../../src/domain/labels";
import { col, m, only } from "./helpers";

const golden = loadGolden();
const T = golden.thresholds;

afterEach(() => setFunctionsLang(undefined));

describe("budget lines", () => {
  describe.each(golden.budget.map((b) => [`${b.category} / ${b.item}`, b] as const))("%s", (_name, line) => {
    test("variance, variance % and explanation", () => {
      expect(only(variance(m(line.actual), m(line.budget)))).toBeCloseTo(line.expect.variance, 12);
      expect(only(variancePct(m(line.actual), m(line.budget)))).toBeCloseTo(line.expect.variancePct, 12);
      expect(only(explain(m(line.actual), m(line.budget)))).toBe(line.expect.needsExplanation);
      expect(only(explain(m(line.actual), m(line.budget), m(T.PlanExplainAbove), m(0)))).toBe(
        line.expect.needsExplanation,
      );
    });

    test("approval level, with default and with the workbook's thresholds, in both languages", () => {
      const expected = line.expect.approval as keyof typeof APPROVAL_LABELS;
      setFunctionsLang("zh-CN");
      expect(only(approval(m(line.actual), m(line.budget)))).toBe(APPROVAL_LABELS[expected]["zh-CN"]);
      setFunctionsLang("en-US");
      const en = only(approval(m(line.actual), m(line.budget), m(T.PlanApprovalLead), m(T.PlanApprovalGM)));
      expect(en).toBe(APPROVAL_LABELS[expected]["en-US"]);
      expect(labelKey(APPROVAL_LABELS, en)).toBe(expected);
    });
  });

  test("the whole budget table as columns spills one result per line", () => {
    const actual = col(...golden.budget.map((b) => b.actual));
    const budget = col(...golden.budget.map((b) => b.budget));
    expect(variance(actual, budget)).toEqual(golden.budget.map((b) => [b.expect.variance]));
    expect(variancePct(actual, budget)).toEqual(golden.budget.map((b) => [b.expect.variancePct]));
    expect(explain(actual, budget, m(T.PlanExplainAbove))).toEqual(
      golden.budget.map((b) => [b.expect.needsExplanation]),
    );
    setFunctionsLang("en-US");
    expect(approval(actual, budget)).toEqual(
      golden.budget.map((b) => [APPROVAL_LABELS[b.expect.approval as "none"]["en-US"]]),
    );
  });
});

describe("monitoring rows", () => {
  describe.each(golden.monitoring.map((r) => [`${r.period} ${r.metric}`, r] as const))("%s", (_name, r) => {
    test("deviation", () => {
      expect(only(deviation(m(r.actual), m(r.target)))).toBeCloseTo(r.expect.deviation, 12);
      expect(only(deviation(m(r.actual), m(r.target)))).toBe(r.expect.deviation); // cleaned of binary noise
    });

    test("status in both languages", () => {
      const key = labelKey(STATUS_LABELS, r.expect.status)!;
      expect(key).toBeDefined();
      setFunctionsLang("en-US");
      expect(only(status(m(r.actual), m(r.target), m(r.direction)))).toBe(r.expect.status);
      expect(
        only(status(m(r.actual), m(r.target), m(r.direction), m(T.PlanAlertShortfall), m(T.PlanOnTrackTolerance))),
      ).toBe(r.expect.status);
      setFunctionsLang("zh-CN");
      expect(only(status(m(r.actual), m(r.target)))).toBe(STATUS_LABELS[key]["zh-CN"]);
    });
  });

  test("the monitoring table as columns", () => {
    setFunctionsLang("en-US");
    const actual = col(...golden.monitoring.map((r) => r.actual));
    const target = col(...golden.monitoring.map((r) => r.target));
    const direction = col(...golden.monitoring.map((r) => r.direction));
    expect(deviation(actual, target)).toEqual(golden.monitoring.map((r) => [r.expect.deviation]));
    expect(status(actual, target, direction)).toEqual(golden.monitoring.map((r) => [r.expect.status]));
  });
});

describe("ROI", () => {
  type RoiCase = Record<string, unknown> & { expect: Record<string, number | string> };
  const [plan, kol] = golden.roi as RoiCase[];

  test("whole plan: ratio 3.6 shown 1:3.6, net 2.6", () => {
    const ratio = only(roi(m(plan.revenue), m(plan.cost)));
    expect(ratio).toBe(plan.expect.ratio);
    expect(only(roi(m(plan.revenue), m(plan.cost), m("ratio")))).toBe(plan.expect.ratio);
    expect(formatRoi(ratio as number)).toBe(plan.expect.display);
    expect(only(roi(m(plan.revenue), m(plan.cost), m("net")))).toBe(plan.expect.net);
    expect(only(roi(m(plan.revenue), m(plan.cost), m("净收益")))).toBe(plan.expect.net);
  });

  test("KOL seeding 1:3.5 against an expected 1:4 deviates by −12.5%", () => {
    expect(only(deviation(m(kol.actualRatio), m(kol.expectedRatio)))).toBe(kol.expect.deviation);
  });
});
