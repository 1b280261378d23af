import {
  BUDGET_CATEGORIES,
  DIRECTION_ITEMS,
  FREQUENCIES,
  NUMBER_FORMATS,
  SHEET_SCHEMAS,
  PLAN_SHEET_KEYS,
  columnDef,
  evaluateComputed,
  findListItem,
  normalizeLabel,
  sheetHeaders,
  sheetKeyFromName,
  sheetKeyFromTable,
  headerSpellings,
  sheetColumns,
} from "../../../src/domain/schema";
import { parseDirection } from "../../../src/domain/calc/direction";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/settings/thresholds";

describe("computed columns", () => {
  test("budget computes variance, variance %, effect, approval; monitoring deviation and status; nothing else is computed", () => {
    const computed = PLAN_SHEET_KEYS.flatMap((s) =>
      sheetColumns(s)
        .filter((c) => c.type === "computed")
        .map((c) => `${s}.${c.key}`),
    );
    expect(computed).toEqual([
      "budget.variance",
      "budget.variancePct",
      "budget.effect",
      "budget.approval",
      "monitoring.deviation",
      "monitoring.status",
    ]);
  });

  test("each computed column names input columns of its own sheet and thresholds that exist", () => {
    for (const s of PLAN_SHEET_KEYS) {
      const keys = sheetColumns(s).map((c) => c.key);
      for (const c of sheetColumns(s).filter((d) => d.computed)) {
        for (const input of c.computed!.inputs) expect(keys).toContain(input);
        for (const t of c.computed!.thresholds) expect(Object.keys(DEFAULT_THRESHOLDS)).toContain(t);
        expect(c.computed!.description["zh-CN"]).not.toBe("");
        expect(c.computed!.description["en-US"]).not.toBe("");
      }
    }
  });

  test("approval uses the approval thresholds, status the alert/tolerance thresholds", () => {
    expect(columnDef("budget", "approval").computed!.thresholds).toEqual(["approvalLead", "approvalGM"]);
    expect(columnDef("monitoring", "status").computed!.thresholds).toEqual(["alertShortfall", "onTrackTolerance"]);
  });

  test("evaluateComputed follows the row's inputs", () => {
    const t = DEFAULT_THRESHOLDS;
    expect(evaluateComputed("variance", { actual: 11, budget: 10 }, t)).toEqual({ kind: "ok", value: 1 });
    expect(evaluateComputed("variancePct", { actual: 4.5, budget: 5 }, t)).toEqual({ kind: "ok", value: -0.1 });
    expect(evaluateComputed("effect", { actual: 18, budget: 20 }, t)).toEqual({ kind: "ok", value: "favourable" });
    expect(evaluateComputed("approval", { actual: 16, budget: 10 }, t)).toEqual({ kind: "ok", value: "gm" });
    expect(evaluateComputed("deviation", { actual: "", target: 5 }, t)).toEqual({ kind: "blank" });
    expect(evaluateComputed("status", { actual: 11, target: 10, direction: "≤" }, t)).toEqual({
      kind: "ok",
      value: "warning",
    });
  });
});

describe("display formats", () => {
  test("money columns in 万元 with 2 decimals, rates as percent, dates as dates", () => {
    expect(NUMBER_FORMATS[columnDef("budget", "budget").format]).toBe("#,##0.00");
    expect(NUMBER_FORMATS[columnDef("budget", "variance").format]).toBe("#,##0.00");
    expect(NUMBER_FORMATS[columnDef("strategies", "cost").format]).toBe("#,##0.00");
    expect(columnDef("budget", "variancePct").format).toBe("percent");
    expect(columnDef("monitoring", "deviation").format).toBe("percent");
    expect(columnDef("strategies", "due").format).toBe("date");
    expect(NUMBER_FORMATS.date).toBe("yyyy-mm-dd");
    expect(NUMBER_FORMATS.roi).toBe('"1:"0.0');
    expect(NUMBER_FORMATS.integer).toBe("0");
  });

  test("the monitoring period column is text, so Excel does not turn 2026-01 into a date", () => {
    expect(NUMBER_FORMATS[columnDef("monitoring", "period").format]).toBe("@");
  });

  test("every money column reads amounts as money, every other number column as a metric", () => {
    for (const s of PLAN_SHEET_KEYS) {
      for (const c of sheetColumns(s).filter((d) => d.type === "number")) {
        expect(c.numberKind).toBe(c.format === "money" ? "money" : "metric");
      }
    }
  });
});

