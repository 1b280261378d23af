/**
 * The portable formulas against the domain calculations the PLAN.* functions
 * wrap, cell by cell, over a grid of edge inputs — evaluated by HyperFormula
 * with smart rounding off, so every floating-point bit counts.
 */
import { HyperFormula } from "hyperformula";
import { evaluateComputed } from "../../src/domain/schema/evaluate-computed";
import type { ComputedKind } from "../../src/domain/schema/column";
import { APPROVAL_LABELS, EFFECT_LABELS, STATUS_LABELS } from "../../src/domain/labels";
import { DEFAULT_THRESHOLDS, THRESHOLD_DEFS, type Thresholds } from "../../src/domain/settings/thresholds";
import type { Lang } from "../../src/domain/language";
import { standardFormula } from "../../src/domain/formulas/standard-style";
import { cellA1 as cellAddress } from "../../src/domain/address/a1";

type Cell = string | number | boolean | null;

/** Input cells as typed text: "=" as a direction must stay text (HyperFormula reads a leading ' as "text"). */
const asText = (v: Cell): Cell => (typeof v === "string" && /^[=+\-@']/.test(v) ? `'${v}` : v);

function expected(kind: ComputedKind, row: Record<string, unknown>, t: Thresholds, lang: Lang): unknown {
  const r = evaluateComputed(kind, row, t);
  if (r.kind === "blank") return "";
  if (r.kind === "error") return r.code === "DIV0" ? "#DIV/0!" : r.code === "VALUE" ? "#VALUE!" : "#N/A";
  const v = r.value;
  if (typeof v === "number") return v;
  if (kind === "approval") return APPROVAL_LABELS[v as keyof typeof APPROVAL_LABELS][lang];
  if (kind === "effect") return EFFECT_LABELS[v as keyof typeof EFFECT_LABELS][lang];
  return STATUS_LABELS[v as keyof typeof STATUS_LABELS][lang];
}

function cellValue(v: unknown): unknown {
  if (v && typeof v === "object" && "value" in (v as object)) return (v as { value: unknown }).value; // DetailedCellError
  return v;
}

/** A workbook with a settings sheet holding named thresholds (blank/odd values allowed) and a data sheet. */
function engine(settings: Partial<Record<keyof Thresholds, Cell>>) {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
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

/** The thresholds the PLAN functions get: the named cells' raw contents (blank → default inside calc). */
function thresholdsFor(settings: Partial<Record<keyof Thresholds, Cell>>): Thresholds {
  const t = { ...DEFAULT_THRESHOLDS } as Record<string, unknown>;
  for (const [k, v] of Object.entries(settings)) t[k] = v;
  return t as unknown as Thresholds;
}

const MONEY: Cell[] = [null, "", " ", 0, 1, 1.1, 1.0000000001, 1.5, 1.50000001, 1.6, 4.5, 5, 5.5, 7.5, 7.50001, 10, 11, 15, 18, 20, -1, "11", " 10 ", "1.5%", "abc", true];

const METRIC: Cell[] = [null, "", 0, 0.015, 0.02, 0.12, 0.15, 75, 80, 100, 96, 120, 0.3, 0.1, -10, -5, -12, "80", "x"];

const DIRECTIONS: Cell[] = [null, "", "≥", "≤", "=", ">=", "<=", "==", "＝", "≧", "＜＝", " ≤ ", "　=", ">", "<", "x", "≥|", 5];

const SETTINGS: Partial<Record<keyof Thresholds, Cell>>[] = [
  {},
  { approvalLead: 0.05, alertShortfall: 0.05, onTrackTolerance: 0.04 },
  { approvalLead: null, approvalGM: null, alertShortfall: null, onTrackTolerance: null },
  { approvalGM: 0.1, onTrackTolerance: 0.2 },
  { approvalLead: -0.1, alertShortfall: "abc" },
  { approvalGM: "50%", onTrackTolerance: -1 },
];

function grid<T>(xs: T[], ys: T[]): [T, T][] {
  const out: [T, T][] = [];
  for (const x of xs) for (const y of ys) out.push([x, y]);
  return out;
}

const CASES: [Lang, number][] = [...SETTINGS.map((_s, i) => ["zh-CN", i] as [Lang, number]), ["en-US", 0], ["en-US", 1]];

describe("portable formulas equal the domain calculations", () => {
  it.each(CASES)("budget columns, %s, settings #%d", (lang, i) => {
    const settings = SETTINGS[i];
    const { hf, data } = engine(settings);
    const t = thresholdsFor(settings);
    const rows = grid(MONEY, MONEY); // [actual, budget]
    const kinds: ComputedKind[] = ["variance", "variancePct", "effect", "approval"];
    const content = rows.map(([actual, budget], r) => {
      const cells = { actual: cellAddress(r, 0), budget: cellAddress(r, 1) };
      return [asText(actual), asText(budget), ...kinds.map((kind) => standardFormula({ kind, cells, lang }))];
    });
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, content as Cell[][]);
    const values = hf.getSheetValues(data);
    const mismatches: string[] = [];
    rows.forEach(([actual, budget], r) => {
      kinds.forEach((kind, k) => {
        const want = expected(kind, { actual, budget }, t, lang);
        const got = cellValue(values[r][2 + k]);
        if (!Object.is(got, want) && got !== want) mismatches.push(`${kind}(actual=${JSON.stringify(actual)}, budget=${JSON.stringify(budget)}): got ${String(got)}, want ${String(want)}`);
      });
    });
    expect(mismatches).toEqual([]);
  });

  it.each(CASES)("monitoring columns, %s, settings #%d", (lang, i) => {
    const settings = SETTINGS[i];
    const { hf, data } = engine(settings);
    const t = thresholdsFor(settings);
    const rows: [Cell, Cell, Cell][] = [];
    // Every pair in the three canonical directions, plus one other spelling in turn.
    grid(METRIC, METRIC).forEach(([actual, target], i) => {
      for (const d of ["≥", "≤", "=", DIRECTIONS[i % DIRECTIONS.length]]) rows.push([actual, target, d]);
    });
    const content = rows.map(([actual, target, direction], r) => {
      const cells = { actual: cellAddress(r, 0), target: cellAddress(r, 1), direction: cellAddress(r, 2), deviation: cellAddress(r, 3) };
      return [asText(actual), asText(target), asText(direction), standardFormula({ kind: "deviation", cells, lang }), standardFormula({ kind: "status", cells, lang })];
    });
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, content as Cell[][]);
    const values = hf.getSheetValues(data);
    const mismatches: string[] = [];
    rows.forEach(([actual, target, direction], r) => {
      (["deviation", "status"] as const).forEach((kind, k) => {
        const want = expected(kind, { actual, target, direction }, t, lang);
        const got = cellValue(values[r][3 + k]);
        if (got !== want) mismatches.push(`${kind}(actual=${JSON.stringify(actual)}, target=${JSON.stringify(target)}, dir=${JSON.stringify(direction)}): got ${String(got)}, want ${String(want)}`);
      });
    });
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});
