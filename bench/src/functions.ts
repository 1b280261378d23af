/**
 * Section 1: the PLAN.* custom functions, the same code Excel calls
 * (src/functions), in Node.
 *
 * - spilled: one call over a 100,000-row range (each argument a 100,000×1 matrix,
 *   thresholds as 1×1 named cells) → cells per second;
 * - per row: 100,000 calls with 1×1 matrices, the way Excel calls a formula
 *   filled down a table column → calls per second.
 *
 * Beside it, HyperFormula (the engine of the test double) on the native
 * equivalent of PLAN.DEVIATION, =(C2-B2)/B2, over the same 100,000 rows:
 * - recalc: every value of column B replaced while evaluation is suspended, then
 *   resumeEvaluation() timed alone — the recalculation of 100,000 dirty formulas;
 * - build: HyperFormula.buildFromArray of the B, C data and the formula column
 *   (parse, dependency graph, first evaluation).
 *
 * Then where PLAN.DEVIATION's time goes: a CPU profile of its spilled form, and
 * two references timed beside it.
 */
import { HyperFormula } from "hyperformula";
import { PLAN_FUNCTIONS, type PlanFunctionId } from "../../src/functions/registry";
import { spill } from "../../src/functions/spill";
import { profileSelfTime, type SelfTimeProfile } from "./profile";
import { collect, consume, emit, log, median, now, rng, round, sinkValue, timeRuns } from "./util";

const ROWS = 100_000;
const WARMUP = 3;
const RUNS = 7;

type Matrix = unknown[][];
const col = (xs: readonly unknown[]): Matrix => xs.map((x) => [x]);
const one = (x: unknown): Matrix => [[x]];

// ---- realistic inputs ------------------------------------------------------------------------

const rand = rng(20260105);
const money = (x: number): number => Math.round(x * 100) / 100;

/** Monitoring rows: rates (点击率 2%), counts (注册用户 5万), scores (美誉度 80); ~2% actuals not reported yet. */
const targets: number[] = [];
const actuals: unknown[] = [];
const directions: string[] = [];
for (let i = 0; i < ROWS; i++) {
  const kind = i % 3;
  const target =
    kind === 0
      ? round(0.01 + rand() * 0.3, 4)
      : kind === 1
        ? Math.round(1000 + rand() * 99_000)
        : Math.round(50 + rand() * 50);
  targets.push(target);
  actuals.push(rand() < 0.02 ? null : round(target * (0.5 + rand() * 0.8), kind === 0 ? 4 : 0));
  const d = rand();
  directions.push(d < 0.7 ? "≥" : d < 0.9 ? "≤" : "=");
}
/** Budget lines in 万元: budget 1–200, spend 70%–160% of it; ~5% nothing spent yet. */
const budgets: number[] = [];
const spends: unknown[] = [];
for (let i = 0; i < ROWS; i++) {
  const b = money(1 + rand() * 199);
  budgets.push(b);
  spends.push(rand() < 0.05 ? null : money(b * (0.7 + rand() * 0.9)));
}
/** Campaigns: cost 1–300, revenue 0–6× cost. */
const costs: number[] = [];
const revenues: number[] = [];
for (let i = 0; i < ROWS; i++) {
  const c = money(1 + rand() * 299);
  costs.push(c);
  revenues.push(money(c * rand() * 6));
}

/**
 * Each function's arguments: columns for the row's cells, 1×1 for named threshold
 * cells, null when omitted. Built when needed (see forms()).
 */
const ARGS: Record<
  PlanFunctionId,
  { what: string; spilled: () => (Matrix | null)[]; perRow: (i: number) => (Matrix | null)[] }