describe("headers", () => {
  test("new tables get the headers of their language", () => {
    expect(sheetHeaders("budget", "zh-CN").slice(0, 4)).toEqual(["项目类别", "明细科目", "关联策略", "预算金额(万元)"]);
    expect(sheetHeaders("monitoring", "en-US").slice(-3)).toEqual(["Deviation", "Status", "Improvement"]);
  });

  test("no two columns of a sheet share a header spelling (the reader could not tell them apart)", () => {
    for (const s of PLAN_SHEET_KEYS) {
      const spellings = sheetColumns(s).flatMap((c) => [...new Set(headerSpellings(c))].map((h) => `${h}`));
      expect(new Set(spellings).size).toBe(spellings.length);
    }
  });

  test("normalizeLabel ignores full-width brackets, spaces, case and a required marker", () => {
    expect(normalizeLabel("预算金额（万元）")).toBe(normalizeLabel("预算金额(万元)"));
    expect(normalizeLabel(" Budget  (10K) ")).toBe(normalizeLabel("Budget (10k)"));
    expect(normalizeLabel("具体指标*")).toBe("具体指标");
    expect(normalizeLabel("具体指标")).not.toBe(normalizeLabel("具体"));
  });
});

describe("lists", () => {
  test("entries are found by key, either language, Traditional Chinese and case", () => {
    expect(findListItem(BUDGET_CATEGORIES, "应急预算")?.key).toBe("contingency");
    expect(findListItem(BUDGET_CATEGORIES, "contingency")?.key).toBe("contingency");
    expect(findListItem(BUDGET_CATEGORIES, " CONTINGENCY ")?.key).toBe("contingency");
    expect(findListItem(BUDGET_CATEGORIES, "應急預算")?.key).toBe("contingency");
    expect(findListItem(FREQUENCIES, "週")?.key).toBe("weekly");
    expect(findListItem(FREQUENCIES, "季")?.key).toBe("quarterly");
    expect(findListItem(FREQUENCIES, "年")).toBeUndefined();
    expect(findListItem(BUDGET_CATEGORIES, "")).toBeUndefined();
    expect(findListItem(BUDGET_CATEGORIES, "差旅")).toBeUndefined();
  });

  test("the direction list reads every spelling parseDirection accepts, to the same direction", () => {
    for (const spelling of ["≥", ">=", "≧", "＞＝", ">", "＞", "≤", "<=", "≦", "＜＝", "<", "＜", "=", "==", "＝"]) {
      const d = parseDirection(spelling);
      expect(d.kind).toBe("ok");
      expect(findListItem(DIRECTION_ITEMS, spelling)?.key).toBe((d as { value: string }).value);
    }
  });

  test("every list entry has both labels and a unique key", () => {
    for (const s of PLAN_SHEET_KEYS) {
      for (const c of sheetColumns(s).filter((d) => d.list)) {
        const keys = c.list!.map((i) => i.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const i of c.list!) {
          expect(i.label["zh-CN"]).not.toBe("");
          expect(i.label["en-US"]).not.toBe("");
        }
      }
    }
  });
});

describe("sheet lookup", () => {
  test.each([
    ["预算分配", "budget"],
    ["Budget", "budget"],
    ["預算分配", "budget"],
    [" monitoring ", "monitoring"],
    ["设置", "settings"],
    ["設定", "settings"],
    ["Sheet1", undefined],
  ])("%s → %s", (name, key) => {
    expect(sheetKeyFromName(name)).toBe(key);
  });

  test("tables by name", () => {
    expect(sheetKeyFromTable("PlanBudget")).toBe("budget");
    expect(sheetKeyFromTable("planmonitoring")).toBe("monitoring");
    expect(sheetKeyFromTable("Table1")).toBeUndefined();
    expect(SHEET_SCHEMAS.goals.table).toBe("PlanGoals");
  });
});
