/**
 * Each hostile or unreadable file is refused with its own problem (and the cap
 * where one applies) before ExcelJS inflates it, and `plan check` still checks
 * the other files, printing one line for the bad one and exiting 2.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAPS, FileError, type FileProblem } from "../../src/files/caps";
import { checkPlanFile } from "../../src/files/check-file";
import { readPlanFileBytes } from "../../src/files/read-file";
import { runCli } from "../../src/cli/main";
import { planWorkbookBytes } from "./helpers/plan-fixture";
import { buildZip, replacePart, unzipParts } from "./helpers/zip";

async function problemOf(bytes: Uint8Array, name = "dept.xlsx", caps = DEFAULT_CAPS): Promise<FileProblem> {
  try {
    await checkPlanFile(bytes, name, { lang: "en-US", caps });
  } catch (e) {
    if (e instanceof FileError) return e.problem;
    throw e;
  }
  throw new Error("the file was read");
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE, 0);
  if (streamName) bytes.set(new Uint8Array(Buffer.from(streamName, "utf16le")), 1024);
  return bytes;
}

function sheetXml(rows: number, dimension?: string, cells = true): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++)
    body.push(cells ? `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>` : `<row r="${r}"/>`);
  const dim = dimension ? `<dimension ref="${dimension}"/>` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dim}<sheetData>${body.join("")}</sheetData></worksheet>`;
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "plan-bad-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bad files", () => {
  test("not a zip: a text file named .xlsx", async () => {
    expect(await problemOf(new Uint8Array(Buffer.from("部门,预算\n华东,10\n")))).toEqual({ code: "notAWorkbook" });
  });

  test("a zip that is no workbook (no xl/workbook.xml)", async () => {
    expect(await problemOf(buildZip([{ name: "word/document.xml", data: new Uint8Array(10) }]))).toEqual({
      code: "notAWorkbook",
    });
  });

  test("password-protected: an OLE container with an EncryptedPackage stream", async () => {
    expect(await problemOf(oleFile("EncryptedPackage"))).toEqual({ code: "encrypted" });
  });

  test("an old binary .xls or WPS .et asks to be saved as .xlsx", async () => {
    expect(await problemOf(oleFile("Workbook"), "dept.xls")).toEqual({ code: "legacyFormat", format: "xls" });
    expect(await problemOf(oleFile("Workbook"), "dept.et")).toEqual({ code: "legacyFormat", format: "et" });
  });

  test("corrupt: a workbook cut short", async () => {
    const good = await planWorkbookBytes();
    const cut = good.subarray(0, Math.floor(good.length / 2));
    expect((await problemOf(cut)).code).toBe("corrupt");
  });

  test("corrupt: a part whose deflate stream is garbage", async () => {
    const good = await planWorkbookBytes();
    const bytes = buildZip(unzipParts(good));
    // Overwrite the first part's compressed bytes with noise.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const start = 30 + view.getUint16(26, true);
    bytes.fill(0xff, start, start + 40);
    expect((await problemOf(bytes)).code).toBe("corrupt");
  });

  test("zip bomb by declaration: a part declaring 1 GB is refused before inflating", async () => {
    const bomb = buildZip([
      { name: "xl/workbook.xml", data: new Uint8Array(10) },
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(10), declaredSize: 1024 * 1024 * 1024 },
    ]);
    expect(await problemOf(bomb)).toEqual({
      code: "inflatesTooMuch",
      part: "xl/worksheets/sheet1.xml",
      cap: DEFAULT_CAPS.maxPartBytes,
    });
  });

  test("zip bomb by inflation: a part that inflates past what it declares is stopped at the declared size", async () => {
    const bomb = buildZip([
      { name: "xl/workbook.xml", data: new Uint8Array(10) },
      // 20 MB of zeros (about 20 KB deflated) declaring 1 KB.
      { name: "xl/sharedStrings.xml", data: new Uint8Array(20 * 1024 * 1024), declaredSize: 1024 },
    ]);
    expect(await problemOf(bomb)).toEqual({ code: "inflatesTooMuch", part: "xl/sharedStrings.xml", cap: 1024 });
  });

  test("parts adding up past the total cap", async () => {
    const caps = { ...DEFAULT_CAPS, maxInflatedBytes: 1000 };
    const zip = buildZip([
      { name: "xl/workbook.xml", data: new Uint8Array(600) },
      { name: "xl/styles.xml", data: new Uint8Array(600) },
    ]);
    expect(await problemOf(zip, "dept.xlsx", caps)).toEqual({ code: "inflatesTooMuch", part: "*", cap: 1000 });
  });

  test("a 100 MB file is refused by its size, without being read", async () => {
    const path = join(dir, "huge.xlsx");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: no 100 MB written
    closeSync(fd);
    await expect(readPlanFileBytes(path)).rejects.toMatchObject({
      problem: { code: "fileTooLarge", bytes: 100 * 1024 * 1024, cap: DEFAULT_CAPS.maxFileBytes },
    });
  });

  test("a file with no plan sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "Q3 notes";
    expect(await problemOf(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual({ code: "noPlanSheets" });
  });

  test("a sheet with 1,000,000 rows is refused from its XML, before ExcelJS loads it", async () => {
    const good = await planWorkbookBytes();
    const bytes = replacePart(good, "xl/worksheets/sheet1.xml", sheetXml(1_000_000, "A1:A1000000", false));
    const p = await problemOf(bytes);
    expect(p).toMatchObject({ code: "tooManyRows", sheet: "目标分解", cap: DEFAULT_CAPS.maxRowsPerSheet });
    expect((p as { rows: number }).rows).toBeGreaterThan(DEFAULT_CAPS.maxRowsPerSheet);
  }, 30_000);

  test("rows are counted even when the sheet declares no dimension", async () => {
    const good = await planWorkbookBytes();
    const caps = { ...DEFAULT_CAPS, maxRowsPerSheet: 1000 };
    expect(
      await problemOf(replacePart(good, "xl/worksheets/sheet1.xml", sheetXml(1001)), "dept.xlsx", caps),
    ).toMatchObject({ code: "tooManyRows", rows: 1001 });
    await expect(
      checkPlanFile(replacePart(good, "xl/worksheets/sheet1.xml", sheetXml(999)), "dept.xlsx", { lang: "en-US", caps }),
    ).resolves.toBeDefined();
  });

  test("plan check: a bad file gets one line naming it and the cap, the good file is still checked, exit 2", async () => {
    const good = join(dir, "华东.xlsx");
    writeFileSync(good, await planWorkbookBytes());
    const bomb = join(dir, "bomb.xlsx");
    writeFileSync(bomb, buildZip([{ name: "xl/workbook.xml", data: new Uint8Array(10), declaredSize: 2 ** 31 }]));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(["check", bomb, good, "--lang", "en-US"], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0].split("\n")).toHaveLength(1);
    expect(err[0]).toContain(bomb);
    expect(err[0]).toContain("200 MB cap");
    expect(err[0]).not.toMatch(/\bat .+:\d+:\d+/);
    expect(out.join("\n")).toContain(`${good}:`);

    const json: string[] = [];
    expect(await runCli(["check", bomb, good, "--json"], { out: (t) => json.push(t), err: () => undefined })).toBe(2);
    const parsed = JSON.parse(json.join(""));
    expect(parsed.files[0]).toEqual({ file: bomb, error: expect.stringContaining(bomb) });
    expect(parsed.files[1].file).toBe(good);
    expect(Array.isArray(parsed.files[1].findings)).toBe(true);
  });

  test("plan rollup with one bad file lists it under failed and still rolls up the others", async () => {
    const good = join(dir, "华南.xlsx");
    writeFileSync(good, await planWorkbookBytes());
    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "not a workbook");
    const outFile = join(dir, "rollup.xlsx");
    const out: string[] = [];
    const code = await runCli(["rollup", good, text, "--out", outFile, "--json"], {
      out: (t) => out.push(t),
      err: () => undefined,
    });
    expect(code).toBe(2);
    const parsed = JSON.parse(out.join(""));
    expect(parsed.failed).toEqual([{ file: text, error: expect.stringContaining(text) }]);
    expect(parsed.departments.map((d: { department: string }) => d.department)).toEqual(["华南"]);
  });

  test("plan rollup writes nothing when no file can be read", async () => {
    const text = join(dir, "only-notes.xlsx");
    writeFileSync(text, "not a workbook");
    const outFile = join(dir, "nothing.xlsx");
    expect(await runCli(["rollup", text, "--out", outFile], { out: () => undefined, err: () => undefined })).toBe(2);
    await expect(readPlanFileBytes(outFile)).rejects.toMatchObject({
      problem: { code: "unreadable", reason: "ENOENT" },
    });
  });
});
