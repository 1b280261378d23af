/**
 * Sheets edited as people do, then checked: findings with the right codes and
 * sheet-qualified addresses, nothing reported that is fine.
 */
import { findingMessage } from "../../src/domain/findings/messages";
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;
const B = "预算分配";

describe("checking sheets people have edited", () => {
  let h: Harness;
  beforeEach(async () => {
    h = setup();
    await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "plan" });
  });
  afterEach(() => h.uninstall());

  it("reordered, inserted and renamed columns, blank rows, numbers as text, typed-over formulas, dangling links", async () => {
    // 审批人 (K) dragged to C: insert, copy, delete — formulas follow their columns.
    h.state.insertColumn(B, "C");
    h.state.setCells(B, "C1:C4", h.state.getValues(B, "L1:L4"));
    h.state.deleteColumns(B, "L");
    // A notes column inserted at B.
    h.state.insertColumn(B, "B");
    h.state.setCell(B, "B1", "备注");
    // 实际支出(万元) (now G) renamed to its English header.
    expect(h.state.getValue(B, "G1")).toBe("实际支出(万元)");
    h.state.setCell(B, "G1", "Actual (10k)");
    // A blank row in the middle of the table.
    h.state.insertRows(B, 3);
    // Numbers typed as text: "18" is read as 18 (and reported: a spreadsheet without the add-in may read it otherwise), "五万" is not a number.
    h.state.setCell(B, "G4", "'18");
    h.state.setCell(B, "F5", "五万");
    // A person typed over the variance formula of the first line.
    h.state.setCell(B, "H2", 1);
    // Goal G2 deleted although strategy S2 links to it.
    h.state.deleteRows("目标分解", 3);

    const report = await h.workbook.check();
    const got = report.findings.map((f) => [f.code, f.address]);
    expect(got).toEqual([
      ["danglingLink", "策略执行!B3"],
      ["computedValueTyped", "预算分配!H2"],
      ["formulaReadsDifferently", "预算分配!G4"],
      ["notANumber", "预算分配!F5"],
      // The 复购率 row measures G2, deleted with it.
      ["danglingLink", "效果监控!C3"],
    ]);
    for (const f of report.findings) expect(findingMessage(f, "zh-CN").message.startsWith(f.address)).toBe(true);
    // "18" typed as text counted as 18: the totals are the example's less the 5 of the unreadable budget
    // (the contingency line of 5 has no actual; with it the reserve share is 5 / 35, within 10%–15%).
    expect(report.summary.totalActual).toBe(33.5);
    expect(report.summary.totalBudget).toBe(35);
    expect(report.syncs).toBe(3);
  });

  it("a deleted computed column, an alert without action, a status typed over", async () => {
    const M = "效果监控";
    h.state.deleteColumns(B, "G"); // 差异率
    h.state.setCell(M, "K2", ""); // the 点击率 alert loses its improvement action
    h.state.setCell(M, "J4", "达标"); // someone typed the status
    const report = await h.workbook.check();
    const got = report.findings.map((f) => [f.code, f.address]);
    expect(got).toContainEqual(["computedColumnMissing", "预算分配!A1:J1"]);
    expect(got).toContainEqual(["alertWithoutAction", "效果监控!K2"]);
    expect(got).toContainEqual(["computedValueTyped", "效果监控!J4"]);
  });

  it("findings in English with the English sheet names", async () => {
    const e = setup({ lang: "en-US" });
    try {
      await e.workbook.create({ lang: "en-US", sheets: [...ALL], example: true, style: "standard" });
      e.state.setCell("Budget", "F3", 7);
      const report = await e.workbook.check();
      const typed = report.findings.find((f) => f.code === "computedValueTyped");
      expect(typed?.address).toBe("Budget!F3");
      expect(findingMessage(typed!, "en-US").message).toMatch(/^Budget!F3: /);
    } finally {
      e.uninstall();
    }
  });

  it("threshold cells that cannot be used are findings on the settings sheet", async () => {
    h.state.setCell("设置", "B2", "很多");
    h.state.setCell("设置", "B3", 0.05);
    const report = await h.workbook.check();
    const settings = report.findings.filter((f) => f.sheet === "settings").map((f) => [f.code, f.address]);
    expect(settings).toEqual([
      ["settingNotANumber", "设置!B2"],
      ["setting.gmBelowLead", "设置!B3"],
    ]);
  });
});
