import { GOLDEN_EXAMPLE, exampleRows, exampleThresholds } from "../../../src/domain/example";
import { readSheet, type SheetGrid } from "../../../src/domain/read";
import { PLAN_SHEET_KEYS, SHEET_NAMES, sheetHeaders, type PlanSheetKey } from "../../../src/domain/schema";
import { rowInSchemaOrder } from "../../../src/domain/write";
import { checkPlan } from "../../../src/domain/check";
import { loadGolden } from "../helpers/spec-files";

const golden = loadGolden();

/** The JSON's input fields: everything but the expected values. */
function inputsOf(records: Record<string, unknown>[]) {
  return records.map(({ expect: _expected, ...fields }) => fields);
}

test("the shipped example is the spec's golden example, field for field", () => {
  expect(GOLDEN_EXAMPLE.goals).toEqual(inputsOf(golden.goals));
  expect(GOLDEN_EXAMPLE.strategies).toEqual(inputsOf(golden.strategies));
  expect(GOLDEN_EXAMPLE.budget).toEqual(inputsOf(golden.budget));
  expect(GOLDEN_EXAMPLE.monitoring).toEqual(inputsOf(golden.monitoring));
  expect(GOLDEN_EXAMPLE.thresholds).toEqual(golden.thresholds);
});

test("thresholds by their workbook names; a name the example leaves out keeps its default", () => {
  const t = exampleThresholds(GOLDEN_EXAMPLE);
  expect(t).toMatchObject({
    approvalLead: golden.thresholds.PlanApprovalLead,
    approvalGM: golden.thresholds.PlanApprovalGM,
    minROI: golden.thresholds.PlanMinROI,
    streakPeriods: golden.thresholds.PlanStreakPeriods,
  });
  expect(t.explainMinAmount).toBe(0);
});

describe("example rows", () => {
  const rows = exampleRows(GOLDEN_EXAMPLE);

  test("list entries become keys, links id lists", () => {
    expect(rows.goals.map((g) => [g.dimension, g.period, g.direction])).toEqual([
      ["brand", "monthly", "≥"],
      ["sales", "monthly", "≥"],
      ["user", "monthly", "≥"],
    ]);
    expect(rows.strategies.map((s) => [s.strategy, s.goalId])).toEqual([
      ["promotion", ["G1"]],
      ["channel", ["G2"]],
      ["product", ["G3"]],
    ]);
    expect(rows.budget.map((b) => b.category)).toEqual(["channel", "promotion", "materials"]);
    expect(rows.monitoring.map((m) => m.frequency)).toEqual(["weekly", "monthly", "quarterly"]);
  });

  test("an entry in no list is a mistake in the data", () => {
    expect(() => exampleRows({ ...GOLDEN_EXAMPLE, budget: [{ category: "差旅", item: "x", budget: 1 }] })).toThrow(
      /差旅/,
    );
  });

  describe.each([["zh-CN"], ["en-US"]] as const)("written in %s and read back", (lang) => {
    const grids = Object.fromEntries(
      PLAN_SHEET_KEYS.map((sheet) => {
        const written = (rows[sheet] as Record<string, unknown>[]).map((r) => rowInSchemaOrder(sheet, r, lang));
        return [
          sheet,
          { sheetName: SHEET_NAMES[sheet][lang], values: [sheetHeaders(sheet, lang), ...written] } satisfies SheetGrid,
        ];
      }),
    ) as unknown as Record<PlanSheetKey, SheetGrid>;

    test.each(PLAN_SHEET_KEYS.map((s) => [s]))("%s: the same rows, no findings", (sheet) => {
      const read = readSheet(sheet, grids[sheet]);
      expect(read.findings).toEqual([]);
      const back = read.rows.map((r) =>
        Object.fromEntries(
          Object.entries(r.cells)
            .filter(([, c]) => c!.state === "value")
            .map(([k, c]) => [k, c!.value]),
        ),
      );
      expect(back).toEqual(rows[sheet]);
    });

    test("list words are the language's, dates Excel serials", () => {
      const budget = grids.budget.values[1];
      expect(budget[0]).toBe(lang === "zh-CN" ? "渠道费用" : "Channel");
      expect(grids.strategies.values[1][5]).toBe(46032); // 2026-01-10
      expect(grids.budget.values[1][5]).toBeNull(); // computed: left to the formula
    });

    test("the plan check over the written example gives what the hand-built golden sheets give", () => {
      const r = checkPlan({ ...grids, thresholds: exampleThresholds(GOLDEN_EXAMPLE), lang });
      // The framework's tables as printed: no contingency line, and no monitoring row names its goal.
      expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
        "goalWithoutMetric@A2",
        "goalWithoutMetric@A3",
        "goalWithoutMetric@A4",
        "contingencyOutOfRange@D1",
      ]);
      const count = (status: string) => golden.monitoring.filter((m) => m.expect.status === status).length;
      expect(r.summary.metricsByStatus).toEqual({
        onTrack: count("On track"),
        warning: count("Warning"),
        alert: count("Alert"),
        notReported: 0,
      });
    });
  });
});
