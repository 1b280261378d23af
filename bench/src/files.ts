/**
 * Section 6: plan files. Writes 50 department workbooks of 1,000 rows per
 * plan sheet (bench/src/plan-data.ts, computed cells as formulas with cached
 * results, as Excel saves them), then measures, each in its own process under
 * /usr/bin/time -v (wall seconds and peak RSS): `plan check` of one file,
 * `plan rollup` of the 50, and as the reference LibreOffice headless converting
 * the same 50 files to csv (an engine just opening them). The plan command
 * runs as people run it: bin/plan.mjs through tsx, start-up included.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { PLAN_SHEET_KEYS } from "../../src/domain/schema/sheet-keys";
import { planRows, sheetGrid } from "./plan-data";
import { emit, log } from "./util";

const FILES = Number(process.env.BENCH_FILES ?? 50);
const ROWS = Number(process.env.BENCH_FILES_ROWS ?? 1000);
const ROOT = process.cwd();

async function writePlanFile(path: string, seed: number): Promise<void> {
  const rows = planRows(ROWS, seed);
  const wb = new ExcelJS.Workbook();
  for (const key of PLAN_SHEET_KEYS) {
    const grid = sheetGrid(key, rows[key] as never);
    const ws = wb.addWorksheet(grid.sheetName);
    grid.values.forEach((line, r) => {
      line.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c];
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof formula === "string" && formula.startsWith("="))
          cell.value = { formula: formula.slice(1), result: value as number | string };
        else if (value !== "" && value !== null && value !== undefined) cell.value = value as ExcelJS.CellValue;
      });
    });
  }
  await wb.xlsx.writeFile(path);
}

interface Timed {
  seconds: number;
  peakRssBytes: number;
  exitCode: number | null;
}

/** Runs a command under GNU time: elapsed wall clock and maximum resident set size. */
function timed(command: string, args: string[]): Timed {
  const r = spawnSync("/usr/bin/time", ["-v", command, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no timing for ${command}: ${r.stderr.slice(-500)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, peakRssBytes: Number(rss[1]) * 1024, exitCode: r.status };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-files-"));
  try {
    log(`writing ${FILES} department files × ${ROWS} rows per sheet …`);
    const files: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const path = join(dir, `dept-${String(i + 1).padStart(2, "0")}.xlsx`);
      await writePlanFile(path, 2026 + i);
      files.push(path);
    }
    const fileBytes = statSync(files[0]).size;
    const plan = join(ROOT, "bin", "plan.mjs");
    log("plan --help (start-up alone) …");
    const startup = timed(process.execPath, [plan, "--help"]);
    log("plan check of one file …");
    const checkOne = timed(process.execPath, [plan, "check", files[0], "--json"]);
    log(`plan rollup of ${FILES} files …`);
    const out = join(dir, "rollup.xlsx");
    const rollup = timed(process.execPath, [plan, "rollup", ...files, "--out", out, "--json"]);
    const rolled = statSync(out).size;
    log(`LibreOffice headless converting the ${FILES} files to csv …`);
    const profile = mkdtempSync(join(tmpdir(), "bench-lo-profile-"));
    let libreoffice: Timed | { error: string };
    try {
      libreoffice = timed("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        join(dir, "csv"),
        ...files,
      ]);
    } catch (e) {
      libreoffice = { error: String(e) };
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const soffice = (() => {
      try {
        return execFileSync("soffice", ["--version"], { encoding: "utf8" }).trim();
      } catch {
        return "unknown";
      }
    })();
    emit({
      files: FILES,
      rowsPerSheet: ROWS,
      fileBytes,
      rollupBytes: rolled,
      startup,
      checkOne,
      rollup,
      libreoffice,
      soffice,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
