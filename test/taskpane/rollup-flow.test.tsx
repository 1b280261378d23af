/**
 * @jest-environment jsdom
 *
 * The Roll-up tab: the files picked are read, the roll-up sheet is written
 * once with writeRollup, and files that could not be read are named, in the
 * pane's language.
 */
import { fireEvent, screen } from "@testing-library/react";
import type { Lang } from "../../src/domain/language";
import type { RollupSheet } from "../../src/domain/rollup/rollup-sheets";
import type { FilesRollup, NamedBytes } from "../../src/files/rollup-files";
import { RollupFlow } from "../../src/taskpane/app/flows/RollupFlow";
import { fakeWorkbook } from "./support/fake-workbook";
import { renderFlow } from "./support/render-flow";

// The lazy files reader is stubbed: reading real .xlsx (ExcelJS) is tested under test/files;
// here only what the pane does with the reader's answer matters. It records what it was given.
const reads: { files: NamedBytes[]; lang: Lang }[] = [];
let answer: FilesRollup;
jest.mock("../../src/files/rollup-files", () => ({
  rollUpFiles: async (files: NamedBytes[], lang: Lang) => {
    reads.push({ files, lang });
    return answer;
  },
}));

const FIGURES = {
  budget: 0,
  actual: 0,
  variance: 0,
  approvalsLead: 0,
  approvalsGM: 0,
  alerts: 0,
  adjustments: 0,
  errors: 0,
};
const SUMMARY: RollupSheet = { key: "summary", name: "汇总", rows: [["部门"], ["华东"]], formats: {}, widths: [12] };

function rolledUp(departments: string[], failed: FilesRollup["failed"] = []): FilesRollup {
  const rows = departments.map((department) => ({
    ...FIGURES,
    budget: 100,
    actual: 90,
    file: `${department}.xlsx`,
    department,
    variancePct: -0.1,
    contingencyShare: null,
    contingencyBudget: 0,
    byCategory: {},
  }));
  return {
    rollup: {
      departments: rows,
      total: {
        ...FIGURES,
        budget: 100 * rows.length,
        actual: 90 * rows.length,
        errors: 1,
        variancePct: null,
        contingencyShare: null,
        contingencyBudget: 0,
        byCategory: {},
      },
      categories: [],
      errors: [],
    },
    sheets: rows.length > 0 ? [SUMMARY] : [],
    failed,
  };
}

/** A picked file; jsdom's File has no arrayBuffer(), which the flow reads it with. */
function picked(name: string, bytes: number[]): File {
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array(bytes).buffer });
  return file;
}

beforeEach(() => {
  reads.length = 0;
});

test("Roll up reads every file picked and writes the roll-up sheet once", async () => {
  answer = rolledUp(["华东", "华南"]);
  const fake = fakeWorkbook({ writeRollup: async (s) => ({ written: true, sheetName: s.name, rows: 3, syncs: 2 }) });
  renderFlow(<RollupFlow workbook={fake.workbook} />, "zh-CN");
  expect((screen.getByTestId("rollup-run") as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(screen.getByTestId("rollup-files"), {
    target: { files: [picked("华东.xlsx", [1, 2, 3]), picked("华南.xlsx", [4, 5])] },
  });
  fireEvent.click(screen.getByTestId("rollup-run"));
  const written = await screen.findByTestId("rollup-written");
  expect(reads).toHaveLength(1);
  expect(reads[0].lang).toBe("zh-CN");
  expect(reads[0].files.map((f) => [f.name, Array.from(f.bytes)])).toEqual([
    ["华东.xlsx", [1, 2, 3]],
    ["华南.xlsx", [4, 5]],
  ]);
  expect(fake.callsOf("writeRollup")).toEqual([[SUMMARY]]);
  expect(written.textContent).toContain("已写入“汇总”表:2 个部门。");
});

test("files that could not be read are named in the pane's language beside the roll-up of the others", async () => {
  answer = rolledUp(["East"], [{ file: "old.xls", problem: { code: "notAWorkbook" } }]);
  const fake = fakeWorkbook({ writeRollup: async (s) => ({ written: true, sheetName: s.name, rows: 2, syncs: 2 }) });
  renderFlow(<RollupFlow workbook={fake.workbook} />, "en-US");
  fireEvent.change(screen.getByTestId("rollup-files"), {
    target: { files: [picked("East.xlsx", [1]), picked("old.xls", [2])] },
  });
  fireEvent.click(screen.getByTestId("rollup-run"));
  const failed = await screen.findByTestId("rollup-failed");
  expect(failed.textContent).toContain("These files could not be read");
  expect(failed.textContent).toContain("old.xls: not an .xlsx workbook (not a zip).");
  expect(fake.callsOf("writeRollup")).toHaveLength(1);
});

test("when no file could be read nothing is written and the pane says so", async () => {
  answer = rolledUp([], [{ file: "a.xlsx", problem: { code: "encrypted" } }]);
  const fake = fakeWorkbook({});
  renderFlow(<RollupFlow workbook={fake.workbook} />, "en-US");
  fireEvent.change(screen.getByTestId("rollup-files"), { target: { files: [picked("a.xlsx", [9])] } });
  fireEvent.click(screen.getByTestId("rollup-run"));
  expect(await screen.findByText("No file could be read; nothing was written.")).toBeTruthy();
  expect(fake.calls).toEqual([]);
});

test("a roll-up sheet name taken by someone else's sheet is reported, not overwritten", async () => {
  answer = rolledUp(["East"]);
  const fake = fakeWorkbook({
    writeRollup: async (s) => ({ written: false, reason: "sheetTaken", sheetName: s.name, syncs: 1 }),
  });
  renderFlow(<RollupFlow workbook={fake.workbook} />, "zh-CN");
  fireEvent.change(screen.getByTestId("rollup-files"), { target: { files: [picked("East.xlsx", [1])] } });
  fireEvent.click(screen.getByTestId("rollup-run"));
  expect((await screen.findByTestId("rollup-sheet-taken")).textContent).toContain("工作簿中已有名为“汇总”的其他工作表");
  expect(screen.queryByTestId("rollup-written")).toBeNull();
});