> = {
  DEVIATION: {
    what: "=PLAN.DEVIATION(H2:H100001,G2:G100001)",
    spilled: () => [col(actuals), col(targets)],
    perRow: (i) => [one(actuals[i]), one(targets[i])],
  },
  STATUS: {
    what: "=PLAN.STATUS(H,G,F,PlanAlertShortfall,PlanOnTrackTolerance)",
    spilled: () => [col(actuals), col(targets), col(directions), one(0.2), one(0)],
    perRow: (i) => [one(actuals[i]), one(targets[i]), one(directions[i]), one(0.2), one(0)],
  },
  ROI: {
    what: "=PLAN.ROI(revenue,cost)",
    spilled: () => [col(revenues), col(costs), null],
    perRow: (i) => [one(revenues[i]), one(costs[i]), null],
  },
  VARIANCE: {
    what: "=PLAN.VARIANCE(E,D)",
    spilled: () => [col(spends), col(budgets)],
    perRow: (i) => [one(spends[i]), one(budgets[i])],
  },
  VARIANCEPCT: {
    what: "=PLAN.VARIANCEPCT(E,D)",
    spilled: () => [col(spends), col(budgets)],
    perRow: (i) => [one(spends[i]), one(budgets[i])],
  },
  APPROVAL: {
    what: "=PLAN.APPROVAL(E,D,PlanApprovalLead,PlanApprovalGM)",
    spilled: () => [col(spends), col(budgets), one(0.1), one(0.5)],
    perRow: (i) => [one(spends[i]), one(budgets[i]), one(0.1), one(0.5)],
  },
  EXPLAIN: {
    what: "=PLAN.EXPLAIN(E,D,PlanExplainAbove,PlanExplainMinAmount)",
    spilled: () => [col(spends), col(budgets), one(0.1), one(0)],
    perRow: (i) => [one(spends[i]), one(budgets[i]), one(0.1), one(0)],
  },
};

// ---- PLAN.* ------------------------------------------------------------------------------------

interface FunctionResult {
  id: PlanFunctionId;
  formula: string;
  spilledMs: number[];
  spilledMedianMs: number;
  cellsPerSec: number;
  perRowMs: number[];
  perRowMedianMs: number;
  callsPerSec: number;
}

/**
 * The two forms of one function, ready to time. Its arguments (100,000×1
 * columns, 100,000 sets of 1×1 arrays) exist only while it is measured:
 * holding every function's at once would triple every figure (a large old
 * generation makes each young-generation collection dearer), which is not the
 * custom-functions runtime's situation.
 */
function forms(id: PlanFunctionId): { spilled: () => void; perRow: () => void } {
  const f = PLAN_FUNCTIONS.find((p) => p.id === id)!;
  const spec = ARGS[id];
  const args = spec.spilled();
  const out = f.fn(...args);
  if (out.length !== ROWS) throw new Error(`${id} did not spill ${ROWS} rows: ${JSON.stringify(out).slice(0, 200)}`);
  // Excel builds fresh 1×1 arrays per call; building them is Excel's cost, not the function's.
  const rows = Array.from({ length: ROWS }, (_, i) => spec.perRow(i));
  return {
    spilled: () => consume(f.fn(...args)),
    perRow: () => {
      let last: unknown[][] = [[0]];
      for (let i = 0; i < ROWS; i++) last = f.fn(...rows[i]);
      consume(last);
    },
  };
}

/**
 * Warm-up: every function in both forms, WARMUP times, before anything is
 * measured — as in Excel, where all seven share spill() and the domain code, so
 * the JIT sees all of them.
 */
function warmUpAll(): void {
  for (const f of PLAN_FUNCTIONS) {
    const { spilled, perRow } = forms(f.id);
    for (let i = 0; i < WARMUP; i++) {
      spilled();
      perRow();
    }
  }
}

function benchFunction(id: PlanFunctionId): FunctionResult {
  const spec = ARGS[id];
  const f = forms(id);
  const spilledMs = timeRuns(f.spilled, 0, RUNS);
  const perRowMs = timeRuns(f.perRow, 0, RUNS);
  const sm = median(spilledMs);
  const pm = median(perRowMs);
  return {
    id,
    formula: spec.what,
    spilledMs,
    spilledMedianMs: sm,
    cellsPerSec: ROWS / (sm / 1000),
    perRowMs,
    perRowMedianMs: pm,
    callsPerSec: ROWS / (pm / 1000),
  };
}

// ---- HyperFormula --------------------------------------------------------------------------------

function hfSheet(bValues: readonly number[]): (string | number)[][] {
  const sheet: (string | number)[][] = [["", "Target", "Actual", "Deviation"]];
  for (let i = 0; i < ROWS; i++)
    sheet.push(["", bValues[i], (actuals[i] as number | null) ?? 0, `=(C${i + 2}-B${i + 2})/B${i + 2}`]);
  return sheet;
}

