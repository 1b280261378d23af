/**
 * Files that really come from another engine: LibreOffice headless re-saves a
 * plan (recalculating its formulas, writing its own XML), turns a .csv typed
 * by hand into an .xlsx, and recalculates the roll-up workbook's total row.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { checkPlanFile } from "../../src/files/check-file";
import { sheetHeaders } from "../../src/domain/schema/sheets";
import { planWorkbookBytes } from "./helpers/plan-fixture";

jest.setTimeout(120_000);

let dir: string;
let profile: string;

function soffice(target: string, outDir: string, files: string[]): void {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", target, "--outdir", outDir, ...files],
    { stdio: "pipe", timeout: 90_000 },
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "plan-lo-"));
  profile = mkdtempSync(join(tmpdir(), "plan-lo-profile-"));
  writeFileSync(
    join(dir, "east.xlsx"),
    await planWorkbookBytes({
      titleRows: 1,
      typed: [{ sheet: "budget", row: 1, key: "variance", value: 7 }],
      department: "华东区",
    }),
  );
  writeFileSync(
    join(dir, "west.xlsx"),
    await planWorkbookBytes({
      lang: "en-US",
      budgetScale: 3,
      typed: [{ sheet: "budget", row: 0, key: "actual", value: 40 }],
    }),
  );
  // A budget typed by hand elsewhere: a title line, English headers, the computed columns as plain numbers.
  const headers = sheetHeaders("budget", "en-US");
  const csv = [
    "Budget 2026,,,,,,,,,,",
    headers.join(","),
    "Channel,Tmall ads,S1,10,11,1,0.1,Unfavourable,None,,",
    ",,,,,,,,,,",
    "Promotion,KOL,S2,20,18,-2,-0.1,Favourable,None,,",
  ].join("\n");
  writeFileSync(join(dir, "Budget.csv"), csv);
  soffice("xlsx", join(dir, "lo"), [join(dir, "east.xlsx"), join(dir, "west.xlsx"), join(dir, "Budget.csv")]);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

const bytesOf = (name: string) => new Uint8Array(readFileSync(join(dir, "lo", name)));

test("a plan LibreOffice saved: its formulas are still formulas, the typed one is found at its cell, thresholds come from its names", async () => {
  const r = await checkPlanFile(bytesOf("east.xlsx"), "east.xlsx", { lang: "zh-CN" });
  expect(r.findings.filter((f) => f.code.startsWith("computed")).map((f) => `${f.code} ${f.address}`)).toEqual([
    "computedValueTyped 预算分配!F4",
  ]);
  expect(r.thresholdsFrom).toBe("workbook");
  expect(r.department).toBe("华东区");
  expect(r.summary.totalBudget).toBe(35);
});

test("a .csv LibreOffice turned into .xlsx: header on row 2, blank row skipped, every computed cell a typed value", async () => {
  const r = await checkPlanFile(bytesOf("Budget.xlsx"), "Budget.xlsx", { lang: "en-US" });
  const typed = r.findings.filter((f) => f.code === "computedValueTyped").map((f) => f.address);
  // Rows 3 and 5 (row 4 is blank); variance F, variance % G, effect H, approval I.
  expect(typed).toEqual([
    "Budget!F3",
    "Budget!G3",
    "Budget!H3",
    "Budget!I3",
    "Budget!F5",
    "Budget!G5",
    "Budget!H5",
    "Budget!I5",
  ]);
  expect(r.thresholdsFrom).toBe("defaults");
  expect(r.summary.totalBudget).toBe(30);
  expect(r.summary.totalActual).toBe(29);
});

test("plan rollup: totals equal the sum of the per-file checks, and LibreOffice recalculates the same total row", async () => {
  const files = [join(dir, "lo", "east.xlsx"), join(dir, "lo", "west.xlsx")];
  const checked: string[] = [];
  await runCli(["check", ...files, "--json"], { out: (t) => checked.push(t), err: () => undefined });
  const perFile = JSON.parse(checked.join("")).files;
  const out = join(dir, "rollup.xlsx");
  const printed: string[] = [];
  const code = await runCli(["rollup", ...files, "--out", out, "--json"], {
    out: (t) => printed.push(t),
    err: () => undefined,
  });
  expect(code).toBe(1);
  const rollup = JSON.parse(printed.join(""));
  const sumOf = (
    pick: (f: {
      summary: { totalBudget: number; totalActual: number; variance: number };
      findings: { severity: string }[];
    }) => number,
  ) => perFile.reduce((t: number, f: never) => t + pick(f), 0);
  expect(rollup.total.budget).toBeCloseTo(
    sumOf((f) => f.summary.totalBudget),
    9,
  );
  expect(rollup.total.actual).toBeCloseTo(
    sumOf((f) => f.summary.totalActual),
    9,
  );
  expect(rollup.total.variance).toBeCloseTo(
    sumOf((f) => f.summary.variance),
    9,
  );
  expect(rollup.total.errors).toBe(sumOf((f) => f.findings.filter((x) => x.severity === "error").length));
  expect(rollup.departments.map((d: { department: string }) => d.department)).toEqual(["华东区", "west"]);
  expect(Object.keys(rollup.total).sort()).toEqual([
    "actual",
    "adjustments",
    "alerts",
    "approvalsGM",
    "approvalsLead",
    "budget",
    "errors",
    "variance",
  ]);

  // The total row is formulas: LibreOffice's own results must match the sums.
  soffice("csv", join(dir, "csv"), [out]);
  const rows = readFileSync(join(dir, "csv", "rollup.csv"), "utf8")
    .trim()
    .split("\n")
    .map((l) => l.split(","));
  const total = rows[rows.length - 1];
  expect(rows).toHaveLength(4);
  expect(Number(total[2])).toBeCloseTo(rollup.total.budget, 6);
  expect(Number(total[3])).toBeCloseTo(rollup.total.actual, 6);
  expect(Number(total[4])).toBeCloseTo(rollup.total.variance, 6);
  expect(Number(total[11])).toBe(rollup.total.errors);
});
