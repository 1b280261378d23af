/**
 * `plan check FILE --json --as-of …` on an .xlsx reports the execution findings
 * (overdue, and the others of the worked example) at the addresses the pane's
 * check shows for the same workbook on the same day.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { planXlsx } from "../../src/files/plan-file";
import { checkWorkbook } from "../../src/excel/check-plan";
import { calendarDate } from "../../src/domain/dates/calendar-date";
import { PLAN_SHEET_KEYS, SHEET_NAMES } from "../../src/domain/schema/sheet-keys";
import { setup, type Harness } from "../excel/harness";

let dir: string;
let h: Harness;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-as-of-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => h?.uninstall());

/** The strategy sheet's status column (by header) and S1's row set back to in progress. */
function reopenFirstStrategy(sheet: { getRow(n: number): { values: unknown } }): { col: number; row: number } {
  const headers = sheet.getRow(1).values as unknown[];
  return { col: headers.indexOf("状态"), row: 2 };
}

test("overdue and the other execution codes at the pane's addresses, judged on --as-of", async () => {
  const lang = "zh-CN";
  const strategies = SHEET_NAMES.strategies[lang];

  // The worked example with S1 still in progress, as a file …
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await planXlsx({ lang, style: "standard", example: true })) as unknown as ArrayBuffer);
  const { col, row } = reopenFirstStrategy(book.getWorksheet(strategies)!);
  expect(col).toBeGreaterThan(0);
  book.getWorksheet(strategies)!.getCell(row, col).value = "进行中";
  const file = join(dir, "计划 2026.xlsx");
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));

  // … and in the add-in's workbook (the double), edited the same way.
  h = setup({ lang });
  await h.workbook.create({ lang, style: "standard", example: true, sheets: [...PLAN_SHEET_KEYS, "settings"] });
  h.state.setCell(strategies, `${String.fromCharCode(64 + col)}${row}`, "进行中");

  const run = async (asOf: string) => {
    const out: string[] = [];
    const code = await runCli(["check", file, "--json", "--as-of", asOf], {
      out: (t) => out.push(t),
      err: () => undefined,
    });
    const json = JSON.parse(out.join("")) as { files: { findings: { code: string; address: string }[] }[] };
    return { code, findings: json.files[0].findings.map((f) => `${f.code} ${f.address}`).sort() };
  };
  const pane = async (y: number, m: number, d: number) =>
    (await checkWorkbook(calendarDate(y, m, d)!)).findings.map((f) => `${f.code} ${f.address}`).sort();

  const late = await run("2026-06-30");
  expect(late.findings.filter((f) => f.startsWith("overdue "))).toHaveLength(1);
  expect(late.findings).toEqual(await pane(2026, 6, 30));
  expect(late.code).toBe(1); // overdue is an error

  // The day before S1 is due (2026-01-10) nothing is overdue.
  const early = await run("2026-01-09");
  expect(early.findings.filter((f) => f.startsWith("overdue "))).toEqual([]);
  expect(early.findings).toEqual(await pane(2026, 1, 9));
});
