/**
 * The integration cases read cells right after writes; in real Excel PLAN.*
 * cells may still show #BUSY! then. The probe reads again until they settle,
 * so a case compares settled values in Excel as it does on the double.
 */
import { createExcelProbe } from "../excel-cases/probe";
import { setup, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = setup({ lang: "zh-CN" });
  await h.workbook.create({
    lang: "zh-CN",
    sheets: ["budget", "monitoring", "settings"],
    example: true,
    style: "plan",
  });
});
afterEach(() => h.uninstall());

test("a read that meets #BUSY! is read again until the cells settle", async () => {
  const settled = await createExcelProbe().values("预算分配", "F2:I2");
  h.state.busyForRequests(2);
  expect(await createExcelProbe({ busyWaitMs: 0 }).values("预算分配", "F2:I2")).toEqual(settled);
});

test("without reading again the same moment shows #BUSY! (the double does model it)", async () => {
  h.state.busyForRequests(2);
  const rows = await createExcelProbe({ busyRetries: 0 }).values("预算分配", "F2:I2");
  expect(rows[0]).toContain("#BUSY!");
});
