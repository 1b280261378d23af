/**
 * Nothing is ever overwritten: creating again keeps every edit, a table that
 * lacks a column gets just that column back (formulas included) without any row
 * changing, and a foreign sheet of the same name is left alone.
 */
import { planFormula } from "../../src/domain/formulas/plan-style";
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;

describe("create never overwrites", () => {
  let h: Harness;
  beforeEach(() => {
    h = setup({ sheets: ["Sheet1"] });
  });
  afterEach(() => h.uninstall());

  it("a second create keeps a person's edits and reports every sheet as existing", async () => {
    await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "plan" });
    h.state.setCell("预算分配", "E2", 12); // actual changed
    h.state.setCell("预算分配", "J2", "加价购买关键词"); // explanation rewritten
    h.state.setCell("目标分解", "C2", "品牌搜索指数");
    h.state.setCell("设置", "B2", 0.08);
    const before = h.state.snapshot();

    const report = await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "standard" });
    expect(report.outcomes.map((o) => [o.sheet, o.outcome])).toEqual([
      ["goals", "existing"],
      ["strategies", "existing"],
      ["budget", "existing"],
      ["monitoring", "existing"],
      ["settings", "existing"],
    ]);
    expect(h.state.snapshot()).toEqual(before);
    expect(h.state.getValue("预算分配", "F2")).toBe(2);
    expect(report.syncs).toBe(3);
  });

  it("a table without a computed and an input column gets them back, rows untouched", async () => {
    await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "plan" });
    h.state.deleteColumns("预算分配", "I"); // 审批级别 (computed)
    h.state.deleteColumns("预算分配", "C"); // 关联策略 (input)
    const rowsBefore = h.state.getValues("预算分配", "A1:I5");
    const formulasBefore = h.state.getFormulas("预算分配", "A2:I5");

    const report = await h.workbook.create({ lang: "zh-CN", sheets: ["budget"], example: true, style: "plan" });
    expect(report.outcomes).toEqual([
      { sheet: "budget", sheetName: "预算分配", outcome: "columnsAdded", addedColumns: ["关联策略", "审批级别"] },
    ]);
    const table = h.state.table("PlanBudget")!;
    expect(table.address).toBe("预算分配!A1:K5");
    expect(table.rowCount).toBe(4);
    expect(h.state.getValues("预算分配", "A1:I5")).toEqual(rowsBefore);
    expect(h.state.getFormulas("预算分配", "A2:I5")).toEqual(formulasBefore);
    expect(h.state.getValues("预算分配", "J1:K1")).toEqual([["关联策略", "审批级别"]]);
    // The approval formula reads actual (D) and budget (C) where they stand now.
    expect(h.state.getFormula("预算分配", "K2")).toBe(
      planFormula({ kind: "approval", cells: { actual: "D2", budget: "C2" }, lang: "zh-CN" }),
    );
    expect(h.state.getValues("预算分配", "K2:K5")).toEqual([["无需审批"], ["无需审批"], ["无需审批"], [""]]); // the contingency line has no actual yet;
    expect(h.state.getValues("预算分配", "J2:J5")).toEqual([[""], [""], [""], [""]]);
    const check = await h.workbook.check();
    expect(check.findings.filter((f) => f.code.startsWith("computed"))).toEqual([]);
  });

  it("a sheet of the same name holding something else is left alone", async () => {
    h.state.addSheet("预算分配");
    h.state.setCells("预算分配", "A1:B2", [
      ["我的预算", "金额"],
      ["房租", 3],
    ]);
    h.state.addSheet("设置");
    h.state.setCell("设置", "A1", "打印设置");
    const before = h.state.snapshot().sheets.filter((s) => s.name === "预算分配" || s.name === "设置");

    const report = await h.workbook.create({
      lang: "zh-CN",
      sheets: ["goals", "budget", "settings"],
      example: true,
      style: "plan",
    });
    const byKey = Object.fromEntries(report.outcomes.map((o) => [o.sheet, o]));
    expect(byKey.goals.outcome).toBe("created");
    expect(byKey.budget.outcome).toBe("conflict");
    expect(byKey.budget.note).toEqual({ code: "sheetConflict", params: { sheetName: "预算分配" } });
    expect(byKey.settings.note).toEqual({ code: "settingsMoved", params: { taken: "设置", free: "设置 (2)" } });
    expect(byKey.settings).toMatchObject({ outcome: "created", sheetName: "设置 (2)" });
    const after = h.state.snapshot().sheets.filter((s) => s.name === "预算分配" || s.name === "设置");
    expect(after).toEqual(before);
    expect(h.state.table("PlanBudget")).toBeUndefined();
    expect(h.state.names().map((n) => n.name)).toContain("PlanApprovalLead");
  });

  it("an empty sheet of the right name is used", async () => {
    h.state.addSheet("Goals");
    const report = await h.workbook.create({ lang: "en-US", sheets: ["goals"], example: false, style: "plan" });
    expect(report.outcomes[0]).toEqual({ sheet: "goals", sheetName: "Goals", outcome: "created" });
    expect(h.state.table("PlanGoals")?.address).toBe("Goals!A1:L2");
    expect(h.state.sheetNames().filter((n) => n.startsWith("Goals"))).toEqual(["Goals"]);
  });

  it("sheets created in one language are found in the other", async () => {
    await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "plan" });
    const report = await h.workbook.create({ lang: "en-US", sheets: [...ALL], example: false, style: "plan" });
    expect(report.outcomes.every((o) => o.outcome === "existing")).toBe(true);
    expect(h.state.sheetNames()).not.toContain("Budget");
  });
});
