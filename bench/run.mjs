#!/usr/bin/env node
/**
 * npm run bench — prints the add-in's performance figures with the machine's
 * details, each figure beside its target (PASS/MISS), and writes them as JSON
 * to bench/results/ (git-ignored). Benchmarks report; they assert nothing.
 *
 *   1. custom functions: PLAN.* cells/s (spilled) and calls/s (per row), vs HyperFormula
 *   2. round trips of the Excel layer against the Excel double, 10 / 1,000 / 10,000 rows
 *   3. domain read + check of four 10,000-row sheets: time and peak heap
 *   4. task pane and custom-functions JavaScript size (production build)
 *   5. task pane start in headless Chromium
 *   6. recalculation of 4 × 10,000 rows in both formula styles: HyperFormula in the
 *      Excel double, and LibreOffice headless on the .xlsx the files layer writes
 *   7. plan files: plan check of one file, plan rollup of 50 (× 1,000 rows per sheet), LibreOffice converting them as reference
 *
 * The TypeScript benchmarks are bundled first with webpack into bench/results/.out/
 * (bench/webpack.config.cjs); the production build goes to bench/results/.out/dist
 * (the project's webpack.config.js, --mode production, only the output path
 * differs so a dist/ someone else is using is left alone). Each Node section
 * runs in its own process (--expose-gc), so one section's heap does not weigh
 * on the next.
 *
 * Environment: BENCH_SKIP_BUILD=1 reuses bench/results/.out/dist; BENCH_ONLY=1,3 runs
 * only some sections; BENCH_RT_SIZES=10,1000 changes section 2's sizes;
 * BENCH_RT_NO_ROWS=1 makes section 2 create with the worked example and type the rows in;
 * BENCH_RECALC_ROWS=2000 changes section 6's rows per sheet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureSize, fileSize } from "./lib/size.mjs";
import { measureStart } from "./lib/start.mjs";
import { table, heading, fmtInt, fmtMs, fmtBytes, fmtKB, fmtRate, verdict, note } from "./lib/print.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, "..");
/** Build output: under bench/results/, which git and ESLint ignore. */
const OUT = join(BENCH, "results", ".out");
const RESULTS = join(BENCH, "results");
const WEBPACK = join(ROOT, "node_modules/webpack-cli/bin/cli.js");
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map(Number)) : null;
const wanted = (n) => !ONLY || ONLY.has(n);

const TARGETS = {
  deviationCellsPerSec: 5_000_000,
  syncsPerAction: 3,
  checkMs: 150,
  checkPeakHeapBytes: 100_000_000,
  taskpaneInitialGzipBytes: 150_000,
};

const started = Date.now();
const report = { startedAt: new Date(started).toISOString(), targets: TARGETS, machine: machine(), sections: {} };

function progress(msg) {
  process.stderr.write(`» ${msg}\n`);
}

function machine() {
  const cpus = os.cpus();
  let distro = "";
  try {
    distro = /PRETTY_NAME="?([^"\n]+)/.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? "";
  } catch {
    /* not Linux */
  }
  let commit = "";
  let dirty = false;
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
  } catch {
    /* no git */
  }
  return {
    node: process.version,
    v8: process.versions.v8,
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${distro || os.type()} (${os.platform()} ${os.release()} ${os.arch()})`,
    loadAverageAtStart: os.loadavg(),
    commit,
    srcUncommittedChanges: dirty,
  };
}

/** Runs a bundled benchmark in its own node process; returns its JSON (and its stdout when asked). */
function runNode(script, { args = [], env = {}, keepStdout = false } = {}) {
  const out = join(OUT, `${script}.json`);
  const load = os.loadavg()[0];
  const r = spawnSync(process.execPath, ["--expose-gc", ...args, join(OUT, `${script}.cjs`), out], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", keepStdout ? "pipe" : "inherit", "inherit"],
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${script} exited with ${r.status}`);
  const json = JSON.parse(readFileSync(out, "utf8"));
  json.loadAverage = { before: load, after: os.loadavg()[0] };
  return { json, stdout: r.stdout };
}

