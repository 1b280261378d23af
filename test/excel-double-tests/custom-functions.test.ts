/** Custom functions (=PLAN.DEVIATION(H2,G2)) with Excel's calling convention, errors and spills. */
import { setup } from "./helpers";

type M = unknown[][] | null;
const err = (code: string, message: string) => ({ code, message });
const first = (m: M) => (m ? m[0][0] : null);

/** actual/target − 1 cell by cell; target 0 → #DIV/0!; text → #VALUE!; blank actual → "" */
function deviation(actual: M, target: M): unknown[][] {
  const cell = (a: unknown, t: unknown) => {
    if (a === null || a === "") return "";
    if (typeof a !== "number" || typeof t !== "number") return err("#VALUE!", "not a number");
    if (t === 0) return err("#DIV/0!", "target is 0");
    return (a - t) / t;
  };
  if (actual && actual.length * actual[0].length > 1)
    return actual.map((row, i) => row.map((a, j) => cell(a, target![i]?.[j] ?? first(target))));
  return [[cell(first(actual), first(target))]];
}

function withPlan() {
  const t = setup({ sheets: ["效果监控"] });
  const calls: unknown[][] = [];
  t.double.registerCustomFunctions("PLAN", {
    DEVIATION: deviation,
    SEQ: (n: M) => Array.from({ length: Number(first(n)) }, (_, i) => [i + 1, `第${i + 1}期`]),
    ARGS: (...args: unknown[]) => {
      calls.push(args);
      return [[args.length]];
    },
    BOOM: () => {
      throw new Error("boom");
    },
  });
  return { ...t, calls };
}

it("calls the function with matrices and returns its value", async () => {
  const { run } = withPlan();
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("效果监控");
    s.getRange("A2:C2").formulas = [[0.015, 0.02, "=PLAN.DEVIATION(A2,B2)"]];
    const r = s.getRange("C2").load("values, formulas, valueTypes");
    await context.sync();
    expect(r.values[0][0]).toBeCloseTo(-0.25, 12);
    expect(r.formulas).toEqual([["=PLAN.DEVIATION(A2,B2)"]]);
    expect(r.valueTypes).toEqual([["Double"]]);
  });
});

it("passes a cell as [[v]], a range as rows, a blank cell as [[null]] and an omitted argument as null", () => {
  const { state, calls } = withPlan();
  state.setCell("效果监控", "A1:B2", [
    [1, "x"],
    [null, true],
  ]);
  state.setCell("效果监控", "D1", "=PLAN.ARGS(A1, A1:B2, A2, , 5)");
  expect(state.getValue("效果监控", "D1")).toBe(5);
  expect(calls[calls.length - 1]).toEqual([
    [[1]],
    [
      [1, "x"],
      [null, true],
    ],
    [[null]],
    null,
    [[5]],
  ]);
  state.setCell("效果监控", "D1", '=PLAN.ARGS("预算")');
  expect(calls[calls.length - 1]).toEqual([[["预算"]]]);
});

it("maps error results to Excel errors and a thrown exception to #VALUE!", () => {
  const { state } = withPlan();
  state.setCell("效果监控", "A1:B1", [[5, 0]]);
  state.setCell("效果监控", "C1", "=PLAN.DEVIATION(A1,B1)");
  state.setCell("效果监控", "C2", '=PLAN.DEVIATION("abc",1)');
  state.setCell("效果监控", "C3", "=PLAN.BOOM()");
  state.setCell("效果监控", "C4", "=PLAN.DEVIATION(,1)");
  state.setCell("效果监控", "C5", '=IFERROR(PLAN.DEVIATION(A1,B1),"n/a")');
  expect(state.getValues("效果监控", "C1:C5")).toEqual([["#DIV/0!"], ["#VALUE!"], ["#VALUE!"], [""], ["n/a"]]);
  // an error in an argument is the result, without calling the function
  state.setCell("效果监控", "C6", "=PLAN.DEVIATION(1/0,1)");
  expect(state.getValue("效果监控", "C6")).toBe("#DIV/0!");
});

it("spills a 2-D result into the cells below and right; spilled cells have no formula", async () => {
  const { run, state } = withPlan();
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("效果监控");
    s.getRange("A1").values = [[3]];
    s.getRange("B1").formulas = [["=PLAN.SEQ(A1)"]];
    const r = s.getRange("B1:C4").load("values, formulas");
    await context.sync();
    expect(r.values).toEqual([
      [1, "第1期"],
      [2, "第2期"],
      [3, "第3期"],
      ["", ""],
    ]);
    expect(r.formulas).toEqual([
      ["=PLAN.SEQ(A1)", "第1期"],
      [2, "第2期"],
      [3, "第3期"],
      ["", ""],
    ]);
  });
  // other formulas read the spilled cells
  state.setCell("效果监控", "E1", "=SUM(B1:B10)");
  expect(state.getValue("效果监控", "E1")).toBe(6);
  // the result grows and shrinks with its input
  state.setCell("效果监控", "A1", 4);
  expect(state.getValue("效果监控", "C4")).toBe("第4期");
  expect(state.getValue("效果监控", "E1")).toBe(10);
  state.setCell("效果监控", "A1", 1);
  expect(state.getValues("效果监控", "B1:C2")).toEqual([
    [1, "第1期"],
    ["", ""],
  ]);
});

it("shows #SPILL! when the spill range is not empty, and spills again once it is cleared", () => {
  const { state } = withPlan();
  state.setCell("效果监控", "A1", 3);
  state.setCell("效果监控", "C2", "in the way");
  state.setCell("效果监控", "B1", "=PLAN.SEQ(A1)");
  expect(state.getValue("效果监控", "B1")).toBe("#SPILL!");
  state.setCell("效果监控", "C2", "");
  expect(state.getValues("效果监控", "B1:C2")).toEqual([
    [1, "第1期"],
    [2, "第2期"],
  ]);
});

it("spills element-wise results over ranges", () => {
  const { state } = withPlan();
  state.setCell("效果监控", "A1:B3", [
    [0.015, 0.02],
    [0.12, 0.15],
    [75, 80],
  ]);
  state.setCell("效果监控", "C1", "=PLAN.DEVIATION(A1:A3,B1:B3)");
  const v = state.getValues("效果监控", "C1:C3").map((r) => Number(r[0]));
  expect(v[0]).toBeCloseTo(-0.25, 12);
  expect(v[1]).toBeCloseTo(-0.2, 12);
  expect(v[2]).toBeCloseTo(-0.0625, 12);
});

it("a multi-cell result inside a table is #SPILL!, as Excel does not spill in tables", async () => {
  const { run, state } = withPlan();
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("效果监控");
    s.getRange("A1:B1").values = [["n", "seq"]];
    s.tables.add("A1:B2", true);
    s.getRange("A2:B2").formulas = [[2, "=PLAN.SEQ(A2)"]];
    await context.sync();
  });
  expect(state.getValue("效果监控", "B2")).toBe("#SPILL!");
});

it("a formula naming an unregistered function is #NAME?", () => {
  const { state } = withPlan();
  state.setCell("效果监控", "A1", "=PLAN.NOPE(1)");
  expect(state.getValue("效果监控", "A1")).toBe("#NAME?");
});

it("functions registered after formulas were written take effect", () => {
  const { double, state } = setup();
  state.setCell("Sheet1", "A1", "=LATE.TWICE(21)");
  expect(state.getValue("Sheet1", "A1")).toBe("#NAME?");
  double.registerCustomFunctions("LATE", { TWICE: (x: M) => [[Number(first(x)) * 2]] });
  expect(state.getValue("Sheet1", "A1")).toBe(42);
});
