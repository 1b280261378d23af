import { exampleRows, exampleThresholds, workedExample, GOLDEN_EXAMPLE } from "../../../src/domain/example";
import type { SheetGrid } from "../../../src/domain/read";
import { PLAN_SHEET_KEYS, SHEET_NAMES, sheetHeaders, type PlanSheetKey } from "../../../src/domain/schema";
import { rowInSchemaOrder } from "../../../src/domain/write";
import { checkPlan } from "../../../src/domain/check";

const CJK = /[\p{Script=Han}]/u;

function grids(lang: "zh-CN" | "en-US"): Record<PlanSheetKey, SheetGrid> {
  const rows = exampleRows(workedExample(lang));
  return Object.fromEntries(
    PLAN_SHEET_KEYS.map((sheet) => {
      const written = (rows[sheet] as Record<string, unknown>[]).map((r) => rowInSchemaOrder(sheet, r, lang));
      return [
        sheet,
        { sheetName: SHEET_NAMES[sheet][lang], values: [sheetHeaders(sheet, lang), ...written] } satisfies SheetGrid,
      ];
    }),
  ) as unknown as Record<PlanSheetKey, SheetGrid>;
}

describe.each([["zh-CN"], ["en-US"]] as const)("the worked example written in %s", (lang) => {
  test("checks clean, even on a day after every due date: what it shows is in the summary (2 Alerts with actions, 1 Warning)", () => {
    const r = checkPlan({
      ...grids(lang),
      thresholds: exampleThresholds(workedExample(lang)),
      lang,
      asOf: { year: 2030, month: 1, day: 1 },
    });
    expect(r.findings).toEqual([]);
    expect(r.summary.metricsByStatus).toEqual({ onTrack: 0, warning: 1, alert: 2, notReported: 0 });
    expect(r.summary.contingencyShare).toBe(0.125);
  });

  test("the golden numbers are kept: same targets, actuals, budgets", () => {
    const ex = workedExample(lang);
    expect(ex.monitoring.map((m) => [m.target, m.actual])).toEqual(
      GOLDEN_EXAMPLE.monitoring.map((m) => [m.target, m.actual]),
    );
    expect(ex.budget.slice(0, 3).map((b) => [b.budget, b.actual])).toEqual(
      GOLDEN_EXAMPLE.budget.map((b) => [b.budget, b.actual]),
    );
  });
});

test("the en-US example has no Chinese text: metrics, names, actions", () => {
  const texts = JSON.stringify(grids("en-US"));
  expect(texts.match(new RegExp(CJK.source, "gu")) ?? []).toEqual([]);
});

test("the zh-CN example keeps the framework's words", () => {
  expect(workedExample("zh-CN").monitoring.map((m) => m.metric)).toEqual(["点击率", "复购率", "品牌美誉度"]);
});
