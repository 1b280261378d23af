/**
 * The budget split preset (PlanBudgetSplit) through the Settings tab's round
 * trips on the Office JS double: read with the thresholds, written only when
 * given and only into its cell, then applied by the check; an older workbook
 * without the cell is told so and gets the row when a split is saved.
 */
import { SETTINGS_HEADERS } from "../../src/domain/settings/settings-sheet";
import { setup, type Harness } from "./harness";

const ALL = ["goals", "strategies", "budget", "monitoring", "settings"] as const;

let h: Harness;
beforeEach(async () => {
  h = setup({ lang: "zh-CN" });
  await h.workbook.create({ lang: "zh-CN", sheets: [...ALL], example: true, style: "standard" });
});
afterEach(() => h.uninstall());

/** The cell the PlanBudgetSplit name refers to, as "B16". */
function splitCell(): string | undefined {
  const formula = h.state.names().find((n) => n.name === "PlanBudgetSplit")?.formula;
  return formula ? String(formula).split("!")[1].replace(/\$/g, "") : undefined;
}

/** Every cell whose value differs between two snapshots, as 设置!B16. */
function changedCells(before: ReturnType<Harness["state"]["snapshot"]>): string[] {
  const after = h.state.snapshot();
  return after.sheets.flatMap((s) => {
    const old = before.sheets.find((b) => b.name === s.name)?.values ?? [];
    const rows = Math.max(s.values.length, old.length);
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      const width = Math.max(s.values[r]?.length ?? 0, old[r]?.length ?? 0);
      for (let c = 0; c < width; c++)
        if ((s.values[r]?.[c] ?? null) !== (old[r]?.[c] ?? null))
          out.push(`${s.name}!${String.fromCharCode(65 + c)}${r + 1}`);
    }
    return out;
  });
}

const splitFindings = async () =>
  (await h.workbook.check()).findings.filter((f) => f.code === "splitOff").map((f) => [f.params.group, f.address]);

/** A workbook made before the split existed: no PlanBudgetSplit name, no row. */
async function withoutSplitRow(): Promise<void> {
  const cell = splitCell()!;
  await Excel.run(async (context) => {
    context.workbook.names.getItem("PlanBudgetSplit").delete();
    context.workbook.worksheets
      .getItem("设置")
      .getRange(`A${cell.slice(1)}:C${cell.slice(1)}`)
      .clear();
    await context.sync();
  });
}

test("read returns the preset the cell records, as the check reads it", async () => {
  const cell = splitCell()!;
  expect(await h.workbook.readSettings()).toMatchObject({ present: true, split: "none" });
  h.state.setCell("设置", cell, "40/30/25/5");
  const read = await h.workbook.readSettings();
  expect(read.split).toBe("40/30/25/5");
  expect(read.splitNote).toBeUndefined();
  // Full-width digits and spaces read as the preset, as the check reads them.
  h.state.setCell("设置", cell, " ５５／１５／３０ ");
  expect((await h.workbook.readSettings()).split).toBe("55/15/30");
});

test("text that is no preset reads as none with a note naming the cell, and is kept unless a split is given", async () => {
  const cell = splitCell()!;
  h.state.setCell("设置", cell, "50/50");
  const read = await h.workbook.readSettings();
  expect(read.split).toBe("none");
  expect(read.splitNote).toEqual({ code: "splitNotAPreset", params: { address: `设置!${cell}`, text: "50/50" } });
  const w = await h.workbook.writeSettings({ ...read.thresholds, approvalLead: 0.15 });
  expect(w.written).toBe(true);
  expect(h.state.getValue("设置", cell)).toBe("50/50");
});

test("writing a split sets only its cell, to exactly the drop-down's entry; without one the cell is left alone", async () => {
  const cell = splitCell()!;
  const { thresholds } = await h.workbook.readSettings();
  const before = h.state.snapshot();
  expect(await h.workbook.writeSettings(thresholds, "55/15/30")).toEqual({ written: true, syncs: 3 });
  expect(changedCells(before)).toEqual([`设置!${cell}`]);
  const written = h.state.getValue("设置", cell);
  expect(written).toBe("55/15/30");
  const listed = h.state.validation("设置", cell) as { list?: { source?: string } };
  expect(String(listed.list?.source).split(",")).toContain(written);
  expect(h.state.getNumberFormat("设置", cell)).toBe("@");

  const again = h.state.snapshot();
  await h.workbook.writeSettings(thresholds);
  expect(changedCells(again)).toEqual([]);
});

test("the check applies the split saved: the example budget breaks 55/15/30 (splitOff), none again clears it", async () => {
  const { thresholds } = await h.workbook.readSettings();
  expect(await splitFindings()).toEqual([]);
  await h.workbook.writeSettings(thresholds, "55/15/30");
  // 渠道 10 + 推广 20 of 35 is 86% (not 55%), no services line (0%, at the header), 物料 5 of 35 is 14% (not 30%).
  // Findings come in sheet order: the header first.
  expect(await splitFindings()).toEqual([
    ["newTests", "预算分配!D1"],
    ["headChannels", "预算分配!D2"],
    ["upkeep", "预算分配!D4"],
  ]);
  await h.workbook.writeSettings(thresholds, "none");
  expect(await splitFindings()).toEqual([]);
});

test("an older workbook without the cell: read says so; saving a split appends its row with name and drop-down", async () => {
  const cell = splitCell()!;
  await withoutSplitRow();
  const read = await h.workbook.readSettings();
  expect(read).toMatchObject({ present: true, split: "none", splitNote: { code: "splitCellMissing", params: {} } });

  // Saving the thresholds alone adds nothing.
  const before = h.state.snapshot();
  await h.workbook.writeSettings(read.thresholds);
  expect(changedCells(before)).toEqual([]);
  expect(splitCell()).toBeUndefined();

  const w = await h.workbook.writeSettings(read.thresholds, "40/30/25/5");
  expect(w).toEqual({ written: true, syncs: 3 });
  expect(splitCell()).toBe(cell);
  const row = cell.slice(1);
  expect(h.state.getValues("设置", `A${row}:B${row}`)).toEqual([["预算结构", "40/30/25/5"]]);
  expect(h.state.validation("设置", cell)).toMatchObject({ list: { source: "none,55/15/30,40/30/25/5" } });
  expect(h.state.getValue("设置", "A1")).toBe(SETTINGS_HEADERS["zh-CN"][0]);
  expect(await h.workbook.readSettings()).toMatchObject({ split: "40/30/25/5" });
  expect((await splitFindings()).length).toBeGreaterThan(0);
});

test("reading and saving the split cost the round trips of the settings actions (read 2, write 3)", async () => {
  const cost = async (action: () => Promise<unknown>) => {
    const before = { runs: h.stats.runs, syncs: h.stats.syncs, trips: h.stats.roundTrips };
    await action();
    return [h.stats.runs - before.runs, h.stats.syncs - before.syncs, h.stats.roundTrips - before.trips];
  };
  const { thresholds } = await h.workbook.readSettings();
  expect(await cost(() => h.workbook.readSettings())).toEqual([1, 2, 2]);
  expect(await cost(() => h.workbook.writeSettings(thresholds, "55/15/30"))).toEqual([1, 3, 3]);
  await withoutSplitRow();
  expect(await cost(() => h.workbook.writeSettings(thresholds, "40/30/25/5"))).toEqual([1, 3, 3]);
});
