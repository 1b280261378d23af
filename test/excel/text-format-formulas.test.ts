/**
 * Excel keeps a formula written into a text-formatted ("@") cell as text (the
 * double models it). Computed columns are never "@"; a workbook made when the
 * status, approval and effect columns were "@" gets working formulas back from
 * "switch style" and in new period rows.
 */
import { planFormula } from "../../src/domain/formulas/plan-style";
import { setup, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = setup({ lang: "zh-CN" });
  await h.workbook.create({
    lang: "zh-CN",
    sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
    example: true,
    style: "standard",
  });
});
afterEach(() => h.uninstall());

test("computed text columns are General, input text columns stay @", () => {
  expect(h.state.getNumberFormat("预算分配", "I2")).toBe("General"); // 审批级别
  expect(h.state.getNumberFormat("效果监控", "J2")).toBe("General"); // 状态
  expect(h.state.getNumberFormat("预算分配", "B2")).toBe("@"); // 明细科目
  expect(h.state.getValue("预算分配", "I2")).toBe("无需审批");
});

test("switch style and new period rows calculate even where an older version left '@'", async () => {
  // What an older version did: the status column formatted as text.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("效果监控").getRange("J2:J4").numberFormat = [["@"], ["@"], ["@"]];
    await context.sync();
  });
  await h.workbook.switchStyle("plan", "zh-CN");
  for (const status of h.state.getValues("效果监控", "J2:J4").flat()) expect(status).toMatch(/^(达标|预警|告警)$/);
  const added = await h.workbook.addPeriodRows({ frequency: "monthly", period: "2026-02", lang: "zh-CN" });
  expect(added.added).toBeGreaterThan(0);
  const row = 4 + added.added;
  const cells = { actual: `H${row}`, target: `G${row}`, direction: `F${row}` };
  expect(h.state.getFormula("效果监控", `J${row}`)).toBe(planFormula({ kind: "status", cells, lang: "zh-CN" }));
});
