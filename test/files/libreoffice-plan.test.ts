/**
 * Workbooks written by `plan template` (and by the files layer over edge
 * inputs), recalculated by LibreOffice headless with recalculation on load
 * forced: every computed cell must equal what the domain (and so PLAN.*) gives.
 * Where a short standard formula deliberately differs (invalid input), the
 * plan check must have a finding on that row instead.
 *
 * All workbooks go through one soffice start.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { planFileBlueprint, blueprintXlsx } from "../../src/files/plan-file";
import { exampleRows, exampleThresholds, GOLDEN_EXAMPLE } from "../../src/domain/example";
import { evaluateComputed } from "../../src/domain/schema/evaluate-computed";
import { sheetColumns } from "../../src/domain/schema/sheets";
import { SHEET_NAMES, type PlanSheetKey } from "../../src/domain/schema/sheet-keys";
import { APPROVAL_LABELS, EFFECT_LABELS, STATUS_LABELS, VARIANCE_PCT_LABELS } from "../../src/domain/labels";
import { DEFAULT_THRESHOLDS, THRESHOLD_DEFS, type Thresholds } from "../../src/domain/settings/thresholds";
import { thresholdsFromValues } from "../../src/domain/settings/settings-sheet";
import { checkPlan } from "../../src/domain/check/check-plan";
import { settingsFindings } from "../../src/domain/check/settings-findings";
import { COMPUTED } from "../../src/domain/schema/computed";
import type { ComputedKind } from "../../src/domain/schema/column";
import type { Lang } from "../../src/domain/language";
import type { BlueprintRows } from "../../src/domain/write/blueprint";
import { formulaOf, recalculate, type PlainValue, type Recalculated } from "../support/libreoffice";
import { loadGolden } from "../domain/helpers/spec-files";

jest.setTimeout(300_000);

const LANGS: Lang[] = ["zh-CN", "en-US"];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-lo-test-"));

type Cell = string | number | boolean | null;
const MONEY: Cell[] = [
  "",
  " ",
  0,
  1,
  1.1,
  1.0999999999,
  10.9999999,
  14.9999999,
  1.0000000001,
  1.5,
  1.50000001,
  1.6,
  4.5,
  5,
  5.5,
  7.5,
  7.50001,
  10,
  11,
  15,
  15.0000001,
  0.1 + 0.2,
  0.3,
  1e12,
  1e-9,
  -1,
  "11",
  "1.2万",
  "abc",
  true,
];
const METRIC: Cell[] = [
  "",
  0,
  0.015,
  0.02,
  0.12,
  0.15,
  75,
  79.9999999,
  80,
  80.0000001,
  100,
  96,
  120,
  0.3,
  0.1 + 0.2,
  0.24,
  -10,
  -12,
  1e12,
  1e-9,
  "80",
  "x",
];
// " " (blank to the check, #VALUE! to the standard status formula), "0" and "=0≤" (near the text it searches).
const DIRECTIONS: Cell[] = ["", "≥", "≤", "=", ">=", "<=", "＝", " ≤ ", "x", " ", "0", "=0≤"];

/**
 * Settings typed into the settings sheet: defaults, custom thresholds, ones met
 * exactly by grid values, and a blank cell and a percentage typed as text.
 */
const SETTINGS: Partial<Record<keyof Thresholds, number | string>>[] = [
  {},
  { approvalLead: 0.05, approvalGM: 0.2, alertShortfall: 0.05, onTrackTolerance: 0.04 },
  { approvalLead: 0.5, approvalGM: 1, alertShortfall: 0.25 },
  { approvalLead: "", alertShortfall: "5%", onTrackTolerance: "" },
];

function pairs<T>(xs: T[], ys: T[]): [T, T][] {
  return xs.flatMap((x) => ys.map((y): [T, T] => [x, y]));
}

