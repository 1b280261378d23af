/** The timeline (甘特图) sheet: created and refreshed from the strategies, bars by formula conditional formats. */
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;
const G = "甘特图";
const S = "策略执行";
const BAR = "#5B9BD5";
const fills = (h: Harness, a1: string) => h.state.conditionalFormatsAt(G, a1).map((f) => f["fill.color"]);

describe("timeline", () => {
  let h: Harness;
  beforeEach(async () => {
    h = setup();
    await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "plan" });
  });
  afterEach(() => h.uninstall());

  it("one row per strategy with ID, action, owner, status, dates beside weeks; bars from start to due follow edits", async () => {
    const r = await h.workbook.refreshTimeline("zh-CN");
    // Example dues 2026-01-10 (week of Mon 01-05) … 2026-02-01 (week of Mon 01-26): four weeks.
    expect(r).toMatchObject({ sheetName: G, strategies: 3, weeks: 4 });
    expect(r.syncs).toBeLessThanOrEqual(4);
    expect(h.state.getValues(G, "A1:F1")).toEqual([["编号", "具体动作", "负责人", "状态", "开始日期", "截止日期"]]);
    expect(h.state.getValues(G, "A2:C2")).toEqual([["S1", "筛选10位垂类KOL", "赵专员"]]);
    // S1 has no start: drawn in its due week only (G = week of 01-05).
    expect(fills(h, "G2")).toContain(BAR);
    expect(fills(h, "H2")).not.toContain(BAR);
    // A start typed on the strategy sheet draws the bar from then on.
    h.state.setCell(S, "E2", 46027); // 2026-01-05
    h.state.setCell(S, "F2", 46045); // 2026-01-23
    expect(["G2", "H2", "I2", "J2"].map((c) => fills(h, c).includes(BAR))).toEqual([true, true, true, false]);
  });

  it("refresh twice leaves one timeline sheet, with the rows of now", async () => {
    await h.workbook.refreshTimeline("zh-CN");
    h.state.setCell(S, "G3", "钱专员");
    const again = await h.workbook.refreshTimeline("zh-CN");
    expect(again.strategies).toBe(3);
    expect(h.state.sheetNames().filter((n) => n === G)).toEqual([G]);
    expect(h.state.getValue(G, "C3")).toBe("钱专员");
  });

  it("a sheet named 甘特图 holding someone's own content is never replaced", async () => {
    await h.workbook.refreshTimeline("zh-CN");
    h.state.setCell(G, "A1", "我的计划");
    await expect(h.workbook.refreshTimeline("zh-CN")).rejects.toMatchObject({
      code: "timelineSheetTaken",
      params: { sheetName: G },
    });
    expect(h.state.getValue(G, "A1")).toBe("我的计划");
  });
});
