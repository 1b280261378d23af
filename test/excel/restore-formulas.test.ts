/** computedValueTyped → "restore formula" / "restore all": only the cells the findings name are written. */
import { planFormula } from "../../src/domain/formulas/plan-style";
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;
const B = "预算分配";
const M = "效果监控";

describe("restore formulas", () => {
  let h: Harness;
  beforeEach(async () => {
    h = setup();
    await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "plan" });
  });
  afterEach(() => h.uninstall());

  it("computedValueTyped: restore one finding's cell; the other typed-over cell and every input stay as they are", async () => {
    h.state.setCell(B, "F3", 7);
    h.state.setCell(M, "J4", "达标");
    const inputs = h.state.getFormulas(B, "A2:E5");
    const typed = (await h.workbook.check()).findings
      .filter((f) => f.code === "computedValueTyped")
      .map((f) => f.address);
    expect(typed).toEqual(["预算分配!F3", "效果监控!J4"]);

    const r = await h.workbook.restoreFormulas([typed[0]], "zh-CN");
    expect(r).toEqual({ restored: ["预算分配!F3"], skipped: [], syncs: 3 });
    expect(h.state.getFormula(B, "F3")).toBe(
      planFormula({ kind: "variance", cells: { actual: "E3", budget: "D3" }, lang: "zh-CN" }),
    );
    expect(h.state.getValue(B, "F3")).toBe(-2);
    expect(h.state.getFormula(M, "J4")).toBe("达标");
    expect(h.state.getFormulas(B, "A2:E5")).toEqual(inputs);
  });

  it("restore all: every named cell in one write; the check is clean of computedValueTyped after", async () => {
    h.state.setCell(B, "F3", 7);
    h.state.setCell(M, "J4", "达标");
    const typed = (await h.workbook.check()).findings
      .filter((f) => f.code === "computedValueTyped")
      .map((f) => f.address);
    const r = await h.workbook.restoreFormulas(typed, "zh-CN");
    expect(r.restored).toEqual(typed);
    expect(r.syncs).toBe(3); // as for one cell: constant
    expect(h.state.getFormula(M, "J4")).toBe(
      planFormula({ kind: "status", cells: { actual: "H4", target: "G4", direction: "F4" }, lang: "zh-CN" }),
    );
    expect((await h.workbook.check()).findings.filter((f) => f.code === "computedValueTyped")).toEqual([]);
  });

  it("a stale address (an input cell, a computed cell holding its formula, another sheet) is skipped, never written", async () => {
    const before = [h.state.getFormulas(B, "A1:K5"), h.state.getFormulas(M, "A1:K4")];
    const r = await h.workbook.restoreFormulas(["预算分配!E3", "预算分配!F2", "目标分解!A2", "nonsense"], "zh-CN");
    expect(r.restored).toEqual([]);
    expect(r.skipped).toEqual(["预算分配!E3", "预算分配!F2", "目标分解!A2", "nonsense"]);
    expect([h.state.getFormulas(B, "A1:K5"), h.state.getFormulas(M, "A1:K4")]).toEqual(before);
  });
});
