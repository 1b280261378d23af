/**
 * The standard formulas against the domain calculations the PLAN.* functions
 * wrap, cell by cell, over an edge grid of valid input (thresholds exactly met
 * and just exceeded on both sides, float noise, blank, budget 0, huge/tiny,
 * every direction, custom thresholds) — evaluated by HyperFormula with smart
 * rounding off, so every floating-point bit counts. Where the standard style
 * deliberately differs (text, negative amounts, odd directions, blank
 * thresholds), the check reports the cell instead: see the last tests.
 */
import { HyperFormula } from "hyperformula";
import type { ComputedKind } from "../../src/domain/schema/column";
import { APPROVAL_LABELS, EFFECT_LABELS, STATUS_LABELS, VARIANCE_PCT_LABELS } from "../../src/domain/labels";
import { DEFAULT_THRESHOLDS, THRESHOLD_DEFS, type Thresholds } from "../../src/domain/settings/thresholds";
import type { Lang } from "../../src/domain/language";
import { standardFormula } from "../../src/domain/formulas/standard-style";
import { computedFormula } from "../../src/domain/formulas";
import { cellA1 as cellAddress } from "../../src/domain/address/a1";
import { checkPlan } from "../../src/domain/check/check-plan";
import { settingsFindings } from "../../src/domain/check/settings-findings";
import { BUDGET_HEADERS_ZH } from "../domain/read/fixtures";
import { fx, grid } from "../domain/helpers/grid";
import { sheetColumns } from "../../src/domain/schema/sheets";
import { formatFinding } from "../../src/domain/findings/messages";
import { expectedShown, sameCell } from "./cell-compare";

type Cell = string | number | boolean | null;

function cellValue(v: unknown): unknown {
  if (v && typeof v === "object" && "value" in (v as object)) return (v as { value: unknown }).value; // DetailedCellError
  return v === null ? "" : v;
}

/** A workbook with a settings sheet holding named thresholds and a data sheet. */
function engine(settings: Partial<Record<keyof Thresholds, Cell>>) {
  // Array constants compute element by element in a plain formula, as in every Excel since 2007 (the status
  // formula's {5,3}); HyperFormula does that only with array arithmetic on, as the Excel double has it.
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  hf.addSheet("设置");
  hf.addSheet("预算分配");
  const s = hf.getSheetId("设置")!;
  THRESHOLD_DEFS.forEach((def, i) => {
    const v = def.key in settings ? settings[def.key] : def.defaultValue;
    hf.setCellContents({ sheet: s, row: i, col: 1 }, [[v as Cell]]);
    hf.addNamedExpression(def.name, `='设置'!$B$${i + 1}`);
  });
  return { hf, data: hf.getSheetId("预算分配")! };
}

/** Input as the cell holds it: an "=…" input is a formula whose value the domain gets. */
const NOISE = "=0.1+0.2";
const valueOf = (v: Cell): Cell => (v === NOISE ? 0.1 + 0.2 : v);

// 万元 amounts: 1.1 / 1.0 is exactly 10% (lead line), 1.5 exactly 50%, and just beyond; 0.3 against 0.1+0.2; budget 0; huge and tiny.
const MONEY: Cell[] = [
  null,
  0,
  1,
  1.1,
  1.0000000001,
  1.5,
  1.50000001,
  1.6,
  0.3,
  NOISE,
  4.5,
  5,
  5.5,
  7.5,
  7.50001,
  10,
  11,
  15,
  18,
  20,
  123456789.123,
  1e-7,
];
const METRIC: Cell[] = [
  null,
  0,
  0.015,
  0.02,
  0.12,
  0.15,
  75,
  80,
  96,
  100,
  120,
  0.3,
  0.1,
  NOISE,
  0.8,
  0.84,
  0.76,
  0.95,
  -10,
  -5,
  -12,
  1e12,
];
const DIRECTIONS: Cell[] = [null, "≥", "≤", "="];

const SETTINGS: Partial<Record<keyof Thresholds, Cell>>[] = [
  {},
  { approvalLead: 0.05, alertShortfall: 0.05, onTrackTolerance: 0.04 },
  { approvalGM: 0.1, onTrackTolerance: 0.2 },
  { approvalLead: 0, approvalGM: 0.3, alertShortfall: 0.16, onTrackTolerance: 0.05 },
];