function webpack(args) {
  execFileSync(process.execPath, [WEBPACK, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

function section(n, title, fn) {
  if (!wanted(n)) return;
  progress(`${n}. ${title}`);
  try {
    return fn();
  } catch (e) {
    report.sections[n] = { error: String(e?.stack ?? e) };
    console.log(heading(`${n}. ${title}`));
    console.log(`  FAILED: ${e?.message ?? e}\n`);
  }
}

async function sectionAsync(n, title, fn) {
  if (!wanted(n)) return;
  progress(`${n}. ${title}`);
  try {
    return await fn();
  } catch (e) {
    report.sections[n] = { error: String(e?.stack ?? e) };
    console.log(heading(`${n}. ${title}`));
    console.log(`  FAILED: ${e?.message ?? e}\n`);
  }
}

function loadLine(json) {
  const cores = report.machine.cores;
  const { before, after } = json.loadAverage;
  const busy = Math.max(before, after) > cores;
  return `load average (1 min) ${before.toFixed(2)} → ${after.toFixed(2)} on ${cores} cores${busy ? " — the machine was busy with other work; timings are inflated" : ""}`;
}

// ---- machine -------------------------------------------------------------------------------

const m = report.machine;
console.log(heading("Machine"));
console.log(
  table(
    ["", ""],
    [
      ["node", `${m.node} (V8 ${m.v8})`],
      ["CPU", m.cpu],
      ["cores", String(m.cores)],
      ["memory", `${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB`],
      ["OS", m.os],
      [
        "load average",
        os
          .loadavg()
          .map((x) => x.toFixed(2))
          .join(" / ") + " (1 / 5 / 15 min)",
      ],
      ["commit", `${m.commit}${m.srcUncommittedChanges ? " (+ uncommitted changes in src/)" : ""}`],
    ],
    { header: false },
  ),
);

// ---- bundle the Node benchmarks ----------------------------------------------------------------

if ([1, 2, 3, 6].some(wanted)) {
  progress("bundling the benchmarks (bench/webpack.config.cjs → bench/results/.out)");
  webpack(["--config", join(BENCH, "webpack.config.cjs")]);
}

// ---- 1. custom functions -----------------------------------------------------------------------

section(1, "Custom functions (src/functions in Node)", () => {
  const { json } = runNode("functions");
  report.sections[1] = json;
  const dev = json.functions.find((f) => f.id === "DEVIATION");
  const hf = json.hyperformula;
  console.log(heading(`1. Custom functions — ${fmtInt(json.rows)} rows, median of ${json.runs} runs after warm-up`));
  console.log(
    table(
      ["function", "spilled: ms", "cells/s", "per row: ms", "calls/s", "target", ""],
      json.functions.map((f) => {
        const isDev = f.id === "DEVIATION";
        return [
          `PLAN.${f.id}`,
          fmtMs(f.spilledMedianMs),
          fmtRate(f.cellsPerSec),
          fmtMs(f.perRowMedianMs),
          fmtRate(f.callsPerSec),
          isDev ? `≥ ${fmtRate(TARGETS.deviationCellsPerSec)} cells/s` : "—",
          isDev ? verdict(f.cellsPerSec >= TARGETS.deviationCellsPerSec) : "",
        ];
      }),
    ),
  );
  console.log(
    note(
      "spilled = one call over a 100,000×1 range per argument (threshold arguments 1×1, as named cells); per row = 100,000 calls with 1×1 arrays. Warm-up: every function, both forms, 3× before any measurement (all seven share spill() in Excel's runtime too); a full GC before each run, untimed.",
    ),
  );
  console.log(
    table(
      [`HyperFormula ${hf.version}: ${hf.formula} over ${fmtInt(hf.rows)} rows`, "ms (median)", "cells/s"],
      [
        [
          "recalculation: all of column B changed (suspended), resumeEvaluation() timed",
          fmtMs(hf.recalcMedianMs),
          fmtRate(hf.recalcCellsPerSec),
        ],
        [
          "  same, the write of column B included",
          fmtMs(hf.writeAndRecalcMedianMs),
          fmtRate(ROWSPS(hf.rows, hf.writeAndRecalcMedianMs)),
        ],
        [
          "build: buildFromArray with the formulas (parse + graph + evaluate), 3 runs",
          fmtMs(hf.buildMedianMs),
          fmtRate(hf.buildCellsPerSec),
        ],
      ],
    ),
  );
  const ratio = dev.cellsPerSec / hf.recalcCellsPerSec;
  json.ratioDeviationToHyperFormula = ratio;
  console.log(
    `  PLAN.DEVIATION spilled ÷ HyperFormula recalculation = ${fmtRate(dev.cellsPerSec)} ÷ ${fmtRate(hf.recalcCellsPerSec)} = ${ratio.toFixed(1)}×`,
  );
  console.log(`  (÷ HyperFormula build: ${(dev.cellsPerSec / hf.buildCellsPerSec).toFixed(1)}×)\n`);
  const prof = json.deviationProfile;
  console.log(
    table(
      ["where PLAN.DEVIATION's time goes: CPU profile, self time (spilled, 10 × 100,000 cells)", "share", "ns/cell"],
      prof.entries.map((e) => [e.fn, `${(100 * e.share).toFixed(0)}%`, e.per.toFixed(0)]),
    ),
  );
  console.log(
    table(
      ["timed side by side (interleaved rounds, median)", "ns/cell"],
      json.deviationReferences.map((s) => [s.step, s.nsPerCell.toFixed(0)]),
    ),
  );
  console.log(note(loadLine(json)));
});

function ROWSPS(rows, ms) {
  return rows / (ms / 1000);
}

// ---- 2. round trips ------------------------------------------------------------------------------

section(2, "Round trips (src/excel against the Excel double)", () => {
  const committed = execFileSync("git", ["log", "--oneline", "-1", "--", "src/excel/index.ts"], {
    cwd: ROOT,
    encoding: "utf8",
  }).trim();
  if (!committed) {
    report.sections[2] = { skipped: "src/excel/index.ts is not committed yet" };
    console.log(heading("2. Round trips"));
    console.log("  skipped: src/excel/index.ts is not committed yet\n");
    return;
  }
  const { json } = runNode("round-trips", { args: ["--max-old-space-size=4096"] });
  report.sections[2] = json;
  console.log(
    heading(
      `2. Round trips — createExcelPlanWorkbook() against the Excel double (PLAN.* registered), zh-CN, PLAN style`,
    ),
  );
  const rows = json.results.map((r) => {
    const trips = Math.max(r.syncs, r.roundTrips);
    const ok = trips <= TARGETS.syncsPerAction;
    const overLimit = r.maxRequestBytes > json.doubleLimitBytes || r.maxResponseBytes > json.doubleLimitBytes;
    r.verdict =
      r.outcome.startsWith("error") || overLimit ? "MISS" : ok ? "PASS" : r.splitApplies ? "PASS (split)" : "MISS";
    return [
      fmtInt(r.rows),
      r.action,
      String(r.syncs),
      String(r.roundTrips),
      fmtBytes(r.requestBytes),
      fmtBytes(r.maxRequestBytes),
      fmtBytes(r.responseBytes),
      r.splitApplies ? "yes" : "no",
      fmtMs(r.ms),
      `≤ ${TARGETS.syncsPerAction}`,
      r.verdict,
      r.outcome.length > 60 ? r.outcome.slice(0, 57) + "…" : r.outcome,
    ];
  });
  console.log(
    table(
      [
        "rows/sheet",
        "action",
        "syncs",
        "requests",
        "request bytes",
        "largest request",
        "response bytes",
        "over budget",
        "double ms",
        "target",
        "",
        "outcome",
      ],
      rows,
    ),
  );
  console.log(
    note(
      `syncs = context.sync() calls; requests = non-empty requests incl. Excel.run's final flush; bytes = UTF-8 JSON of the queued actions (request) and of the loaded data (response). "over budget" = the action's requests or responses total more than the layer's per-round-trip budget (payloadBudget() = ${fmtBytes(json.layerBudgetBytes)}, ${Math.round((100 * json.layerBudgetBytes) / json.layerLimitBytes)}% of its PAYLOAD_LIMIT_BYTES ${fmtBytes(json.layerLimitBytes)}), so the 5 MB split applies and more round trips are expected: PASS (split) when then every request and response stays under the double's ${fmtBytes(json.doubleLimitBytes)} limit. ${json.createTakesRows ? "create = createPlan(options, rows): what create() runs, with the rows as initial data (the worked example's path)." : "create = create() with the worked example (this version of the layer takes no rows); the rows were typed in afterwards, uncounted."} "double ms" is the double's time (HyperFormula), not Excel's.`,
    ),
  );
  const worst = json.results.reduce((a, r) => (r.maxRequestBytes > a.maxRequestBytes ? r : a));
  console.log(
    note(
      `largest single request: ${fmtBytes(worst.maxRequestBytes)} (${worst.action}, ${fmtInt(worst.rows)} rows) = ${((100 * worst.maxRequestBytes) / json.doubleLimitBytes).toFixed(0)}% of the ${fmtBytes(json.doubleLimitBytes)} limit.`,
    ),
  );
});

// ---- 3. read + check ---------------------------------------------------------------------------

section(3, "Read + check (src/domain)", () => {
  const { json, stdout } = runNode("read-check", { keepStdout: true });
  // V8 --trace-gc lines: "... Scavenge 221.6 (264.0) -> 207.2 (264.0) MB ..."; forced gc() lines say "testing".
  const segments = [];
  let current = null;
  for (const line of stdout.split("\n")) {
    const g = /:\s+(\S[^0-9]*?)\s+([\d.]+)\s+\(([\d.]+)\)\s+->\s+([\d.]+)\s+\(([\d.]+)\)\s+MB/.exec(line);
    if (!g) continue;
    const before = Number(g[2]) * 1024 * 1024;
    const after = Number(g[4]) * 1024 * 1024;
    if (/testing/.test(line)) {
      if (current) current.endBefore = before;
      current = { start: after, maxBefore: 0, gcs: 0 };
      segments.push(current);
    } else if (current) {
      current.maxBefore = Math.max(current.maxBefore, before);
      current.gcs++;
    }
  }
  const runs = segments.slice(0, json.runs).map((s, i) => ({
    startBytes: s.start,
    peakBytes: Math.max(s.maxBefore, json.heap.atReturnBytes[i] ?? 0),
    gcs: s.gcs,
  }));
  const peak = Math.max(...runs.map((r) => r.peakBytes));
  const base = Math.min(...runs.map((r) => r.startBytes));
  json.peakHeap = { runs, peakBytes: peak, baseBytes: base, aboveBaseBytes: peak - base };
  report.sections[3] = json;
  console.log(
    heading(
      `3. Read + check — checkPlan() on 4 sheets × ${fmtInt(json.rowsPerSheet)} rows (zh-CN, PLAN formulas), median of ${json.runs} runs after ${json.warmup} warm-up`,
    ),
  );
  console.log(
    table(
      ["figure", "value", "target", ""],
      [
        [
          "read + check (checkPlan)",
          fmtMs(json.medianMs),
          `< ${TARGETS.checkMs} ms`,
          verdict(json.medianMs < TARGETS.checkMs),
        ],
        ["  reading the 4 sheets (readSheet)", fmtMs(json.phases.readMedianMs), "", ""],
        ["  the rules (checkReads)", fmtMs(json.phases.rulesMedianMs), "", ""],
        ["  the summary (summarize)", fmtMs(json.phases.summaryMedianMs), "", ""],
        [
          "peak heap in use during a run (whole process)",
          fmtBytes(peak),
          `< ${fmtBytes(TARGETS.checkPeakHeapBytes)}`,
          verdict(peak < TARGETS.checkPeakHeapBytes),
        ],
        ["  heap before the run (grids + code, after GC)", fmtBytes(base), "", ""],
        ["  added by the run at its peak", fmtBytes(peak - base), "", ""],
      ],
    ),
  );
  console.log(
    table(
      ["where read + check's time goes: CPU profile of 3 runs, by function incl. callees", "incl.", "self"],
      [
        [
          "(garbage collector)",
          "",
          `${(100 * (json.profile.entries.find((e) => e.fn === "(garbage collector)")?.share ?? 0)).toFixed(0)}%`,
        ],
        ...json.profile.inclusive.map((e) => [e.fn, `${(100 * e.share).toFixed(0)}%`, `${(100 * e.self).toFixed(0)}%`]),
      ],
    ),
  );
  const codes = Object.entries(json.findingsByCode)
    .map(([k, v]) => `${k} ${fmtInt(v)}`)
    .join(", ");
  console.log(
    note(
      `rows read: ${Object.entries(json.rowsRead)
        .map(([k, v]) => `${k} ${fmtInt(v)}`)
        .join(", ")}; ${fmtInt(json.findings)} findings (${codes}).`,
    ),
  );
  console.log(
    note(
      "Peak heap: node --expose-gc with V8's --trace-gc switched on after the warm-up; each measured run starts with a forced GC; the peak of a run is the largest heap-in-use V8 reports just before any collection during it, or at its return (result held), whichever is larger. MB = 10^6 bytes.",
    ),
  );
  console.log(note(loadLine(json)));
});

// ---- 6. recalculation: HyperFormula and LibreOffice -------------------------------------------

section(6, "Recalculation (HyperFormula in the double, LibreOffice on the file)", () => {
  const rowsPerSheet = Number(process.env.BENCH_RECALC_ROWS ?? 10_000);
  const runs = [];
  for (const engine of ["hyperformula", "libreoffice"]) {
    for (const style of ["standard", "plan"]) {
      progress(`  ${engine}, ${style} style, 4 × ${fmtInt(rowsPerSheet)} rows`);
      try {
        const { json } = runNode("recalc", {
          args: ["--max-old-space-size=4096"],
          env: { BENCH_RECALC_ENGINE: engine, BENCH_RECALC_STYLE: style, BENCH_RECALC_ROWS: String(rowsPerSheet) },
        });
        runs.push(json);
      } catch (e) {
        runs.push({
          engine,
          style,
          rowsPerSheet,
          seconds: null,
          peakRssBytes: null,
          sample: null,
          outcome: `process failed: ${e?.message ?? e}`,
        });
      }
    }
  }
  report.sections[6] = { rowsPerSheet, runs };
  console.log(heading(`6. Recalculation — 4 × ${fmtInt(rowsPerSheet)} rows, each engine and style in its own process`));
  console.log(
    table(
      ["engine", "style", "seconds", "peak memory", "预算分配!F2", "outcome"],
      runs.map((r) => [
        r.engine,
        r.style,
        r.seconds === null ? "—" : r.seconds.toFixed(1),
        r.peakRssBytes === null ? "—" : fmtBytes(r.peakRssBytes),
        JSON.stringify(r.sample),
        r.outcome,
      ]),
    ),
  );
  console.log(
    note(
      "hyperformula: createPlan (src/excel) into the Excel double, whose HyperFormula engine computes each formula as it is written — seconds of the whole create, peak RSS of the Node process. libreoffice: the .xlsx written by src/files (no cached results, full recalculation on load; writing not counted), soffice --headless --convert-to xlsx with recalculation forced — seconds of that run, peak RSS of soffice (GNU time). In LibreOffice the plan style's PLAN.* cells are #NAME? (no add-in), so that row measures load and save.",
    ),
  );
});

// ---- production build, 5. start, 4. size --------------------------------------------------------

const DIST = join(OUT, "dist");
const STATS = join(OUT, "stats.json");
if (wanted(4) || wanted(5)) {
  if (process.env.BENCH_SKIP_BUILD && existsSync(join(DIST, "taskpane.html")) && existsSync(STATS)) {
    progress("production build: reusing bench/results/.out/dist (BENCH_SKIP_BUILD)");
  } else {
    progress(
      "production build (webpack --mode production → bench/results/.out/dist, stats → bench/results/.out/stats.json)",
    );
    const t0 = Date.now();
    webpack(["--mode", "production", "--output-path", DIST, "--json", STATS]);
    report.productionBuildMs = Date.now() - t0;
  }
}

let start;
await sectionAsync(5, "Task pane start (headless Chromium)", async () => {
  const load = os.loadavg()[0];
  start = await measureStart({
    root: ROOT,
    distDir: DIST,
    runs: 7,
    variants: [
      {
        name: "Excel host",
        page: "taskpane.html",
        excelHost: true,
        what: "production taskpane.html, office.js's onReady reporting the Excel host: the pane's real first screen",
      },
      {
        name: "no host",
        page: "taskpane.html",
        excelHost: false,
        what: "production taskpane.html as it is outside Office: office.js reports no host, the pane shows its open-in-Excel note",
      },
    ],
  });
  start.measured = "production taskpane.html";
  if (start.variants.every((v) => v.rendered === 0) && existsSync(join(ROOT, "dev/preview/index.tsx"))) {
    progress("  the production page did not render outside Office: measuring the dev preview instead");
    const previewDir = join(OUT, "preview");
    webpack(["--mode", "development", "--env", "preview", "--output-path", previewDir]);
    const preview = await measureStart({
      root: ROOT,
      distDir: previewDir,
      runs: 7,
      variants: [
        { name: "preview", page: "index.html", excelHost: false, what: "dev preview (index.html, development build)" },
      ],
    });
    preview.measured =
      "dev preview (index.html, development build) — the production page did not render outside Office";
    preview.production = start;
    start = preview;
  }
  start.loadAverage = { before: load, after: os.loadavg()[0] };
  report.sections[5] = start;
});

/** The variant whose first render is the pane's real first screen (what Excel shows), for section 4. */
const excelStart = start?.variants?.find((v) => v.excelHost && v.rendered > 0);

section(4, "Task pane size (production build)", () => {
  const size = measureSize({
    distDir: DIST,
    statsFile: STATS,
    scriptsBeforeRender: excelStart ? excelStart.scriptsBeforeRender : [],
  });
  const office = fileSize(join(ROOT, "node_modules/@microsoft/office-js/dist"), "office.js");
  size.officeJsLocalCopy = office;
  size.eagerFrom = excelStart
    ? "Chromium, Excel-host variant of section 5"
    : "taskpane.html only (section 5 did not run or the pane did not render)";
  report.sections[4] = size;
  console.log(
    heading(
      "4. Task pane size — production build (webpack.config.js, --mode production), gzip = zlib level 9, KB = 1,000 bytes",
    ),
  );
  const rows = size.taskpaneInitial.files.map((f) => [f.file, f.chunk, fmtKB(f.bytes), fmtKB(f.gzipBytes), f.origin]);
  rows.push([
    "task pane JS before its first render in Excel",
    "",
    fmtKB(size.taskpaneInitial.total.bytes),
    fmtKB(size.taskpaneInitial.total.gzipBytes),
    "",
  ]);
  console.log(table(["script", "chunk", "raw", "gzip", "loaded because"], rows));
  const gz = size.taskpaneInitial.total.gzipBytes;
  console.log(
    table(
      ["target", "figure", ""],
      [
        [
          `task pane initial JS ≤ ${fmtKB(TARGETS.taskpaneInitialGzipBytes)} gzipped`,
          `${fmtKB(gz)} (${fmtInt(gz)} B) = ${((100 * gz) / TARGETS.taskpaneInitialGzipBytes).toFixed(0)}% of the target`,
          verdict(gz <= TARGETS.taskpaneInitialGzipBytes),
        ],
      ],
    ),
  );
  console.log(
    note(
      `Counted: the scripts taskpane.html references${size.taskpaneInitial.eagerChunksSeenInBrowser.length ? ` plus the chunks Chromium had loaded before the pane's first render with the Excel host (${size.taskpaneInitial.eagerChunksSeenInBrowser.join(", ")}), i.e. what src/taskpane/index.tsx import()s as soon as Office is ready` : ""}. Not counted: office.js (${size.officeJs.join(", ")}, Microsoft's CDN; the npm copy is ${fmtKB(office.bytes)} raw / ${fmtKB(office.gzipBytes)} gz, and it loads more files beside itself). Outside Office the pane needs only the three entry scripts (${fmtKB(size.taskpaneInitial.files.filter((f) => f.origin === "entry script").reduce((n, f) => n + f.gzipBytes, 0))} gz) for its note.`,
    ),
  );
  if (size.lazyChunks.length) {
    console.log(
      table(
        ["lazy chunk (after the first render)", "chunk", "raw", "gzip", "loaded because"],
        size.lazyChunks.map((f) => [f.file, f.chunk, fmtKB(f.bytes), fmtKB(f.gzipBytes), f.origin]),
      ),
    );
  } else {
    console.log(note("lazy chunks: none in this build."));
  }
  const fn = size.functions;
  const fnRows = fn.files.map((f) => [f.file, fmtKB(f.bytes), fmtKB(f.gzipBytes), "", ""]);
  fnRows.push([
    "custom functions code (functions entrypoint)",
    fmtKB(fn.total.bytes),
    fmtKB(fn.total.gzipBytes),
    "",
    "",
  ]);
  fnRows.push(["React / Fluent UI modules in it", String(fn.reactModules.length), "", "none", verdict(!fn.hasReact)]);
  fnRows.push([
    "scripts the page runs before functions.js",
    fn.scriptsBeforeFunctions ? fn.scriptsBeforeFunctions.join(", ") || "(none)" : "functions.js not on the page",
    "",
    "runtime only",
    verdict(
      Array.isArray(fn.scriptsBeforeFunctions) && fn.scriptsBeforeFunctions.every((s) => /^runtime\.js$/.test(s)),
    ),
  ]);
  console.log(table(["custom functions", "raw", "gzip", "target", ""], fnRows));
  console.log(
    note(
      `The functions entrypoint's chunks (webpack stats): ${fn.entrypointChunks.map((c) => `${c.files.join("+")} [${c.names.join(",") || c.id}]`).join(", ")}; their modules (concatenated ones included) were checked against react, react-dom, scheduler, @fluentui and @griffel, and the files' text for React markers${fn.reactMarkers.length ? `: found ${fn.reactMarkers.join(", ")}` : ": none found"}. The page's scripts are defer scripts run in order, so functions.js runs right after runtime.js, before taskpane.js asks for React.`,
    ),
  );
});

if (start) {
  console.log(
    heading(
      `5. Task pane start — ${start.measured}, headless Chromium ${start.browserVersion ?? ""}, ${start.runs} cold loads per variant (fresh context each, interleaved), median`,
    ),
  );
  const list = (xs) => xs.map((x) => (x === null || x === undefined ? "—" : x.toFixed(0))).join(" ");
  const rows = [];
  for (const v of start.variants) {
    rows.push([
      `${v.name}: first render${v.usedMark ? " (the pane's mark taskpane-first-render)" : " (#root gets content)"}`,
      v.firstRenderMedianMs === null ? "did not render" : fmtMs(v.firstRenderMedianMs),
      list(v.firstRenderMs),
    ]);
    rows.push([
      `${v.name}: #root gets content`,
      v.rootContentMedianMs === null ? "—" : fmtMs(v.rootContentMedianMs),
      "",
    ]);
    rows.push([
      `${v.name}: first contentful paint`,
      v.fcpMedianMs === null ? "—" : fmtMs(v.fcpMedianMs),
      list(v.fcpMs),
    ]);
    rows.push([
      `${v.name}: PLAN.* associated with office.js (all 7)`,
      v.functionsRegisteredMedianMs === null ? "—" : fmtMs(v.functionsRegisteredMedianMs),
      list(v.functionsRegisteredMs),
    ]);
  }
  console.log(table(["figure (ms from navigation start)", "median", "runs (ms)"], rows));
  for (const v of start.variants) {
    console.log(
      note(
        `${v.name}: ${v.what}. Rendered ${v.rendered}/${start.runs}, showing ${JSON.stringify(v.shown)}. Scripts loaded before the first render: ${v.scriptsBeforeRender.join(", ")}; from the CDN (answered from node_modules/@microsoft/office-js/dist): ${v.cdnScriptsBeforeRender.map((u) => u.replace(/^https:\/\/appsforoffice\.microsoft\.com/, "")).join(", ") || "none"}.${v.errors.length ? ` Page errors: ${v.errors.join(" | ")}` : ""}`,
      ),
    );
  }
  console.log(
    note(
      `target: none set — figures reported. In Excel, onReady also waits for the host's handshake, which no browser run includes. Served from 127.0.0.1 by node:http; every other request aborted (${start.blockedRequests.length ? start.blockedRequests.join(", ") : "none were made"}). Chromium flags: --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run.`,
    ),
  );
  console.log(note(loadLine(start)));
}

// ---- 7. plan files ------------------------------------------------------------------------------

section(7, "Plan files: plan check and plan rollup (src/files, bin/plan.mjs)", () => {
  const { json } = runNode("files");
  report.sections[7] = json;
  const s = (x) => `${x.seconds.toFixed(2)} s`;
  const lo = json.libreoffice;
  console.log(
    heading(
      `7. Plan files — ${fmtInt(json.files)} department files × ${fmtInt(json.rowsPerSheet)} rows per sheet (${fmtBytes(json.fileBytes)} each), each command in its own process`,
    ),
  );
  console.log(
    table(
      ["what", "wall", "peak RSS"],
      [
        ["plan --help (Node + tsx start-up alone)", s(json.startup), fmtBytes(json.startup.peakRssBytes)],
        ["plan check, one file", s(json.checkOne), fmtBytes(json.checkOne.peakRssBytes)],
        [`plan rollup, ${json.files} files`, s(json.rollup), fmtBytes(json.rollup.peakRssBytes)],
        [
          `reference: LibreOffice headless, ${json.files} files to csv`,
          lo.error ? "failed" : s(lo),
          lo.error ? "—" : fmtBytes(lo.peakRssBytes),
        ],
      ],
    ),
  );
  console.log(
    note(
      `Measured with /usr/bin/time -v around each process; the plan command runs through tsx as people run it (start-up included). ${json.soffice}.`,
    ),
  );
});

// ---- summary + JSON ----------------------------------------------------------------------------

report.finishedAt = new Date().toISOString();
report.durationMs = Date.now() - started;
report.machine.loadAverageAtEnd = os.loadavg();
mkdirSync(RESULTS, { recursive: true });
const stamp = report.startedAt.replace(/[:.]/g, "-");
const file = join(RESULTS, `bench-${stamp}.json`);
writeFileSync(file, JSON.stringify(report, null, 2));
writeFileSync(join(RESULTS, "latest.json"), JSON.stringify(report, null, 2));
console.log(heading("Summary"));
console.log(table(["target", "figure", ""], summaryRows()));
console.log(
  `\nwritten: ${file.slice(ROOT.length + 1)} (and bench/results/latest.json) — ${(report.durationMs / 1000).toFixed(0)} s`,
);

function summaryRows() {
  const rows = [];
  const s = report.sections;
  if (s[1]?.functions) {
    const dev = s[1].functions.find((f) => f.id === "DEVIATION");
    rows.push([
      `PLAN.DEVIATION ≥ ${fmtRate(TARGETS.deviationCellsPerSec)} cells/s (Node)`,
      `${fmtRate(dev.cellsPerSec)} cells/s`,
      verdict(dev.cellsPerSec >= TARGETS.deviationCellsPerSec),
    ]);
  }
  if (s[2]?.results) {
    const bad = s[2].results.filter((r) => r.verdict === "MISS");
    const split = s[2].results.filter((r) => r.verdict === "PASS (split)");
    rows.push([
      `round trips ≤ ${TARGETS.syncsPerAction} per action until the 5 MB split`,
      `${s[2].results.length - bad.length}/${s[2].results.length} actions${split.length ? `, ${split.map((r) => `${r.action} @${fmtInt(r.rows)}: ${Math.max(r.syncs, r.roundTrips)}`).join(", ")} split` : ""}`,
      bad.length ? "MISS" : "PASS",
    ]);
  }
  for (const r of s[6]?.runs ?? []) {
    rows.push([
      `recalculate 4 × ${fmtInt(r.rowsPerSheet)} rows: ${r.engine}, ${r.style}`,
      r.seconds === null
        ? r.outcome
        : `${r.seconds.toFixed(1)} s, ${r.peakRssBytes === null ? "—" : fmtBytes(r.peakRssBytes)}`,
      "—",
    ]);
  }
  if (s[3]?.medianMs !== undefined) {
    rows.push([
      `read + check 4 × 10,000 rows < ${TARGETS.checkMs} ms`,
      fmtMs(s[3].medianMs),
      verdict(s[3].medianMs < TARGETS.checkMs),
    ]);
    rows.push([
      `  peak heap < ${fmtBytes(TARGETS.checkPeakHeapBytes)}`,
      fmtBytes(s[3].peakHeap.peakBytes),
      verdict(s[3].peakHeap.peakBytes < TARGETS.checkPeakHeapBytes),
    ]);
  }
  if (s[4]?.functions) {
    rows.push([
      "custom functions without React",
      s[4].functions.hasReact ? "React found" : "no React modules",
      verdict(!s[4].functions.hasReact),
    ]);
    rows.push([
      `task pane initial JS ≤ ${fmtKB(TARGETS.taskpaneInitialGzipBytes)} gz (first render in Excel)`,
      `${fmtKB(s[4].taskpaneInitial.total.gzipBytes)} gz`,
      verdict(s[4].taskpaneInitial.total.gzipBytes <= TARGETS.taskpaneInitialGzipBytes),
    ]);
  }
  for (const v of s[5]?.variants ?? []) {
    rows.push([
      `task pane first render, ${v.name} (no target)`,
      v.firstRenderMedianMs === null ? "did not render" : fmtMs(v.firstRenderMedianMs),
      "—",
    ]);
  }
  if (s[7]?.rollup) {
    rows.push([
      `plan check, one file of ${fmtInt(s[7].rowsPerSheet)} rows per sheet (no target)`,
      `${s[7].checkOne.seconds.toFixed(2)} s, ${fmtBytes(s[7].checkOne.peakRssBytes)}`,
      "—",
    ]);
    rows.push([
      `plan rollup, ${s[7].files} files (no target)`,
      `${s[7].rollup.seconds.toFixed(2)} s, ${fmtBytes(s[7].rollup.peakRssBytes)}`,
      "—",
    ]);
  }
  for (const [n, v] of Object.entries(s)) if (v?.error) rows.push([`section ${n}`, "failed", "MISS"]);
  return rows;
}
