/**
 * Round trips do not grow with rows: writing and reading 10,000 rows of a
 * sheet takes as many syncs as 10 rows, with every request and response under
 * Excel on the web's 5 MB. Only a payload beyond that (four sheets of 10,000
 * rows at once) is split, and then the syncs grow with the payload. Counts,
 * never wall-clock time.
 */
import { planFormula } from "../../src/domain/formulas/plan-style";
import type { PlanSheetKey } from "../../src/domain/schema/sheet-keys";
import { createPlan } from "../../src/excel/create-plan";
import { PAYLOAD_LIMIT_BYTES, payloadBudget, setPayloadBudget } from "../../src/excel/payload";
import { setup } from "./harness";
import { planRows } from "./plan-rows";

jest.setTimeout(300_000);

interface Counts {
  create: number;
  check: number;
  period?: number;
  switchStyle?: number;
  maxRequest: number;
  maxResponse: number;
  requestBytes: number;
  responseBytes: number;
}

async function run(sheet: PlanSheetKey, n: number): Promise<Counts> {
  const h = setup();
  try {
    const rows = planRows(n);
    const counts: Partial<Counts> = {};
    const created = await createPlan(
      { lang: "zh-CN", sheets: [sheet, "settings"], example: false, style: "plan" },
      { [sheet]: rows[sheet] },
    );
    counts.create = created.syncs;
    expect(
      h.state.table(created.outcomes[0].sheetName === "" ? "" : `Plan${sheet[0].toUpperCase()}${sheet.slice(1)}`)!
        .rowCount,
    ).toBe(n);
    const check = await h.workbook.check();
    counts.check = check.syncs;
    if (sheet === "monitoring") {
      const p = await h.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" });
      expect(p.added).toBe(n);
      counts.period = p.syncs;
    }
    if (sheet === "budget" || sheet === "monitoring")
      counts.switchStyle = (await h.workbook.switchStyle("plan", "zh-CN")).syncs;
    counts.maxRequest = h.stats.maxRequestBytes;
    counts.maxResponse = h.stats.maxResponseBytes;
    counts.requestBytes = h.stats.requestBytes;
    counts.responseBytes = h.stats.responseBytes;
    expect(h.stats.log.every((l) => l.outcome === "ok")).toBe(true);
    return counts as Counts;
  } finally {
    h.uninstall();
  }
}

const syncsOf = ({ create, check, period, switchStyle }: Counts) => ({ create, check, period, switchStyle });

describe.each<PlanSheetKey>(["goals", "strategies", "budget", "monitoring"])("%s sheet", (sheet) => {
  it("10 and 10,000 rows take the same number of syncs", async () => {
    const small = await run(sheet, 10);
    const large = await run(sheet, 10_000);
    expect(syncsOf(large)).toEqual(syncsOf(small));
    expect(small.create).toBeLessThanOrEqual(3);
    expect(small.check).toBeLessThanOrEqual(3);
    expect(large.maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(large.maxResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // The payload did grow: it is the round trips that did not.
    expect(large.requestBytes).toBeGreaterThan((100 * small.requestBytes) / 10);
  });
});

it("four sheets of 10,000 rows at once: split into requests under 5 MB, syncs grow with the payload only", async () => {
  const h = setup();
  try {
    const all = planRows(10_000);
    const created = await createPlan(
      {
        lang: "zh-CN",
        sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
        example: false,
        style: "plan",
      },
      all,
    );
    const createLog = [...h.stats.log];
    h.stats.reset();
    const check = await h.workbook.check();
    const checkLog = [...h.stats.log];
    for (const l of [...createLog, ...checkLog]) {
      expect(l.outcome).toBe("ok");
      expect(l.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(l.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    const written = createLog.reduce((n, l) => n + l.requestBytes, 0);
    const read = checkLog.reduce((n, l) => n + l.responseBytes, 0);
    // Base round trips (2 for create, 3 for check) plus one per further budget's worth of payload.
    expect(created.syncs).toBeLessThanOrEqual(2 + Math.ceil(written / payloadBudget()));
    expect(check.syncs).toBeLessThanOrEqual(3 + Math.ceil(read / payloadBudget()));
    expect(created.syncs).toBeGreaterThan(2);
    expect(check.findings.filter((f) => f.code.startsWith("computed"))).toEqual([]);
  } finally {
    h.uninstall();
  }
});

describe("under a smaller payload limit (the same logic as 5 MB, with less data)", () => {
  afterEach(() => setPayloadBudget(undefined));

  it("writes are split into requests that fit, and every row arrives", async () => {
    const h = setup({ payloadLimitBytes: 250_000 });
    setPayloadBudget(200_000);
    try {
      const created = await createPlan(
        { lang: "zh-CN", sheets: ["monitoring", "settings"], example: false, style: "plan" },
        { monitoring: planRows(2000).monitoring },
      );
      expect(created.syncs).toBeGreaterThan(2);
      expect(h.stats.log.every((l) => l.outcome === "ok" && l.requestBytes < 250_000)).toBe(true);
      expect(h.state.table("PlanMonitoring")!.rowCount).toBe(2000);
      expect(h.state.getFormula("效果监控", "J2001")).toBe(
        planFormula({ kind: "status", cells: { actual: "H2001", target: "G2001", direction: "F2001" }, lang: "zh-CN" }),
      );
    } finally {
      h.uninstall();
    }
  });

  it("a response Excel refuses as too large is split and read again", async () => {
    const h = setup({ responseLimitBytes: 150_000 });
    try {
      await createPlan(
        { lang: "zh-CN", sheets: ["budget", "settings"], example: false, style: "plan" },
        { budget: planRows(2000).budget },
      );
      h.stats.reset();
      const check = await h.workbook.check();
      expect(h.stats.log.some((l) => l.outcome === "ResponsePayloadSizeLimitExceeded")).toBe(true);
      expect(check.summary.totalBudget).toBe(20_000);
      expect(check.findings.filter((f) => f.code.startsWith("computed"))).toEqual([]);
    } finally {
      h.uninstall();
    }
  });

  it("period rows: a monitoring table too large for one response is read in parts", async () => {
    const h = setup({ responseLimitBytes: 150_000 });
    try {
      await createPlan(
        { lang: "zh-CN", sheets: ["monitoring", "settings"], example: false, style: "plan" },
        { monitoring: planRows(2000).monitoring },
      );
      h.stats.reset();
      const r = await h.workbook.addPeriodRows({ frequency: "weekly", period: "2026-W06", lang: "zh-CN" });
      expect(r.added).toBe(2000);
      expect(h.stats.log.some((l) => l.outcome === "ResponsePayloadSizeLimitExceeded")).toBe(true);
      expect(h.state.table("PlanMonitoring")!.rowCount).toBe(4000);
    } finally {
      h.uninstall();
    }
  });
});
