/**
 * Excel can refuse a request that is too large as a plain GeneralException,
 * not only with the payload-limit codes: the check then reads in smaller parts
 * instead of failing; a GeneralException on a request that cannot be split
 * reaches the pane as data.
 */
import { RequestContext } from "../excel-double/api/context";
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

test("a GeneralException while reading the tables: the check splits the read and still reports", async () => {
  const clean = await h.workbook.check();
  // The check's third trip reads the table bodies; Excel refuses it as a GeneralException.
  const sync = RequestContext.prototype.sync;
  let calls = 0;
  const spy = jest.spyOn(RequestContext.prototype, "sync").mockImplementation(function (
    this: RequestContext,
    ...args: unknown[]
  ) {
    if (++calls === 3) h.state.failNextSync("GeneralException");
    return sync.apply(this, args as []);
  });
  try {
    const syncsBefore = h.stats.syncs;
    const report = await h.workbook.check();
    expect(report.summary).toEqual(clean.summary);
    expect(report.findings).toEqual(clean.findings);
    expect(h.stats.log.some((r) => r.outcome === "GeneralException")).toBe(true);
    expect(h.stats.syncs - syncsBefore).toBeGreaterThan(clean.syncs);
  } finally {
    spy.mockRestore();
  }
});

test("a GeneralException that splitting cannot avoid reaches the pane as {code, params}", async () => {
  for (let i = 0; i < 50; i++) h.state.failNextSync();
  await expect(h.workbook.check()).rejects.toMatchObject({
    name: "WorkbookError",
    code: "office",
    params: { officeCode: "GeneralException" },
  });
});
