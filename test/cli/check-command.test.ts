/**
 * `plan check` as a user runs it: text grouped by sheet then severity with the
 * address first, exactly one JSON object with --json, --as-of validated, and
 * the exit codes 0 / 1 / 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { planWorkbookBytes } from "../files/helpers/plan-fixture";

let dir: string;
let typed: string;
let clean: string;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "plan-check-"));
  typed = join(dir, "typed.xlsx");
  clean = join(dir, "clean.xlsx");
  // The framework's example with its execution loose ends tied: strategies done (nothing overdue),
  // each monitoring row linked to a goal (every goal measured).
  const cells = [
    ...["M2", "M3", "M4"].map((address) => ({ sheet: "strategies" as const, address, value: "已完成" })),
    ...["G1", "G2", "G3"].map((id, i) => ({ sheet: "monitoring" as const, address: `C${i + 2}`, value: id })),
  ];
  // An error (a typed value over a formula) and a warning (no contingency line).
  writeFileSync(
    typed,
    await planWorkbookBytes({ cells, typed: [{ sheet: "budget", row: 0, key: "variance", value: 5 }] }),
  );
  // The workbook allows 0% contingency: no finding at all.
  writeFileSync(clean, await planWorkbookBytes({ cells, thresholds: { reserveMin: 0 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("exit 1 with an error finding; text groups by sheet, errors before warnings, address first", async () => {
  const r = await run(["check", typed, "--lang", "en-US"]);
  expect(r.code).toBe(1);
  const lines = r.out.split("\n");
  expect(lines[0]).toBe(`${typed}: 1 error(s), 1 other finding(s)`);
  const sheet = lines.indexOf("  预算分配");
  expect(sheet).toBeGreaterThan(0);
  expect(lines[sheet + 1]).toBe("    Errors (1)");
  expect(lines[sheet + 2]).toMatch(/^ {6}预算分配!F2: /);
  expect(lines[sheet + 3]).toBe("    Warnings (1)");
  expect(lines[sheet + 4]).toMatch(/^ {6}预算分配!D1: /);
  expect(r.out).toContain("Thresholds: from the workbook's settings cells");
});

test("exit 0 when no finding is an error", async () => {
  const r = await run(["check", clean, "--json"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).files[0].findings).toEqual([]);
});

test("--json prints exactly one object with the contract's keys", async () => {
  const r = await run(["check", typed, clean, "--json", "--lang", "zh-CN"]);
  expect(r.out.trim().split("\n")).toHaveLength(1);
  const json = JSON.parse(r.out);
  expect(Object.keys(json)).toEqual(["files"]);
  expect(json.files.map((f: { file: string }) => f.file)).toEqual([typed, clean]);
  const f = json.files[0].findings.find((x: { code: string }) => x.code === "computedValueTyped");
  expect(Object.keys(f)).toEqual(["code", "severity", "sheet", "address", "message"]);
  expect(f).toMatchObject({ severity: "error", sheet: "预算分配", address: "预算分配!F2" });
  expect(f.message.startsWith("预算分配!F2")).toBe(true);
  expect(json.files[0].summary).toMatchObject({ totalBudget: 35, thresholdsFrom: "workbook" });
});

test("--as-of takes a real calendar day, and refuses anything else with exit 2", async () => {
  expect((await run(["check", clean, "--as-of", "2026-02-28", "--json"])).code).toBe(0);
  for (const bad of ["2026-02-30", "28.02.2026", "tomorrow"]) {
    const r = await run(["check", clean, "--as-of", bad, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`--as-of does not take "${bad}"; one of YYYY-MM-DD.`);
  }
});

test("no files, or an unknown flag, is a usage error (exit 2)", async () => {
  expect((await run(["check"])).code).toBe(2);
  expect((await run(["check", clean, "--nope"])).code).toBe(2);
  expect((await run(["rollup", clean])).err).toMatch(/--out/);
});