function edgeRows(): BlueprintRows {
  const budget = pairs(MONEY, MONEY).map(([actual, budget], i) => ({
    category: "channel",
    item: `L${i}`,
    budget,
    actual,
  }));
  const monitoring = pairs(METRIC, METRIC).flatMap(([actual, target], i) =>
    [DIRECTIONS[i % DIRECTIONS.length], "≥", "≤", "="].map((direction, k) => ({
      period: "2026-01",
      metric: `M${i}.${k}`,
      direction,
      target,
      actual,
    })),
  );
  return { budget: budget as BlueprintRows["budget"], monitoring: monitoring as BlueprintRows["monitoring"] };
}

function expectedText(kind: ComputedKind, row: Record<string, unknown>, t: Thresholds, lang: Lang): PlainValue {
  const r = evaluateComputed(kind, row, t);
  if (r.kind === "blank") return "";
  if (r.kind === "error") return r.code === "DIV0" ? "#DIV/0!" : r.code === "VALUE" ? "#VALUE!" : "#N/A";
  const v = r.value;
  if (typeof v === "number") return v;
  if (kind === "approval") return APPROVAL_LABELS[v as keyof typeof APPROVAL_LABELS][lang];
  if (kind === "effect") return EFFECT_LABELS[v as keyof typeof EFFECT_LABELS][lang];
  if (kind === "variancePct") return VARIANCE_PCT_LABELS[v as keyof typeof VARIANCE_PCT_LABELS][lang];
  return STATUS_LABELS[v as keyof typeof STATUS_LABELS][lang];
}

function same(got: PlainValue, want: PlainValue): boolean {
  if (typeof got === "number" && typeof want === "number")
    return got === want || Math.abs(got - want) <= 1e-14 * Math.max(1, Math.abs(want));
  return got === want;
}

/** A recalculated sheet as header → column values, plus the formula texts. */
function table(recalculated: Recalculated, sheet: PlanSheetKey, lang: Lang) {
  const ws = recalculated.workbook.getWorksheet(SHEET_NAMES[sheet][lang])!;
  const defs = sheetColumns(sheet);
  const rows: Record<string, PlainValue>[] = [];
  const formulas: string[] = [];
  const values: PlainValue[][] = [defs.map((d) => d.header[lang])];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row: Record<string, PlainValue> = {};
    const line: PlainValue[] = [];
    defs.forEach((d, c) => {
      const v = ws.getCell(r, c + 1).value;
      const f = formulaOf(v);
      if (f) formulas.push(f);
      row[d.key] = recalculated.value(ws.name, r - 1, c);
      line.push(row[d.key]);
    });
    rows.push(row);
    values.push(line);
  }
  return { rows, formulas, grid: { sheetName: ws.name, values } };
}

let results: Record<string, Recalculated>;
const edgeInputs: Record<
  string,
  { lang: Lang; thresholds: Thresholds; rows: BlueprintRows; typed: (key: keyof Thresholds) => unknown }
> = {};

