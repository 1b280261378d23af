/**
 * PLAN-style formulas guard their blank inputs (office-js #4702: Excel desktop
 * passes a blank cell as 0) and stay short enough to read: ≤ 200 characters.
 */
import { computedFormula } from "../../../src/domain/formulas";
import type { FormulaStyle } from "../../../src/domain/formulas/style";
import type { ComputedKind } from "../../../src/domain/schema/column";
import type { Lang } from "../../../src/domain/language";

const KINDS: ComputedKind[] = ["variance", "variancePct", "effect", "approval", "deviation", "status"];
const CELLS = {
  actual: "E1048576",
  budget: "D1048576",
  target: "G1048576",
  direction: "F1048576",
  variancePct: "G1048576",
  deviation: "I1048576",
};

describe.each<[FormulaStyle, Lang]>([
  ["plan", "zh-CN"],
  ["plan", "en-US"],
])("%s style, %s", (style, lang) => {
  it.each(KINDS)("%s is at most 200 characters on the sheet's last row", (kind) => {
    expect(computedFormula(style, { kind, cells: CELLS, lang }).length).toBeLessThanOrEqual(200);
  });
});

describe("PLAN style guards blank inputs before calling PLAN.*", () => {
  it.each<[ComputedKind, string]>([
    ["variance", 'IF(OR(E1048576="",D1048576=""),"",'],
    ["variancePct", 'IF(OR(E1048576="",D1048576=""),"",'],
    ["effect", 'IF(OR(E1048576="",D1048576=""),"",'],
    ["approval", 'IF(OR(E1048576="",D1048576=""),"",'],
    ["deviation", 'IF(OR(E1048576="",G1048576=""),"",'],
    ["status", 'IF(OR(E1048576="",G1048576=""),"",'],
  ])("%s", (kind, guard) => {
    const f = computedFormula("plan", { kind, cells: CELLS, lang: "zh-CN" });
    expect(f.startsWith(`=${guard}`)).toBe(true);
    expect(f.indexOf("PLAN.")).toBeGreaterThan(guard.length);
  });

  it("status passes the direction as text, so desktop's 0 for a blank direction reads as ≥", () => {
    expect(computedFormula("plan", { kind: "status", cells: CELLS, lang: "zh-CN" })).toContain('F1048576&""');
  });
});
