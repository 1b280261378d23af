import { checkPlan } from "../../../src/domain/check";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../../src/domain/settings/thresholds";
import type { Finding } from "../../../src/domain/findings";
import { sheetGrid } from "../helpers/golden-grids";

const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.address}`);
// Contingency rules off unless a test is about them, so each test sees only its own rule.
const t: Thresholds = { ...DEFAULT_THRESHOLDS, reserveMin: 0, reserveMax: 1 };
const line = (budget: unknown, actual: unknown, extra: Record<string, unknown> = {}) => ({
  category: "推广费用",
  item: "项",
  budget,
  actual,
  explanation: "说明",
  approver: "李总监",
  ...extra,
});
const check = (lines: Record<string, unknown>[], th: Thresholds = t) =>
  checkPlan({ budget: sheetGrid("budget", lines), thresholds: th });

describe("approval", () => {
  test("an overrun needing approval without an approver, at the approver cell", () => {
    const r = check([
      line(10, 11.5, { approver: "" }),
      line(10, 16, { approver: "" }),
      line(10, 16),
      line(10, 11, { approver: "" }),
    ]);
    expect(codes(r.findings)).toEqual(["approverMissing@预算分配!K2", "approverMissing@预算分配!K3"]);
    expect(r.findings.map((f) => f.params.level)).toEqual(["lead", "gm"]);
    expect(r.findings[0].params.variancePct).toBeCloseTo(0.15, 12);
  });

  test("the boundary: exactly 10% needs none, just above needs the lead", () => {
    expect(check([line(1.0, 1.1, { approver: "" })]).findings).toEqual([]);
    expect(codes(check([line(1.0, 1.1000001, { approver: "" })]).findings)).toEqual(["approverMissing@预算分配!K2"]);
  });

  test("the thresholds come from the settings", () => {
    expect(check([line(10, 11.5, { approver: "" })], { ...t, approvalLead: 0.2, approvalGM: 0.5 }).findings).toEqual(
      [],
    );
  });

  test("spend without a budget needs the general manager and an explanation", () => {
    const r = check([line(0, 2, { approver: "", explanation: "" })]);
    expect(codes(r.findings)).toEqual(["explanationMissing@预算分配!J2", "approverMissing@预算分配!K2"]);
    expect(r.findings[1].params).toMatchObject({ level: "gm", unbudgeted: "yes" });
  });

  test("columnMissing: without an approver column it is reported once, at the header, never in another column", () => {
    const grid = sheetGrid("budget", [line(10, 13)]);
    const cut = {
      ...grid,
      values: grid.values.map((r) => r.slice(0, 10)),
      formulas: grid.formulas!.map((r) => r.slice(0, 10)),
    };
    const r = checkPlan({ budget: cut, thresholds: t });
    expect(codes(r.findings)).toEqual(["columnMissing@预算分配!A1:J1"]);
    expect(r.findings[0].params).toMatchObject({ column: "approver", optional: "yes", rows: 1 });
  });
});

describe("explanation", () => {
  test("a variance beyond the threshold without explanation, either direction", () => {
    const r = check([
      line(10, 8, { explanation: "" }),
      line(10, 12, { explanation: " ", approver: "x" }),
      line(10, 9, { explanation: "" }),
    ]);
    expect(codes(r.findings)).toEqual(["explanationMissing@预算分配!J2", "explanationMissing@预算分配!J3"]);
    expect(r.findings[0].params).toMatchObject({ variance: -2, variancePct: -0.2, threshold: 0.1 });
  });

  test("exactly at the threshold needs none; the materiality floor holds small amounts back", () => {
    expect(check([line(10, 11, { explanation: "" })]).findings).toEqual([]);
    expect(check([line(10, 8, { explanation: "" })], { ...t, explainMinAmount: 2.5 }).findings).toEqual([]);
    expect(codes(check([line(10, 7.5, { explanation: "" })], { ...t, explainMinAmount: 2.5 }).findings)).toEqual([
      "explanationMissing@预算分配!J2",
    ]);
  });

  test("nothing spent yet: no variance, nothing to explain or approve", () => {
    expect(check([line(10, "", { explanation: "", approver: "" })]).findings).toEqual([]);
  });
});

test("negative amounts", () => {
  const r = check([line(-5, 1), line(5, -1)]);
  expect(codes(r.findings)).toEqual(["negativeAmount@预算分配!D2", "negativeAmount@预算分配!E3"]);
});

describe("contingency share", () => {
  const th: Thresholds = { ...DEFAULT_THRESHOLDS };
  const reserve = (others: number, contingency: number) =>
    check([line(others, "", {}), { category: "应急预算", item: "应急", budget: contingency }], th);

  test.each([
    [90, 10],
    [85, 15],
    [88, 12],
  ])("others %p, contingency %p: within the range", (others, contingency) => {
    expect(reserve(others, contingency).findings).toEqual([]);
  });

  test.each([
    [90.1, 9.9],
    [84.9, 15.1],
  ])("others %p, contingency %p: reported at the contingency amount", (others, contingency) => {
    const r = reserve(others, contingency);
    expect(codes(r.findings)).toEqual(["contingencyOutOfRange@预算分配!D3"]);
    expect(r.findings[0].params.share).toBeCloseTo(contingency / (others + contingency), 12);
  });

  test("contingency typed in English counts too", () => {
    expect(check([line(90, ""), { category: "Contingency", item: "x", budget: 10 }], th).findings).toEqual([]);
  });

  test("an empty budget has no share to judge", () => {
    expect(check([], th).findings).toEqual([]);
    expect(check([], th).summary.contingencyShare).toBeNull();
  });
});

describe("summary", () => {
  test("approvals due by level; variance only over lines with an actual", () => {
    const s = check([line(10, 11.5), line(10, 16), line(10, 17), line(10, ""), line(0, 0)]).summary;
    expect(s.approvalsDue).toEqual({ lead: 1, gm: 2 });
    expect(s.totalBudget).toBe(40);
    expect(s.totalActual).toBeCloseTo(11.5 + 16 + 17, 10);
    expect(s.variance).toBeCloseTo(1.5 + 6 + 7, 10);
  });

  test("categories outside the list keep their text", () => {
    const s = check([line(30, 0), { category: "差旅费", item: "x", budget: 10 }]).summary;
    expect(s.categoryShare).toEqual([
      { category: "promotion", label: "推广费用", budget: 30, share: 0.75 },
      { category: "差旅费", label: "差旅费", budget: 10, share: 0.25 },
    ]);
  });
});

test("amounts so large their sum overflows: shares stay right, no false contingency finding", () => {
  const r = check([line(8.5e307, ""), { category: "应急预算", item: "应急", budget: 1.5e307 }, line(8.5e307, "")], {
    ...DEFAULT_THRESHOLDS,
    reserveMin: 0.05,
    reserveMax: 0.1,
  });
  expect(r.findings).toEqual([]); // 1.5 / 18.5 ≈ 8.1%
  expect(r.summary.contingencyShare).toBeCloseTo(1.5 / 18.5, 12);
  expect(Number.isFinite(r.summary.totalBudget)).toBe(true);
});

describe("columnMissing for the 差异分析 column", () => {
  const withoutExplanation = (lines: Record<string, unknown>[]) => {
    const grid = sheetGrid("budget", lines);
    const drop = (r: readonly unknown[]) => [...r.slice(0, 9), ...r.slice(10)];
    return checkPlan({
      budget: { ...grid, values: grid.values.map(drop), formulas: grid.formulas!.map(drop) },
      thresholds: t,
    });
  };

  test("deleted while two lines need an explanation: one columnMissing, nothing at G (差异率) or anywhere else", () => {
    const r = withoutExplanation([line(10, 8), line(10, 12.5, { approver: "x" })]);
    expect(codes(r.findings)).toEqual(["columnMissing@预算分配!A1:J1"]);
    expect(r.findings[0].params).toMatchObject({ column: "explanation", rows: 2 });
  });

  test("deleted while no line needs one: nothing to report", () => {
    expect(withoutExplanation([line(10, 10.5)]).findings).toEqual([]);
  });
});