beforeAll(async () => {
  const files: Record<string, Uint8Array> = {};
  for (const lang of LANGS) {
    const out = path.join(dir, `golden-${lang}.xlsx`);
    const io = {
      out: () => undefined,
      err: (t: string) => {
        throw new Error(t);
      },
    };
    expect(await runCli(["template", "--out", out, "--lang", lang, "--example"], io)).toBe(0);
    files[`golden-${lang}`] = fs.readFileSync(out);
    // The golden example's extra budget lines (every approval level, an unbudgeted line) as rows.
    const rows = exampleRows({ ...GOLDEN_EXAMPLE, budget: [...GOLDEN_EXAMPLE.budget, ...loadGoldenExtra()] });
    files[`golden-extra-${lang}`] = await blueprintXlsx(
      planFileBlueprint({ lang, rows, thresholds: exampleThresholds(GOLDEN_EXAMPLE) }),
    );
  }
  const rows = edgeRows();
  for (const [i, custom] of SETTINGS.entries()) {
    for (const lang of i === 0 ? LANGS : (["zh-CN"] as Lang[])) {
      // What the named cells hold, read as PLAN.* and the check read them (blank or unreadable → default).
      const typed = (key: keyof Thresholds) => (key in custom ? custom[key] : DEFAULT_THRESHOLDS[key]);
      const { thresholds } = thresholdsFromValues((n) => typed(THRESHOLD_DEFS.find((d) => d.name === n)!.key));
      const name = `edge-${lang}-${i}`;
      edgeInputs[name] = { lang, thresholds, rows, typed };
      const bp = planFileBlueprint({ lang, rows });
      for (const r of bp.settings.rows) if (r.def) r.value = typed(r.def.key)!;
      files[name] = await blueprintXlsx(bp);
    }
  }
  results = await recalculate(files);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function loadGoldenExtra(): (typeof GOLDEN_EXAMPLE.budget)[number][] {
  const golden = loadGolden() as unknown as { extraBudget: { lines: (typeof GOLDEN_EXAMPLE.budget)[number][] } };
  return golden.extraBudget.lines.map((l) => ({ ...l }));
}

describe("LibreOffice recalculates plan template over the worked example to the golden values", () => {
  const golden = loadGolden() as ReturnType<typeof loadGolden> & {
    extraBudget: {
      lines: { budget: number; actual: number; expect: { variance: number; variancePct?: number; approval: string } }[];
    };
  };

  it.each(LANGS)("%s: budget and monitoring", (lang) => {
    const wb = results[`golden-${lang}`];
    // The framework's lines come first; the example the add-in writes adds a contingency line after them.
    const budget = table(wb, "budget", lang).rows.slice(0, golden.budget.length);
    expect(budget).toHaveLength(golden.budget.length);
    golden.budget.forEach((line, i) => {
      expect(budget[i].variance).toBeCloseTo(line.expect.variance, 12);
      expect(budget[i].variancePct).toBeCloseTo(line.expect.variancePct, 12);
      expect(budget[i].approval).toBe(APPROVAL_LABELS[line.expect.approval as keyof typeof APPROVAL_LABELS][lang]);
    });
    const monitoring = table(wb, "monitoring", lang).rows;
    golden.monitoring.forEach((m, i) => {
      expect(monitoring[i].deviation).toBeCloseTo(m.expect.deviation, 12);
      const key = ({ Alert: "alert", Warning: "warning", "On track": "onTrack" } as const)[m.expect.status as "Alert"];
      expect(monitoring[i].status).toBe(STATUS_LABELS[key][lang]);
    });
  });

  it.each(LANGS)("%s: the extra budget lines (every approval level, budget 0)", (lang) => {
    const budget = table(results[`golden-extra-${lang}`], "budget", lang).rows.slice(golden.budget.length);
    expect(budget).toHaveLength(golden.extraBudget.lines.length);
    golden.extraBudget.lines.forEach((line, i) => {
      expect(budget[i].variance).toBeCloseTo(line.expect.variance, 12);
      if (line.expect.variancePct !== undefined) expect(budget[i].variancePct).toBeCloseTo(line.expect.variancePct, 12);
      expect(budget[i].approval).toBe(APPROVAL_LABELS[line.expect.approval as keyof typeof APPROVAL_LABELS][lang]);
    });
  });

  it.each(LANGS)("%s: the default style holds no PLAN. and no computed formula over 200 characters", (lang) => {
    const wb = results[`golden-${lang}`];
    const formulas = (["budget", "monitoring"] as const).flatMap((s) => table(wb, s, lang).formulas);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => /PLAN\./i.test(f))).toEqual([]);
    expect(formulas.filter((f) => f.length > 200).map((f) => f.length)).toEqual([]);
  });
});

