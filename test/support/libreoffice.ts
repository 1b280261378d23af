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

export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/** OOXMLRecalcMode 0 = always recalculate an Excel 2007+ file on load (1 never, 2 ask). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
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
export async function recalculateBytes(files: Record<string, Uint8Array>, options: RecalcOptions = {}): Promise<Record<string, Buffer>> {
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
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, ...paths],
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

/** Recalculates in LibreOffice and reads every result back with ExcelJS. */
export async function recalculate(files: Record<string, Uint8Array>, options?: RecalcOptions): Promise<Record<string, ExcelJS.Workbook>> {
  const saved = await recalculateBytes(files, options);
  const out: Record<string, ExcelJS.Workbook> = {};
  for (const [n, b] of Object.entries(saved)) out[n] = await readXlsx(b);
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
