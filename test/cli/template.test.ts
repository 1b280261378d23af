/**
 * `plan template`: the real bin as a child process for exit codes and messages;
 * in-process for what the written workbook holds.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { readXlsx, plainValue, formulaOf } from "../support/libreoffice";
import { planXlsx } from "../../src/files/plan-file";
import { PLAN_SHEET_KEYS, SHEET_NAMES, TABLE_NAMES } from "../../src/domain/schema/sheet-keys";
import { sheetHeaders } from "../../src/domain/schema/sheets";
import { SETTING_NAMES } from "../../src/domain/settings/settings-sheet";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan 模板 "));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function bin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, "bin/plan.mjs"), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function memoryIO(): CliIO & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { outText, errText, out: (t) => outText.push(t), err: (t) => errText.push(t) };
}

describe("plan template through bin/plan.mjs", () => {
  it("writes to a path with spaces and Chinese characters, exit 0", async () => {
    const out = path.join(dir, "营销 计划 2026.xlsx");
    const r = await bin(["template", "--out", out, "--example", "--lang", "zh-CN"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const wb = await readXlsx(fs.readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["目标分解", "策略执行", "预算分配", "效果监控", "设置"]);
  });

  it.each([
    [["template"], /--out/],
    [["template", "--out", "x.xlsx", "--style", "portable"], /--style/],
    [["template", "--out", "x.xlsx", "--lang", "fr-FR"], /--lang/],
    [["template", "--out", "x.xlsx", "--bogus"], /bogus/],
  ])("bad arguments %j: exit 2, one line, no stack trace", async (args, pattern) => {
    const r = await bin(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unwritable path: exit 2 naming the file, one line", async () => {
    const out = path.join(dir, "no such folder", "plan.xlsx");
    const r = await bin(["template", "--out", out, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([`Cannot write ${out}: ENOENT`]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("--help lists the template command", async () => {
    const r = await bin(["--help", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "plan template --out FILE.xlsx [--lang zh-CN|en-US] [--example] [--style standard|plan]",
    );
  });
});

describe("plan template in-process: the workbook the add-in creates", () => {
  it.each(["zh-CN", "en-US"] as const)("%s: sheets, tables, headers, names, looks, no cached results", async (lang) => {
    const out = path.join(dir, `empty-${lang}.xlsx`);
    const io = memoryIO();
    expect(await runCli(["template", "--out", out, "--lang", lang], io)).toBe(0);
    const bytes = fs.readFileSync(out);
    const wb = await readXlsx(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      [...PLAN_SHEET_KEYS, "settings" as const].map((k) => SHEET_NAMES[k][lang]),
    );
    for (const key of PLAN_SHEET_KEYS) {
      const ws = wb.getWorksheet(SHEET_NAMES[key][lang])!;
      expect(ws.getRow(1).values).toEqual([undefined, ...sheetHeaders(key, lang)]);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
    const names = SETTING_NAMES.map((n) => [n, wb.definedNames.getRanges(n).ranges]);
    for (const [, ranges] of names) expect(ranges).toHaveLength(1);

    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(tables.map((t) => /name="(\w+)"/.exec(t)![1]).sort()).toEqual(Object.values(TABLE_NAMES).sort());
    for (const t of tables) expect(t).toContain('name="TableStyleMedium2"');
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    const all = sheets.join("\n");
    // Formulas carry no cached value: <f>…</f> never followed by <v>.
    expect(all).toMatch(/<f>/);
    expect(all).not.toMatch(/<\/f><v>/);
    // The budget sheet: drop-downs (category list, strategy id link) and the approval highlights.
    expect(all).toContain("<dataValidation ");
    expect(all).toContain(
      lang === "zh-CN" ? "&apos;策略执行&apos;!$A$2:$A$1001" : "&apos;Strategies&apos;!$A$2:$A$1001",
    );
    expect(all).toMatch(/<conditionalFormatting[^>]*>\s*<cfRule type="containsText"/);
  });

  it("--style standard writes no PLAN. call; --style plan does", async () => {
    const texts = async (style: "standard" | "plan") => {
      const wb = await readXlsx(await planXlsx({ lang: "zh-CN", style, example: true }));
      const out: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((c) => {
            const f = formulaOf(c.value);
            if (f) out.push(f);
          }),
        ),
      );
      return out;
    };
    const standard = await texts("standard");
    const plan = await texts("plan");
    expect(standard.length).toBeGreaterThan(0);
    expect(standard.filter((f) => /PLAN\./i.test(f))).toEqual([]);
    // PLAN-style formulas open with their blank guard, IF(OR(E2="",D2=""),"",PLAN.VARIANCE(E2,D2)).
    expect(plan.filter((f) => /^IF\(.*PLAN\./.test(f)).length).toBeGreaterThan(0);
  });

  it("text typed into a text column stays text (=HYPERLINK(…), +1, 001)", async () => {
    const rows = {
      goals: [{ id: "G1", metric: '=HYPERLINK("http://x")', unit: "+1", criterion: "001", owner: "'王" }],
    };
    const wb = await readXlsx(await planXlsx({ lang: "zh-CN", rows }));
    const ws = wb.getWorksheet("目标分解")!;
    const row = ws.getRow(2);
    const byHeader = (h: string) => row.getCell(sheetHeaders("goals", "zh-CN").indexOf(h) + 1);
    expect(byHeader("具体指标").value).toBe('=HYPERLINK("http://x")');
    expect(byHeader("单位").value).toBe("+1");
    expect(byHeader("完成标准").value).toBe("001");
    expect(byHeader("责任人").value).toBe("'王");
    expect(plainValue(byHeader("具体指标").value)).toBe('=HYPERLINK("http://x")');
  });
});