describe("LibreOffice agrees with the domain over the edge grid", () => {
  const cases = () => Object.keys(edgeInputs);
  it("has cases", () => expect(cases().length).toBeGreaterThan(3));

  it.each(["edge-zh-CN-0", "edge-en-US-0", "edge-zh-CN-1", "edge-zh-CN-2", "edge-zh-CN-3"])(
    "%s: every computed cell equals the domain, or the check has a finding on its row",
    (name) => {
      const { lang, thresholds, rows, typed } = edgeInputs[name];
      // A threshold cell the settings check reports (blank: the formulas read 0, the check the default)
      // explains every difference in the columns that use it.
      const cells = THRESHOLD_DEFS.map((d, i) => ({
        key: d.key,
        sheetName: "设置",
        row: i + 1,
        col: 1,
        value: typed(d.key),
      }));
      const reported = new Set(settingsFindings(cells, thresholds).map((f) => f.params.setting));
      const explainedBySettings = (kind: ComputedKind) => COMPUTED[kind].thresholds.some((k) => reported.has(k));
      const wb = results[name];
      const report: string[] = [];
      let agreed = 0;
      let explained = 0;
      for (const sheet of ["budget", "monitoring"] as const) {
        const got = table(wb, sheet, lang);
        const input = rows[sheet] as Record<string, unknown>[];
        // The check of the file as LibreOffice saved it, and of the cells as typed: LibreOffice has no
        // booleans, so a TRUE typed as an amount comes back as 1 — the check of the typed file reports it.
        const typedGrid = {
          sheetName: got.grid.sheetName,
          values: [
            got.grid.values[0],
            ...input.map((row) => sheetColumns(sheet).map((d) => (row[d.key] ?? null) as PlainValue)),
          ],
        };
        const findings = [got.grid, typedGrid].flatMap(
          (grid) => checkPlan({ [sheet]: grid, thresholds, lang }).findings,
        );
        const rowsWithFindings = new Set(findings.filter((f) => f.sheet === sheet).map((f) => f.row));
        const kinds = sheetColumns(sheet)
          .filter((d) => d.computed)
          .map((d) => [d.key, d.computed!.kind] as const);
        input.forEach((row, i) => {
          for (const [key, kind] of kinds) {
            const want = expectedText(kind, row, thresholds, lang);
            const have = got.rows[i][key];
            if (same(have, want)) agreed++;
            else if (rowsWithFindings.has(i + 1) || explainedBySettings(kind)) explained++;
            else
              report.push(
                `${sheet} row ${i + 2} ${key}(${JSON.stringify(row.actual)}, ${JSON.stringify(row.budget ?? row.target)}${row.direction !== undefined ? `, ${JSON.stringify(row.direction)}` : ""}): LibreOffice ${JSON.stringify(have)}, domain ${JSON.stringify(want)}`,
              );
          }
        });
      }
      if (report.length > 0)
        console.log(
          `${name}: ${agreed} agree, ${explained} differ with a finding, ${report.length} differ without one:\n${report.slice(0, 400).join("\n")}`,
        );
      expect(agreed).toBeGreaterThan(0);
      expect(report).toEqual([]);
    },
  );
});

it("thresholds are the named cells of the settings sheet", () => {
  const wb = results["edge-zh-CN-1"].workbook;
  const ranges = THRESHOLD_DEFS.map((d) => wb.definedNames.getRanges(d.name).ranges[0]);
  expect(ranges.every((r) => /设置/.test(r))).toBe(true);
});

it("custom thresholds typed into the settings sheet change what LibreOffice computes", () => {
  const approvalOf = (name: string) => {
    const { rows } = edgeInputs[name];
    const i = (rows.budget as Record<string, unknown>[]).findIndex((r) => r.actual === 11 && r.budget === 10);
    return table(results[name], "budget", "zh-CN").rows[i].approval;
  };
  // 10% over: no approval by default (above 10% only), the lead's above a 5% line.
  expect(approvalOf("edge-zh-CN-0")).toBe(APPROVAL_LABELS.none["zh-CN"]);
  expect(approvalOf("edge-zh-CN-1")).toBe(APPROVAL_LABELS.lead["zh-CN"]);
  const statusOf = (name: string) => {
    const { rows } = edgeInputs[name];
    const i = (rows.monitoring as Record<string, unknown>[]).findIndex(
      (r) => r.actual === 96 && r.target === 100 && r.direction === "≥",
    );
    return table(results[name], "monitoring", "zh-CN").rows[i].status;
  };
  // 4% short: a warning by default (on track only at 0% tolerance), on track with the 4% tolerance typed in.
  expect(statusOf("edge-zh-CN-0")).toBe(STATUS_LABELS.warning["zh-CN"]);
  expect(statusOf("edge-zh-CN-1")).toBe(STATUS_LABELS.onTrack["zh-CN"]);
});
