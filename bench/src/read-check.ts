/**
 * Section 3: the domain reading and checking four plan sheets of 10,000 rows
 * each — checkPlan() from src/domain/check, the entry point the Excel layer
 * calls with the grids it read (values + computed-column formulas).
 *
 * Time: median of RUNS after WARMUP runs, a full GC before each (not timed).
 * Peak heap: run with --expose-gc; after the warm-up, V8's --trace-gc is
 * switched on, so every collection prints the heap in use just before it (the
 * local maxima). The parent process (bench/run.mjs) reads those lines; each
 * measured run begins with a forced gc() whose line separates the runs. The
 * peak of a run is the largest "before" figure in its segment or the heap in
 * use when it returns (result still held), whichever is larger.
 */
import { setFlagsFromString } from "v8";
import { checkPlan, checkReads, summarize } from "../../src/domain/check";
import { readSheet } from "../../src/domain/read/read-sheet";
import { DEFAULT_THRESHOLDS } from "../../src/domain/settings/thresholds";
import { planRows, sheetGrid } from "./plan-data";
import { profileSelfTime } from "./profile";
import { collect, emit, log, median, now } from "./util";

const ROWS = Number(process.env.BENCH_CHECK_ROWS ?? 10_000);
const WARMUP = 2;
const RUNS = 7;
const MB = 1024 * 1024;

const heap = (): number => process.memoryUsage().heapUsed;

collect();
const heapBeforeGrids = heap();
const t0 = now();
function buildGrids() {
  const rows = planRows(ROWS);
  return {
    goals: sheetGrid("goals", rows.goals),
    strategies: sheetGrid("strategies", rows.strategies),
    budget: sheetGrid("budget", rows.budget),
    monitoring: sheetGrid("monitoring", rows.monitoring),
  };
}
const grids = buildGrids();
const buildMs = now() - t0;
collect();
const heapWithGrids = heap();
log(
  `grids built: 4 × ${ROWS} rows in ${buildMs.toFixed(0)} ms, ${((heapWithGrids - heapBeforeGrids) / MB).toFixed(1)} MB`,
);

const input = { ...grids, thresholds: DEFAULT_THRESHOLDS, lang: "zh-CN" as const };

function warmUp(): void {
  for (let i = 0; i < WARMUP; i++) checkPlan(input);
}
warmUp();

// Work happens in functions that return: a value held in a top-level (never
// returning) frame's register would stay reachable and inflate the heap figures.

/** What the check finds on these grids (counts only; the result is dropped). */
function describe(): { findingsByCode: Record<string, number>; rowsRead: Record<string, number> } {
  const sample = checkPlan(input);
  const findingsByCode: Record<string, number> = {};
  for (const f of sample.findings) findingsByCode[f.code] = (findingsByCode[f.code] ?? 0) + 1;
  const rowsRead = Object.fromEntries(Object.entries(sample.reads).map(([k, v]) => [k, v?.rows.length ?? 0]));
  return { findingsByCode, rowsRead };
}
const { findingsByCode, rowsRead } = describe();

/** Phases, timed separately (not part of the main figure): reading the four sheets, the rules, the summary. */
function phaseRun(phase: { readMs: number[]; rulesMs: number[]; summaryMs: number[] }): void {
  collect();
  const a = now();
  const reads = {
    goals: readSheet("goals", grids.goals),
    strategies: readSheet("strategies", grids.strategies),
    budget: readSheet("budget", grids.budget),
    monitoring: readSheet("monitoring", grids.monitoring),
  };
  const b = now();
  checkReads(reads, DEFAULT_THRESHOLDS);
  const c = now();
  summarize(reads, DEFAULT_THRESHOLDS, "zh-CN");
  const d = now();
  phase.readMs.push(b - a);
  phase.rulesMs.push(c - b);
  phase.summaryMs.push(d - c);
}
const phase = { readMs: [] as number[], rulesMs: [] as number[], summaryMs: [] as number[] };
for (let i = 0; i < RUNS; i++) phaseRun(phase);

// Measured runs, with the GC trace on (stdout) for the peak.
const totalMs: number[] = [];
const heapAtReturn: number[] = [];
let findings = 0;
setFlagsFromString("--trace-gc");
function measuredRun(): void {
  collect(); // its trace line starts this run's segment
  const a = now();
  const result = checkPlan(input);
  const b = now();
  heapAtReturn.push(heap());
  findings = result.findings.length;
  totalMs.push(b - a);
}
for (let i = 0; i < RUNS; i++) measuredRun();
collect(); // closes the last segment
setFlagsFromString("--no-trace-gc");

// Where the time goes (after the measured runs, so the profiler does not touch them).
const profile = profileSelfTime(
  () => void checkPlan(input),
  3,
  "read-check.cjs",
  (us) => us / 1000 / 3,
  12,
);

emit({
  rowsPerSheet: ROWS,
  rowsRead,
  warmup: WARMUP,
  runs: RUNS,
  totalMs,
  medianMs: median(totalMs),
  phases: {
    readMedianMs: median(phase.readMs),
    rulesMedianMs: median(phase.rulesMs),
    summaryMedianMs: median(phase.summaryMs),
  },
  findings,
  findingsByCode,
  profile,
  heap: { beforeGridsBytes: heapBeforeGrids, withGridsBytes: heapWithGrids, atReturnBytes: heapAtReturn },
});
