/**
 * Round trips counted by the double itself (context.sync() calls and requests
 * sent), not by src/excel/run.ts's own counter: an extra context.sync() added
 * anywhere in an action fails here even if it bypasses the counted wrapper.
 */
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;

let h: Harness;
beforeEach(() => {
  h = setup({ lang: "zh-CN" });
});
afterEach(() => h.uninstall());

/** What one action costs, from the double's counters. */
async function cost<T>(
  action: () => Promise<T>,
): Promise<{ runs: number; syncs: number; roundTrips: number; result: T }> {
  const before = { runs: h.stats.runs, syncs: h.stats.syncs, roundTrips: h.stats.roundTrips };
  const result = await action();
  return {
    runs: h.stats.runs - before.runs,
    syncs: h.stats.syncs - before.syncs,
    roundTrips: h.stats.roundTrips - before.roundTrips,
    result,
  };
}

test("each action is one Excel.run with a fixed number of round trips", async () => {
  const counts: Record<string, [number, number, number]> = {};
  const measure = async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    const c = await cost(action);
    counts[name] = [c.runs, c.syncs, c.roundTrips];
    return c.result;
  };
  const created = await measure("create", () =>
    h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "standard" }),
  );
  const checked = await measure("check", () => h.workbook.check());
  const again = await measure("create again", () =>
    h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "standard" }),
  );
  await measure("period rows", () =>
    h.workbook.addPeriodRows({ frequency: "monthly", period: "2026-02", lang: "zh-CN" }),
  );
  const read = await measure("read settings", () => h.workbook.readSettings());
  await measure("write settings", () => h.workbook.writeSettings(read.thresholds));
  await measure("switch style", () => h.workbook.switchStyle("plan", "zh-CN"));
  await measure("select", () => h.workbook.select("预算分配!P3"));
  await measure("insert formula", () => h.workbook.insertFormula("=PLAN.ROI(360,100)"));

  // [Excel.run calls, context.sync() calls, requests sent]
  expect(counts).toEqual({
    create: [1, 2, 2], // nothing there yet: the scan needs one trip, the writes one
    check: [1, 3, 3],
    "create again": [1, 3, 2],
    "period rows": [1, 3, 3],
    "read settings": [1, 2, 2],
    "write settings": [1, 3, 3],
    "switch style": [1, 3, 3],
    select: [1, 1, 1],
    "insert formula": [1, 2, 2], // it reads the cell first: a filled cell is refused, never overwritten
  });
  // The reports' own figures agree with the double's.
  expect([created.syncs, checked.syncs, again.syncs]).toEqual([
    counts.create[1],
    counts.check[1],
    counts["create again"][1],
  ]);
  expect(again.outcomes.every((o) => o.outcome === "existing")).toBe(true);
});

test("a rejected settings write never reaches the workbook", async () => {
  await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: false, style: "standard" });
  const { thresholds } = await h.workbook.readSettings();
  const rejected = await cost(() => h.workbook.writeSettings({ ...thresholds, approvalLead: -1 }));
  expect({ runs: rejected.runs, syncs: rejected.syncs, roundTrips: rejected.roundTrips }).toEqual({
    runs: 0,
    syncs: 0,
    roundTrips: 0,
  });
});