function pairs<T>(xs: T[], ys: T[]): [T, T][] {
  return xs.flatMap((x) => ys.map((y) => [x, y] as [T, T]));
}

const CASES: [Lang, number][] = [
  ...SETTINGS.map((_s, i) => ["zh-CN", i] as [Lang, number]),
  ["en-US", 0],
  ["en-US", 1],
];

describe("standard formulas equal the domain calculations on valid input", () => {
  it.each(CASES)("budget columns, %s, settings #%d", (lang, i) => {
    const { hf, data } = engine(SETTINGS[i]);
    const t = { ...DEFAULT_THRESHOLDS, ...SETTINGS[i] } as Thresholds;
    const rows = pairs(MONEY, MONEY); // [actual, budget]
    const kinds: ComputedKind[] = ["variance", "variancePct", "effect", "approval"];
    const content = rows.map(([actual, budget], r) => {
      const cells = { actual: cellAddress(r, 0), budget: cellAddress(r, 1), variancePct: cellAddress(r, 3) };
      return [actual, budget, ...kinds.map((kind) => standardFormula({ kind, cells, lang }))];
    });
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, content as Cell[][]);
    const values = hf.getSheetValues(data);
    const mismatches: string[] = [];
    const shown = new Set<unknown>();
    rows.forEach(([actual, budget], r) => {
      kinds.forEach((kind, k) => {
        const want = expectedShown(kind, { actual: valueOf(actual), budget: valueOf(budget) }, t, lang);
        const got = cellValue(values[r][2 + k]);
        shown.add(got);
        if (!sameCell(got, want))
          mismatches.push(`${kind}(actual=${actual}, budget=${budget}): got ${String(got)}, want ${String(want)}`);
      });
    });
    expect(mismatches.slice(0, 20)).toEqual([]);
    const words = [
      APPROVAL_LABELS.none,
      APPROVAL_LABELS.lead,
      APPROVAL_LABELS.gm,
      EFFECT_LABELS.favourable,
      EFFECT_LABELS.unfavourable,
      VARIANCE_PCT_LABELS.unbudgeted,
    ];
    // Settings #2 and #3 put two lines together (no lead band, no warning band); the default and #1 show every outcome.
    if (i <= 1) for (const w of words) expect(shown).toContain(w[lang]);
    expect(shown).toContain("");
  });

  it.each(CASES)("monitoring columns, %s, settings #%d", (lang, i) => {
    const { hf, data } = engine(SETTINGS[i]);
    const t = { ...DEFAULT_THRESHOLDS, ...SETTINGS[i] } as Thresholds;
    const rows: [Cell, Cell, Cell][] = [];
    pairs(METRIC, METRIC).forEach(([actual, target]) => DIRECTIONS.forEach((d) => rows.push([actual, target, d])));
    const content = rows.map(([actual, target, direction], r) => {
      const cells = {
        actual: cellAddress(r, 0),
        target: cellAddress(r, 1),
        direction: cellAddress(r, 2),
        deviation: cellAddress(r, 3),
      };
      const dir = direction === "=" ? "'=" : direction; // "=" alone typed as text
      return [
        actual,
        target,
        dir,
        standardFormula({ kind: "deviation", cells, lang }),
        standardFormula({ kind: "status", cells, lang }),
      ];
    });
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, content as Cell[][]);
    const values = hf.getSheetValues(data);
    const mismatches: string[] = [];
    const shown = new Set<unknown>();
    rows.forEach(([actual, target, direction], r) => {
      (["deviation", "status"] as const).forEach((kind, k) => {
        const want = expectedShown(kind, { actual: valueOf(actual), target: valueOf(target), direction }, t, lang);
        const got = cellValue(values[r][3 + k]);
        shown.add(got);
        if (!sameCell(got, want))
          mismatches.push(
            `${kind}(actual=${actual}, target=${target}, dir=${direction}): got ${String(got)}, want ${String(want)}`,
          );
      });
    });
    expect(mismatches.slice(0, 20)).toEqual([]);
    if (i <= 1) for (const s of Object.values(STATUS_LABELS)) expect(shown).toContain(s[lang]);
    expect(shown).toContain("#DIV/0!");
  });
});

