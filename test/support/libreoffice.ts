/**
 * LibreOffice Calc headless as a real spreadsheet engine for tests: .xlsx files
 * go in, LibreOffice opens them with "recalculate on load: always" (set in a
 * private profile, so no cached value is trusted), saves them as .xlsx, and
 * ExcelJS reads the values it computed.
 *
 * One soffice start converts every file of a call (starting it takes seconds):
 * batch a test file's workbooks into one recalculate() call.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellA1 } from "../../src/domain/address/a1";

export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/** OOXMLRecalcMode 0 = always recalculate an Excel 2007+ file on load (1 never, 2 ask). */
export const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

export interface RecalcOptions {
  /** Milliseconds soffice may take for the whole batch (default 180 s). */
  timeoutMs?: number;
}

/**
 * Recalculates each workbook (name → bytes) in LibreOffice and returns the
 * saved files' bytes by the same names.
 */
export async function recalculateBytes(
  files: Record<string, Uint8Array>,
  options: RecalcOptions = {},
): Promise<Record<string, Buffer>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "plan-lo-"));
  try {
    const profile = path.join(root, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const input = path.join(root, "in");
    const output = path.join(root, "out");
    fs.mkdirSync(input);
    fs.mkdirSync(output);
    const names = Object.keys(files);
    const paths = names.map((n) => {
      const p = path.join(input, `${n}.xlsx`);
      fs.writeFileSync(p, files[n]);
      return p;
    });
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        output,
        ...paths,
      ],
      options.timeoutMs ?? 180_000,
    );
    const out: Record<string, Buffer> = {};
    for (const n of names) {
      const p = path.join(output, `${n}.xlsx`);
      if (!fs.existsSync(p)) throw new Error(`LibreOffice wrote no ${n}.xlsx`);
      out[n] = fs.readFileSync(p);
    }
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** A cell as a test compares it: the computed result of a formula, text of rich text, error text ("#VALUE!"). */
export type PlainValue = string | number | boolean | Date | null;

export function plainValue(v: ExcelJS.CellValue): PlainValue {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v as PlainValue;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return v.error;
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    if (r === undefined || r === null) return "";
    return plainValue(r as ExcelJS.CellValue);
  }
  if ("text" in v) return (v as ExcelJS.CellHyperlinkValue).text;
  return String(v);
}

/** The formula text of a cell, if it holds one. */
export function formulaOf(v: ExcelJS.CellValue): string | undefined {
  return v && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).formula : undefined;
}

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );
}

/**
 * Formula results as the file stores them, by sheet name and A1 address.
 * Read from the XML because ExcelJS drops a result of 0 (it tests the result
 * for truthiness), which would make 0 and "" look alike.
 */
export async function formulaResults(bytes: Uint8Array): Promise<Map<string, Map<string, PlainValue>>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  for (const m of rels.matchAll(/<Relationship [^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)) target.set(m[2], m[1]);
  const out = new Map<string, Map<string, PlainValue>>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const file = target.get(m[2])!.replace(/^\/?(xl\/)?/, "xl/");
    const xml = await zip.file(file)!.async("string");
    const cells = new Map<string, PlainValue>();
    for (const c of xml.matchAll(
      /<c r="([A-Z]+\d+)"([^>]*)>(?:<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)(?:<v>([^<]*)<\/v>)?<\/c>/g,
    )) {
      const type = /t="(\w+)"/.exec(c[2])?.[1] ?? "n";
      const v = c[3] === undefined ? "" : unescapeXml(c[3]);
      cells.set(c[1], type === "n" ? (v === "" ? "" : Number(v)) : type === "b" ? v === "1" : v);
    }
    out.set(unescapeXml(m[1]), cells);
  }
  return out;
}

/** A recalculated workbook: ExcelJS for everything, the file's own formula results for computed cells. */
export interface Recalculated {
  workbook: ExcelJS.Workbook;
  /** The value LibreOffice shows at 0-based row/col of a sheet. */
  value(sheetName: string, row: number, col: number): PlainValue;
}

/** Recalculates in LibreOffice and reads every result back. */
export async function recalculate(
  files: Record<string, Uint8Array>,
  options?: RecalcOptions,
): Promise<Record<string, Recalculated>> {
  const saved = await recalculateBytes(files, options);
  const out: Record<string, Recalculated> = {};
  for (const [n, b] of Object.entries(saved)) {
    const workbook = await readXlsx(b);
    const results = await formulaResults(b);
    out[n] = {
      workbook,
      value(sheetName, row, col) {
        const computed = results.get(sheetName)?.get(cellA1(row, col));
        if (computed !== undefined) return computed;
        return plainValue(workbook.getWorksheet(sheetName)!.getCell(row + 1, col + 1).value);
      },
    };
  }
  return out;
}

/** A sheet's values as rows of plain values (row 1 first, column A first). */
export function sheetValues(ws: ExcelJS.Worksheet): PlainValue[][] {
  const rows: PlainValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: PlainValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(plainValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}