function benchHyperFormula() {
  const config = { licenseKey: "gpl-v3", undoLimit: 0, maxRows: 1_048_576, maxColumns: 16_384 };
  const data = hfSheet(targets);

  // Build: parse + graph + first evaluation of 100,000 formulas (3 runs; each ~seconds).
  const buildMs: number[] = [];
  let hf: HyperFormula | undefined;
  for (let r = 0; r < 3; r++) {
    hf?.destroy();
    collect();
    const t0 = now();
    hf = HyperFormula.buildFromArray(data, config);
    buildMs.push(now() - t0);
  }
  hf = hf!;
  const check = hf.getCellValue({ sheet: 0, row: 1, col: 3 });
  log(`HyperFormula D2 = ${String(check)}`);

  // Recalculation: replace all of column B while suspended (that write is not timed), then time resumeEvaluation().
  const altB = [targets.map((t) => [t * 1.01]), targets.map((t) => [t])];
  const recalcMs: number[] = [];
  const writeAndRecalcMs: number[] = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    collect();
    const t0 = now();
    hf.suspendEvaluation();
    hf.setCellContents({ sheet: 0, row: 1, col: 1 }, altB[r % 2]);
    const t1 = now();
    hf.resumeEvaluation();
    const t2 = now();
    if (r >= WARMUP) {
      recalcMs.push(t2 - t1);
      writeAndRecalcMs.push(t2 - t0);
    }
  }
  const after = hf.getCellValue({ sheet: 0, row: ROWS, col: 3 });
  hf.destroy();
  const rm = median(recalcMs);
  const bm = median(buildMs);
  return {
    formula: "=(C2-B2)/B2",
    rows: ROWS,
    version: HyperFormula.version,
    recalcMs,
    recalcMedianMs: rm,
    recalcCellsPerSec: ROWS / (rm / 1000),
    writeAndRecalcMs,
    writeAndRecalcMedianMs: median(writeAndRecalcMs),
    buildMs,
    buildMedianMs: bm,
    buildCellsPerSec: ROWS / (bm / 1000),
    lastValue: after,
  };
}

// ---- where PLAN.DEVIATION's time goes ---------------------------------------------------------------

/**
 * A CPU profile of PLAN.DEVIATION's spilled form (V8's sampling profiler through
 * node:inspector, 10 runs, 100 µs sampling): self time by function — where the
 * time goes, as shares, which machine load does not skew the way it skews
 * separate timings.
 */
function profileDeviation(): SelfTimeProfile {
  const ac = col(actuals);
  const tc = col(targets);
  const f = PLAN_FUNCTIONS[0].fn;
  return profileSelfTime(
    () => consume(f(ac, tc)),
    10,
    "functions.cjs",
    (us) => (us * 1000) / (10 * ROWS),
  );
}

/**
 * PLAN.DEVIATION beside two references, timed in interleaved rounds (so load
 * changes hit all three alike): the same spill() with a cell function that
 * returns a constant (the cost of the range plumbing and of the 100,000 result
 * rows), and the arithmetic written inline (no parsing, no Calc objects, no rounding).
 */
function references(): { step: string; nsPerCell: number }[] {
  const ac = col(actuals);
  const tc = col(targets);
  const variants: [string, () => unknown[][]][] = [
    ["PLAN.DEVIATION spilled (shipped)", () => PLAN_FUNCTIONS[0].fn(ac, tc)],
    ["spill() with a cell function returning a constant", () => spill(() => 1, ac, tc)],
    [
      "(a − t) / |t| inline: no parsing, no Calc objects, no rounding",
      () => {
        const out: unknown[][] = new Array(ROWS);
        for (let i = 0; i < ROWS; i++) {
          const x = ac[i][0];
          const y = tc[i][0] as number;
          out[i] = [x === null ? "" : ((x as number) - y) / Math.abs(y)];
        }
        return out;
      },
    ],
  ];
  const times = variants.map(() => [] as number[]);
  for (let round = 0; round < WARMUP + RUNS; round++) {
    variants.forEach(([, fn], i) => {
      collect();
      const t0 = now();
      consume(fn());
      if (round >= WARMUP) times[i].push(now() - t0);
    });
  }
  return variants.map(([step], i) => ({ step, nsPerCell: (median(times[i]) * 1e6) / ROWS }));
}

// ---- run ---------------------------------------------------------------------------------------

log("warm-up: all functions, both forms …");
warmUpAll();
const functions: FunctionResult[] = [];
for (const f of PLAN_FUNCTIONS) {
  log(`PLAN.${f.id} …`);
  functions.push(benchFunction(f.id)); // its per-row arguments are garbage once it returns
}
log("PLAN.DEVIATION profile …");
const profile = profileDeviation();
const refs = references();
log("HyperFormula =(C2-B2)/B2 …");
const hyperformula = benchHyperFormula();

emit({
  rows: ROWS,
  warmup: WARMUP,
  runs: RUNS,
  functions,
  hyperformula,
  deviationProfile: profile,
  deviationReferences: refs,
  sink: sinkValue(),
});