describe("floating-point noise never crosses a line", () => {
  function budgetLine(actual: Cell, budget: Cell) {
    const { hf, data } = engine({});
    const cells = { actual: "A1", budget: "B1", variancePct: "D1" };
    const kinds: ComputedKind[] = ["variance", "variancePct", "effect", "approval"];
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, [
      [actual, budget, ...kinds.map((kind) => standardFormula({ kind, cells, lang: "zh-CN" }))],
    ]);
    return hf.getSheetValues(data)[0].slice(2).map(cellValue);
  }

  it("budget 1.0 → actual 1.1 is exactly 10%: 无需审批", () => {
    expect(budgetLine(1.1, 1)).toEqual([0.1, 0.1, "不利", "无需审批"]);
  });

  it("budget 0.3, actual =0.1+0.2: no variance and no 不利", () => {
    expect(budgetLine(NOISE, 0.3)).toEqual([0, 0, "", "无需审批"]);
  });

  it("an unbudgeted line (budget 0, spend 2) shows 无预算 and 总经理, not #DIV/0!", () => {
    expect(budgetLine(2, 0)).toEqual([2, "无预算", "不利", "总经理"]);
  });
});

describe("every computed formula is short enough to audit", () => {
  const kinds: ComputedKind[] = ["variance", "variancePct", "effect", "approval", "deviation", "status"];
  // 100,001: the last data row of the 100,000 rows the files layer reads; 1,048,576: the sheet's last row.
  it.each([2, 999, 9999, 10000, 100001, 1048576])(
    "at most 200 characters in row %d, every kind, both languages, no PLAN.",
    (row) => {
      const cells = {
        actual: `E${row}`,
        budget: `D${row}`,
        target: `G${row}`,
        direction: `F${row}`,
        deviation: `I${row}`,
        variancePct: `G${row}`,
      };
      for (const lang of ["zh-CN", "en-US"] as const) {
        for (const kind of kinds) {
          const f = computedFormula("standard", { kind, cells, lang });
          expect({ kind, lang, length: f.length }).toEqual({ kind, lang, length: Math.min(f.length, 200) });
          expect(f).not.toMatch(/PLAN\./);
          expect(f).not.toMatch(/VALUE\("#/); // no VALUE("#VALUE!"): LibreOffice turns it into Err:502
        }
      }
    },
  );

  it("the variance reads as actual − budget with a blank guard", () => {
    expect(
      computedFormula("standard", { kind: "variance", cells: { actual: "E2", budget: "D2" }, lang: "zh-CN" }),
    ).toBe('=IF(OR(E2="",D2=""),"",ROUND(E2-D2,10))');
  });
});

describe("where the standard style differs from PLAN.*, the check reports the cell", () => {
  function budgetFindings(actual: unknown): string[] {
    const row = ["渠道费用", "天猫推广费", "", 10, actual, "", "", "", "", "说明", "李总监"];
    const result = checkPlan({ budget: grid("预算分配", BUDGET_HEADERS_ZH, [row]), thresholds: DEFAULT_THRESHOLDS });
    return result.findings.filter((f) => f.cell === "E2").map((f) => f.code);
  }

  it.each([
    ["11", "formulaReadsDifferently"],
    [" ", "formulaReadsDifferently"],
    ["１２", "formulaReadsDifferently"],
    ["1.2万", "ambiguousAmount"],
    ["abc", "notANumber"],
    [true, "notANumber"],
    [-1, "negativeAmount"],
  ])("actual %p → %s", (actual, code) => {
    expect(budgetFindings(actual)).toContain(code);
  });

  it("a plain number has no finding (the control)", () => {
    expect(budgetFindings(11)).toEqual([]);
  });

  it("settingBlank: a blank threshold cell (a formula reads it as 0) is reported at its cell", () => {
    const cells = [
      { key: "approvalLead" as const, sheetName: "设置", row: 1, col: 1, value: null },
      { key: "approvalGM" as const, sheetName: "设置", row: 2, col: 1, value: 0.5 },
    ];
    const found = settingsFindings(cells, DEFAULT_THRESHOLDS);
    expect(found.map((f) => [f.code, f.address])).toEqual([["settingBlank", "设置!B2"]]);
  });
});

describe("formulaReadsDifferently / notInList: a direction the status formula cannot read is reported at its cell", () => {
  // 96 against 100 is 4% short: Warning for ≥ (and blank) and =, On track for ≤.
  const DIRECTIONS: Cell[] = [
    ...[null, "≥", "≤", "="],
    ...[" ", "   ", ">=", "<=", ">", "≧", "==", "＝", " ≤ ", "≥ "],
    ...["x", "0", "≥=", "=0≤", "≤=", 0, 5, true],
  ];
  const monitoring = sheetColumns("monitoring");
  const at = (key: string) => monitoring.findIndex((d) => d.key === key);

  /** Per direction: what HyperFormula shows in the standard status cell, what the domain says, the check's codes at the direction cell. */
  function readings() {
    const { hf, data } = engine({});
    const content = DIRECTIONS.map((direction, r) => {
      const cells = { actual: cellAddress(r, 0), target: cellAddress(r, 1), direction: cellAddress(r, 2) };
      const deviation = cellAddress(r, 3);
      const typed = typeof direction === "string" && direction.startsWith("=") ? `'${direction}` : direction;
      return [
        96,
        100,
        typed,
        standardFormula({ kind: "deviation", cells, lang: "zh-CN" }),
        standardFormula({ kind: "status", cells: { ...cells, deviation }, lang: "zh-CN" }),
      ];
    });
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, content as Cell[][]);
    const shown = hf.getSheetValues(data).map((row) => cellValue(row[4]));
    const rows = DIRECTIONS.map((direction, i) => {
      const row: unknown[] = monitoring.map(() => "");
      row[at("period")] = "2026-01";
      row[at("metric")] = `M${i}`;
      row[at("direction")] = direction;
      row[at("target")] = 100;
      row[at("actual")] = 96;
      row[at("deviation")] = fx("=…", -0.04);
      row[at("status")] = fx("=…", shown[i]);
      return row;
    });
    const headers = monitoring.map((d) => d.header["zh-CN"]);
    const { findings } = checkPlan({ monitoring: grid("效果监控", headers, rows), thresholds: DEFAULT_THRESHOLDS });
    const directionCol = String.fromCharCode(65 + at("direction"));
    return DIRECTIONS.map((direction, i) => ({
      direction,
      shown: shown[i],
      want: expectedShown("status", { actual: 96, target: 100, direction }, DEFAULT_THRESHOLDS, "zh-CN"),
      codes: findings.filter((f) => f.cell === `${directionCol}${i + 2}`).map((f) => f.code),
      messages: findings
        .filter((f) => f.cell === `${directionCol}${i + 2}`)
        .flatMap((f) => [formatFinding(f, "zh-CN"), formatFinding(f, "en-US")]),
    }));
  }

  it("every direction: the formula shows what the domain computes, or the check reports the direction cell", () => {
    const all = readings();
    const unexplained = all.filter((r) => !sameCell(r.shown, r.want) && r.codes.length === 0);
    expect(unexplained).toEqual([]);
    // The grid holds both kinds: directions read alike and ones only the finding explains.
    expect(all.filter((r) => !sameCell(r.shown, r.want)).length).toBeGreaterThan(10);
  });

  it("≥ ≤ = and blank: the domain's status (blank reads as ≥), no finding", () => {
    const valid = readings().slice(0, 4);
    expect(valid.map((r) => [r.direction, r.shown, r.codes])).toEqual([
      [null, "预警", []],
      ["≥", "预警", []],
      ["≤", "达标", []],
      ["=", "预警", []],
    ]);
  });

  it("only spaces: blank to the check, #VALUE! to the formula, so the cell is reported", () => {
    const spaces = readings().filter((r) => r.direction === " " || r.direction === "   ");
    for (const r of spaces) for (const m of r.messages) expect(m).toContain("#VALUE!");
    expect(spaces.map((r) => [r.shown, r.want, r.codes])).toEqual([
      ["#VALUE!", "预警", ["formulaReadsDifferently"]],
      ["#VALUE!", "预警", ["formulaReadsDifferently"]],
    ]);
  });

  it("a spelling the check reads (>=, ＝, ' ≤ ') shows #VALUE!, as the finding's message says", () => {
    const spelled = readings().filter((r) => r.codes.includes("formulaReadsDifferently") && String(r.direction).trim());
    expect(spelled.length).toBeGreaterThan(5);
    expect(spelled.filter((r) => r.shown !== "#VALUE!")).toEqual([]);
    for (const r of spelled) for (const m of r.messages) expect(m).toContain("#VALUE!");
  });
});
