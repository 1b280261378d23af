import { deferredWorkbook } from "../../src/taskpane/deferred-workbook";
import type { PlanWorkbook } from "../../src/excel/contract";

function fakeWorkbook(calls: string[]): PlanWorkbook {
  const record =
    (name: string, result: unknown) =>
    async (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(",")})`);
      return result as never;
    };
  return {
    create: record("create", { outcomes: [], syncs: 2 }),
    check: record("check", { findings: [], syncs: 3 }),
    select: record("select", undefined),
    addPeriodRows: record("addPeriodRows", { added: 1, skipped: 0, firstActualAddress: null, syncs: 3 }),
    readSettings: record("readSettings", { present: false }),
    writeSettings: record("writeSettings", { written: true, syncs: 3 }),
    insertFormula: record("insertFormula", "Sheet1!A1"),
    switchStyle: record("switchStyle", { rewritten: 0, syncs: 3 }),
    writeRollup: record("writeRollup", { written: true, sheetName: "汇总", rows: 0, syncs: 3 }),
    refreshReview: record("refreshReview", { charts: 0, syncs: 4 }),
    restoreFormulas: record("restoreFormulas", { restored: [], skipped: [], syncs: 3 }),
    refreshTimeline: record("refreshTimeline", { sheetName: "甘特图", strategies: 0, weeks: 12, syncs: 3 }),
  };
}

describe("the pane's workbook loads the Excel layer on first use", () => {
  test("nothing loads until a call or a preload; concurrent calls share one load", async () => {
    const calls: string[] = [];
    let loads = 0;
    const wb = deferredWorkbook(async () => {
      loads++;
      return fakeWorkbook(calls);
    });
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([wb.select("预算分配!E7"), wb.insertFormula("=PLAN.ROI(360,100)")]);
    expect(a).toBeUndefined();
    expect(b).toBe("Sheet1!A1");
    expect(loads).toBe(1);
    expect(calls).toEqual(['select("预算分配!E7")', 'insertFormula("=PLAN.ROI(360,100)")']);
    wb.preload();
    await wb.check();
    expect(loads).toBe(1);
  });

  test("a failed load surfaces as the call's error and is tried again next time", async () => {
    let attempt = 0;
    const wb = deferredWorkbook(async () => {
      attempt++;
      if (attempt === 1) throw new Error("chunk failed to load");
      return fakeWorkbook([]);
    });
    await expect(wb.check()).rejects.toThrow("chunk failed to load");
    await expect(wb.readSettings()).resolves.toEqual({ present: false });
    expect(attempt).toBe(2);
  });
});
