/** Small helpers shared by the Node benchmarks: timing, medians, a seeded PRNG, result output. */
import { writeFileSync } from "fs";

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6; // ms
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A full GC when node runs with --expose-gc, so each measured run starts from a clean young generation. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured; returns the
 * times in ms. A full GC before each measured run (not timed); collections the
 * run's own allocation causes are part of its time.
 */
export function timeRuns(fn: () => void, warmup: number, runs: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = now();
    fn();
    times.push(now() - t0);
  }
  return times;
}

/** Mulberry32: deterministic inputs, so runs compare. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Progress goes to stderr; the result is one JSON file named by the first argument (or stdout). */
export function log(msg: string): void {
  process.stderr.write(`  ${msg}\n`);
}

export function emit(result: unknown): void {
  const out = process.argv[2];
  const json = JSON.stringify(result, null, 2);
  if (out) writeFileSync(out, json);
  else process.stdout.write(json + "\n");
}

/** Keeps results alive so the optimiser cannot drop the work. */
let sink = 0;
export function consume(out: readonly (readonly unknown[])[]): void {
  const v = out[out.length - 1][0];
  sink += typeof v === "number" ? v : typeof v === "string" ? v.length : 1;
}
export function sinkValue(): number {
  return sink;
}
