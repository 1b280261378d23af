/**
 * The timeline layout's prerequisite columns (前置 / Depends on and the note
 * naming prerequisites not yet due at the start), its formulas computed by
 * HyperFormula over the strategy sheet they point at.
 */
import { HyperFormula } from "hyperformula";
import { checkTimeline } from "../../../src/domain/check/timeline-check";
import { prerequisitesOf } from "../../../src/domain/check/prerequisites";
import { readSheet } from "../../../src/domain/read/read-sheet";
import { isTimelineHeader, timelineLayout, type TimelineLayout } from "../../../src/domain/timeline";
import { sheetGrid } from "../helpers/golden-grids";

const S = "策略执行";
const asOf = { year: 2026, month: 1, day: 1 };
const JAN_10 = 46032; // 2026-01-10 as an Excel date serial
const strategy = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  goalId: "G1",
  strategy: "推广策略",
  action: `动作${id}`,
  owner: "赵专员",
  ...extra,
});

function layoutOf(rows: Record<string, unknown>[], lang: "zh-CN" | "en-US" = "zh-CN") {
  const grid = sheetGrid("strategies", rows);
  const read = readSheet("strategies", grid);
  return { grid, read, layout: timelineLayout(read, lang, asOf, `'${S}'!`) };
}

/** The timeline body as HyperFormula computes it beside the strategy sheet. */
function computed(grid: { values: readonly (readonly unknown[])[] }, layout: TimelineLayout): unknown[][] {
  const hf = HyperFormula.buildFromSheets(
    { [S]: grid.values as never, 甘特图: [layout.header as never, ...(layout.rows as never[])] },
    { licenseKey: "gpl-v3" },
  );
  try {
    const id = hf.getSheetId("甘特图")!;
    return layout.rows.map((_, i) => [
      hf.getCellValue({ sheet: id, row: i + 1, col: layout.dependsOnCol }),
      hf.getCellValue({ sheet: id, row: i + 1, col: layout.noteCol }),
    ]);
  } finally {
    hf.destroy();
  }
}

