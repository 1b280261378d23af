/**
 * golden-example.json's extraBudget lines (the framework's own lines need no
 * approval): created through the Excel layer in both styles and languages, the
 * engine's variance, variance % and approval level match, and the check asks
 * for the missing approver and explanations at the right cells.
 */
import * as path from "node:path";
import * as fs from "node:fs";
import { APPROVAL_LABELS } from "../../src/domain/labels";
import type { Lang } from "../../src/domain/language";
import { exampleRows, GOLDEN_EXAMPLE } from "../../src/domain/example";
import type { FormulaStyle } from "../../src/excel/contract";
import { createPlan } from "../../src/excel/create-plan";
import { BLANK_MODES, setup, type Harness } from "./harness";

interface ExtraLine {
  category: string;
  item: string;
  strategyId: string;
  budget: number;
  actual: number;
  explanation: string;
  approver: string;
  expect: { variance: number; variancePct?: number; approval: "none" | "lead" | "gm"; needsExplanation?: boolean };
}
const golden = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../shared/spec/golden-example.json"), "utf8"),
) as {
  budget: unknown[];
  extraBudget: { lines: ExtraLine[] };
};
const EXTRA = golden.extraBudget.lines;
const FIRST_EXTRA_ROW = golden.budget.length + 2; // header, then the framework's lines
const BUDGET = { "zh-CN": "预算分配", "en-US": "Budget" } as const;

const LANG_STYLES: [Lang, FormulaStyle][] = [
  ["zh-CN", "standard"],
  ["zh-CN", "plan"],
  ["en-US", "standard"],
  ["en-US", "plan"],
];

describe.each(
  BLANK_MODES.flatMap(({ host, blanks }) => LANG_STYLES.map(([lang, style]) => ({ host, blanks, lang, style }))),
)("extra budget lines, $host, $lang, $style style", ({ blanks, lang, style }) => {
  let h: Harness;
  beforeAll(async () => {
    h = setup({ lang, blanks });
    const rows = exampleRows({
      ...GOLDEN_EXAMPLE,
      budget: [...GOLDEN_EXAMPLE.budget, ...EXTRA],
    } as typeof GOLDEN_EXAMPLE);
    await createPlan(
      { lang, sheets: ["goals", "strategies", "budget", "monitoring", "settings"], example: true, style },
      rows,
    );
  });
  afterAll(() => h.uninstall());

  it("variance, variance % and approval level as the spec expects", () => {
    const last = FIRST_EXTRA_ROW + EXTRA.length - 1;
    const cells = h.state.getValues(BUDGET[lang], `A${FIRST_EXTRA_ROW}:K${last}`);
    EXTRA.forEach((line, i) => {
      const [, item, , budget, actual, variance, pct, , approval] = cells[i];
      expect([item, budget, actual]).toEqual([line.item, line.budget, line.actual]);
      expect(variance).toBeCloseTo(line.expect.variance, 12);
      if (line.expect.variancePct !== undefined) expect(pct).toBeCloseTo(line.expect.variancePct, 12);
      expect(approval).toBe(APPROVAL_LABELS[line.expect.approval][lang]);
    });
  });

  it("the check asks for each missing approver and explanation, at its cell", async () => {
    const report = await h.workbook.check();
    const at = (code: string) => report.findings.filter((f) => f.code === code).map((f) => f.cell);
    const rowOf = (i: number) => FIRST_EXTRA_ROW + i;
    const needApprover = EXTRA.flatMap((l, i) =>
      l.expect.approval !== "none" && l.approver === "" ? [`K${rowOf(i)}`] : [],
    );
    expect(at("approverMissing")).toEqual(expect.arrayContaining(needApprover));
    expect(needApprover).toHaveLength(4);
    const needExplanation = EXTRA.flatMap((l, i) =>
      l.expect.needsExplanation && l.explanation === "" ? [`J${rowOf(i)}`] : [],
    );
    expect(at("explanationMissing")).toEqual(expect.arrayContaining(needExplanation));
    // 信息流 has its explanation: no finding there.
    const explained = EXTRA.findIndex((l) => l.explanation !== "");
    expect(at("explanationMissing")).not.toContain(`J${rowOf(explained)}`);
  });
});
