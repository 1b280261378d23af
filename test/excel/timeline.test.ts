/** The timeline (甘特图) sheet: created and refreshed from the strategies, bars by formula conditional formats. */
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;
const G = "甘特图";
const S = "策略执行";
const BAR = "#5B9BD5";
const MARK = "#FFEB9C";
const marked = (h: Harness, a1: string) => fills(h, a1).includes(MARK);
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
    expect(h.state.getValues(G, "A1:H1")).toEqual([
      ["编号", "具体动作", "负责人", "状态", "开始日期", "截止日期", "前置", "开始早于截止"],
    ]);
    expect(h.state.getValues(G, "A2:C2")).toEqual([["S1", "筛选10位垂类KOL", "赵专员"]]);
    // S1 has no start: drawn in its due week only (I = week of 01-05).
    expect(fills(h, "I2")).toContain(BAR);
    expect(fills(h, "J2")).not.toContain(BAR);
    // A start typed on the strategy sheet draws the bar from then on.
    h.state.setCell(S, "E2", 46027); // 2026-01-05
    h.state.setCell(S, "F2", 46045); // 2026-01-23
    expect(["I2", "J2", "K2", "L2"].map((c) => fills(h, c).includes(BAR))).toEqual([true, true, true, false]);
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

  describe("prerequisites (前置依赖) beside the bars", () => {
    // Example dues: S1 2026-01-10 (策略执行 row 2), S2 2026-02-01 (row 3), S3 2026-01-25 (row 4); 前置依赖 is column I.
    const JAN_10 = 46032;
    const JAN_25 = 46047;
    beforeEach(() => {
      h.state.setCell(S, "I3", "S1, S3");
      h.state.setCell(S, "E3", JAN_10); // on S1's due day (fine), before S3's (too early)
    });

    it("lists the ids as typed and names, and marks, the prerequisite started before its due date, as the check does", async () => {
      const r = await h.workbook.refreshTimeline("zh-CN");
      expect(r.syncs).toBeLessThanOrEqual(4);
      expect(h.state.getValues(G, "G2:H4")).toEqual([
        ["", ""],
        ["S1, S3", "S3"],
        ["", ""],
      ]);
      expect(["G2", "G3", "G4"].map((c) => marked(h, c))).toEqual([false, true, false]);
      const check = await h.workbook.check();
      const early = check.findings.filter((f) => f.code === "dependencyOrder");
      expect(early.map((f) => [f.address, f.params.dependsOn])).toEqual([["策略执行!E3", "S3"]]);
    });

    it("the note and its mark follow an edited start: starting on the prerequisite's due day clears them", async () => {
      await h.workbook.refreshTimeline("zh-CN");
      h.state.setCell(S, "E3", JAN_25 - 1);
      expect(h.state.getValue(G, "H3")).toBe("S3");
      h.state.setCell(S, "E3", JAN_25);
      expect(h.state.getValue(G, "H3")).toBe("");
      expect(marked(h, "G3")).toBe(false);
      h.state.setCell(S, "E3", JAN_10 - 1); // now before both
      expect(h.state.getValue(G, "H3")).toBe("S1, S3");
      expect(marked(h, "G3")).toBe(true);
    });

    it("a 前置依赖 edited after the refresh asks for a refresh rather than judging the old list; refresh judges the new one", async () => {
      await h.workbook.refreshTimeline("zh-CN");
      h.state.setCell(S, "I3", "S1");
      expect(h.state.getValue(G, "G3")).toBe("S1");
      expect(h.state.getValue(G, "H3")).toBe("前置依赖已改，请刷新甘特图");
      expect(marked(h, "G3")).toBe(true);
      await h.workbook.refreshTimeline("zh-CN");
      expect(h.state.getValue(G, "H3")).toBe("");
      expect(marked(h, "G3")).toBe(false);
    });

    it("en-US headers; the refresh takes as many round trips with prerequisites as without", async () => {
      await h.workbook.refreshTimeline("en-US");
      expect(h.state.getValues("Timeline", "G1:H1")).toEqual([["Depends on", "Starts before due of"]]);
      h.state.setCell(S, "I3", "");
      const without = await h.workbook.refreshTimeline("en-US");
      expect(h.state.getValues("Timeline", "G2:H4").flat()).toEqual(["", "", "", "", "", ""]);
      h.state.setCell(S, "I3", "S1, S3");
      h.state.setCell(S, "I4", "S1");
      h.state.setCell(S, "E4", JAN_10 - 1);
      const withDeps = await h.workbook.refreshTimeline("en-US");
      expect(h.state.getValues("Timeline", "G3:H4")).toEqual([
        ["S1, S3", "S3"],
        ["S1", "S1"],
      ]);
      expect(withDeps.syncs).toBe(without.syncs);
      expect(withDeps.syncs).toBeLessThanOrEqual(4);
    });
  });
});
