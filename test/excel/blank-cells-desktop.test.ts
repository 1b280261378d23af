/**
 * office-js #4702: Excel desktop can pass an empty cell to a custom function as
 * 0. A raw =PLAN.VARIANCE(E2,D2) over a blank actual then reads as a full
 * underspend; the tables' PLAN-style formulas guard blanks themselves and show "".
 */
import { computedFormula } from "../../src/domain/formulas";
import { STATUS_LABELS } from "../../src/domain/labels";
import { BLANK_MODES, setup } from "./harness";

const money = { actual: "E2", budget: "D2" };
const metric = { actual: "H2", target: "G2", direction: "F2" };

describe.each(BLANK_MODES)("a blank actual, $host", ({ blanks }) => {
  it('the table\'s guarded PLAN formulas show "" for variance, variance %, approval, deviation and status', () => {
    const h = setup({ blanks, sheets: ["Grid"] });
    try {
      const kinds = ["variance", "variancePct", "effect", "approval"] as const;
      h.state.setCells("Grid", "D2:E2", [[100, null]]);
      h.state.setCells("Grid", "J2:M2", [
        kinds.map((kind) => computedFormula("plan", { kind, cells: money, lang: "zh-CN" })),
      ]);
      h.state.setCells("Grid", "F2:H2", [[null, 100, null]]);
      h.state.setCells("Grid", "N2:O2", [
        (["deviation", "status"] as const).map((kind) =>
          computedFormula("plan", { kind, cells: metric, lang: "zh-CN" }),
        ),
      ]);
      expect(h.state.getValues("Grid", "J2:O2")).toEqual([["", "", "", "", "", ""]]);
    } finally {
      h.uninstall();
    }
  });
});

describe("without the guard, Excel desktop's 0 for a blank cell gives wrong values", () => {
  function raw(blanks: "null" | "zero"): unknown[] {
    const h = setup({ blanks, sheets: ["Grid"] });
    try {
      h.state.setCells("Grid", "D2:H2", [[100, null, "≥", 100, null]]);
      h.state.setCells("Grid", "J2:K2", [["=PLAN.VARIANCE(E2,D2)", "=PLAN.STATUS(H2,G2,F2)"]]);
      return h.state.getValues("Grid", "J2:K2")[0];
    } finally {
      h.uninstall();
    }
  }

  it("web: raw PLAN.VARIANCE and PLAN.STATUS over a blank actual are blank", () => {
    expect(raw("null")).toEqual(["", ""]);
  });

  it("desktop: the same raw formulas read the blank actual as 0 — a full underspend and 告警", () => {
    expect(raw("zero")).toEqual([-100, STATUS_LABELS.alert["zh-CN"]]);
  });
});
