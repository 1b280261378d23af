/**
 * What people type stays what they typed: text that looks like a formula, a
 * sign, a date or a number with leading zeros is written as text, never
 * evaluated or converted.
 */
import { createPlan } from "../../src/excel/create-plan";
import { setup } from "./harness";

const TRICKY = [
  '=HYPERLINK("http://evil.example","点我")',
  "+1",
  "-x",
  "@x",
  "'quoted",
  "=",
  "2026-01",
  "001",
  "1.5%",
  "TRUE",
];

it("tricky text in text columns is written as text and read back unchanged", async () => {
  const h = setup();
  try {
    await createPlan(
      { lang: "zh-CN", sheets: ["goals", "settings"], example: false, style: "plan" },
      {
        goals: TRICKY.map((metric, i) => ({
          id: i === 7 ? "007" : `G${i + 1}`,
          dimension: "brand",
          metric,
          direction: i === 5 ? "=" : "≥",
          target: 100,
          owner: metric,
          period: "monthly",
        })),
      },
    );
    const metrics = h.state.getValues("目标分解", `C2:C${TRICKY.length + 1}`).map((r) => r[0]);
    expect(metrics).toEqual(TRICKY);
    const owners = h.state.getValues("目标分解", `J2:J${TRICKY.length + 1}`).map((r) => r[0]);
    expect(owners).toEqual(TRICKY);
    expect(h.state.getValue("目标分解", "D7")).toBe("=");
    expect(h.state.getValue("目标分解", "A9")).toBe("007");
    // The check reads them as the texts they are: no unreadable cells, no formula anywhere in the table.
    const report = await h.workbook.check();
    expect(report.findings.filter((f) => f.sheet === "goals" && f.code !== "ownerMultiple")).toEqual([]);
    expect(
      h.state
        .table("PlanGoals")!
        .formulas.flat()
        .filter((v) => typeof v === "string" && v.startsWith("=") && v !== "=" && !TRICKY.includes(v)),
    ).toEqual([]);
  } finally {
    h.uninstall();
  }
});

it("carried-over text in new period rows stays text", async () => {
  const h = setup();
  try {
    await createPlan(
      { lang: "zh-CN", sheets: ["monitoring", "settings"], example: false, style: "plan" },
      {
        monitoring: [
          {
            period: "2026-01",
            metric: '=HYPERLINK("x")',
            source: "+1",
            frequency: "monthly",
            direction: "=",
            target: 0.15,
            actual: 0.12,
          },
        ],
      },
    );
    const r = await h.workbook.addPeriodRows({ frequency: "monthly", period: "2026-02", lang: "zh-CN" });
    expect(r.added).toBe(1);
    expect(h.state.getValues("效果监控", "A3:H3")).toEqual([
      ["2026-02", '=HYPERLINK("x")', "", "+1", "月", "=", 0.15, ""],
    ]);
  } finally {
    h.uninstall();
  }
});