describe("timeline prerequisite columns", () => {
  test("前置 and its note stand between the dates and the weeks, in both languages", () => {
    const zh = layoutOf([strategy("S1", { due: JAN_10 })]).layout;
    expect(zh.header.slice(0, 8)).toEqual([
      "编号",
      "具体动作",
      "负责人",
      "状态",
      "开始日期",
      "截止日期",
      "前置",
      "开始早于截止",
    ]);
    expect([zh.dependsOnCol, zh.noteCol, zh.firstWeekCol]).toEqual([6, 7, 8]);
    expect(typeof zh.header[8]).toBe("number");
    expect(zh.markRange).toBe("G2:G2");
    const en = layoutOf([strategy("S1", { due: JAN_10 })], "en-US").layout;
    expect(en.header.slice(6, 8)).toEqual(["Depends on", "Starts before due of"]);
  });

  test("a timeline written before these columns (weeks from G) is still the timeline's own", () => {
    expect(isTimelineHeader(["编号", "具体动作", "负责人", "状态", "开始日期", "截止日期", 46027])).toBe(true);
    expect(isTimelineHeader(["ID", "Action", "Owner", "Status", "Start", "Due", "Depends on"])).toBe(true);
    expect(isTimelineHeader(["我的计划"])).toBe(false);
  });

  test("lists the ids as typed; names the prerequisite started before its due day, not one started on it or after", () => {
    const { grid, read, layout } = layoutOf([
      strategy("S1", { due: JAN_10 }),
      strategy("S2", { due: JAN_10 + 20 }),
      strategy("S3", { start: JAN_10, due: JAN_10 + 30, dependsOn: "S1、s2" }), // on S1's day, before S2's
      strategy("S4", { start: JAN_10 - 1, due: JAN_10 + 30, dependsOn: "S1" }), // the day before
      strategy("S5", { start: JAN_10 + 20, due: JAN_10 + 30, dependsOn: "S1, S2" }), // on S2's day, after S1's
      strategy("S6", { due: JAN_10 + 30, dependsOn: "S1" }), // no start: not judged
      strategy("S7", { start: JAN_10 - 5, due: JAN_10, dependsOn: "S7, S99" }), // itself and an unknown id: not judged
    ]);
    expect(computed(grid, layout)).toEqual([
      ["", ""],
      ["", ""],
      ["S1、s2", "S2"],
      ["S1", "S1"],
      ["S1, S2", ""],
      ["S1", ""],
      ["S7, S99", ""],
    ]);
    // The check reports exactly these: one rule for both.
    const early = checkTimeline(read, undefined).filter((f) => f.code === "dependencyOrder");
    expect(early.map((f) => [f.address, f.params.dependsOn])).toEqual([
      ["策略执行!E4", "S2"],
      ["策略执行!E5", "S1"],
    ]);
  });

  test("the note names every prerequisite not yet due, in the order listed", () => {
    const { grid, layout } = layoutOf([
      strategy("S1", { due: JAN_10 }),
      strategy("S2", { due: JAN_10 + 1 }),
      strategy("S3", { start: JAN_10 - 1, due: JAN_10 + 5, dependsOn: "S2 S1" }),
    ]);
    expect(computed(grid, layout)[2]).toEqual(["S2 S1", "S2, S1"]);
  });

  test("a 前置依赖 changed after the refresh asks for a refresh", () => {
    const { grid, layout } = layoutOf([
      strategy("S1", { due: JAN_10 }),
      strategy("S2", { start: JAN_10 - 1, due: JAN_10 + 5, dependsOn: "S1" }),
    ]);
    const edited = { values: grid.values.map((r, i) => (i === 2 ? r.map((c, j) => (j === 8 ? "S3" : c)) : r)) };
    expect(computed(edited, layout)[1]).toEqual(["S3", "前置依赖已改，请刷新甘特图"]);
  });

  test("the mark lights a 前置 cell whose note names something", () => {
    const { layout } = layoutOf([strategy("S1", { due: JAN_10 }), strategy("S2", { dependsOn: "S1" })]);
    expect(layout.markRange).toBe("G2:G3");
    expect(layout.markFormula).toBe('=$H2<>""');
  });

  test("a prerequisite id too long for a formula's text gets the ids the check names today, as text", () => {
    const long = `S${"9".repeat(300)}`;
    const { layout } = layoutOf([
      strategy(long, { due: JAN_10 }),
      strategy("S2", { start: JAN_10 - 1, due: JAN_10 + 5, dependsOn: long }),
      strategy("S3", { start: JAN_10, due: JAN_10 + 5, dependsOn: long }),
    ]);
    expect(layout.rows[1]![layout.noteCol]).toBe(long);
    expect(layout.rows[2]![layout.noteCol]).toBe("");
  });

  test("without a 前置依赖 column both cells are blank", () => {
    const read = readSheet("strategies", {
      sheetName: S,
      values: [
        ["编号", "具体动作", "截止日期", "负责人"],
        ["S1", "动作", JAN_10, "赵专员"],
      ],
    });
    const layout = timelineLayout(read, "zh-CN", asOf, `'${S}'!`);
    expect(layout.rows[0]!.slice(6, 8)).toEqual(["", ""]);
  });
});

describe("prerequisitesOf (the check and the timeline resolve ids alike)", () => {
  test("an id held twice means the first row with a due date; itself and unknown ids are left out", () => {
    const read = readSheet(
      "strategies",
      sheetGrid("strategies", [
        strategy("S1"),
        strategy("s1", { due: JAN_10 }),
        strategy("S2", { dependsOn: "S1, S2, S9" }),
      ]),
    );
    expect(prerequisitesOf(read)).toEqual([[], [], [{ index: 1, id: "s1" }]]);
  });
});
