/**
 * Right after writes, Excel shows #BUSY! in cells whose custom functions are
 * still calculating. The check works from the input cells and the computed
 * columns' formulas, never their values, so #BUSY! cells are neither reported
 * nor summed, and it needs no wait or second read.
 */
import { setup, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = setup({ lang: "zh-CN" });
  await h.workbook.create({
    lang: "zh-CN",
    sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
    example: true,
    style: "plan",
  });
});
afterEach(() => h.uninstall());

test("#BUSY! cells right after a write: the check reports what a settled workbook gives, with no extra read", async () => {
  const settled = await h.workbook.check();
  h.state.busyForRequests(3); // the scan's two trips and the first read of the bodies
  const report = await h.workbook.check();
  expect(report.findings).toEqual(settled.findings);
  expect(report.summary).toEqual(settled.summary);
  expect(report.syncs).toBe(settled.syncs);
  expect(h.stats.log.length).toBeGreaterThan(0);
});

test("cells that stay #BUSY! are never reported as findings", async () => {
  const settled = await h.workbook.check();
  h.state.busyForRequests(1000);
  const report = await h.workbook.check();
  expect(report.findings.map((f) => f.code)).toEqual(settled.findings.map((f) => f.code));
});

test("the double shows #BUSY! in PLAN.* cells only, for the requests asked", async () => {
  h.state.busyForRequests(1);
  const read = () =>
    Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("预算分配").getRange("B2:I2").load("values");
      await context.sync();
      return r.values[0];
    });
  const busy = await read();
  expect(busy[7]).toBe("#BUSY!"); // 审批级别 =PLAN.APPROVAL(…)
  expect(busy[0]).toBe("天猫推广费");
  expect((await read())[7]).toBe("无需审批");
});
