/**
 * Where the time goes: V8's sampling CPU profiler through node:inspector (same
 * thread, 100 µs sampling) around a piece of work; self time by function, as
 * shares, which machine load does not skew the way it skews separate timings.
 */
import { Session } from "inspector";
import { collect } from "./util";

export interface SelfTimeProfile {
  /** The top functions by self time; `per` is the caller's unit (e.g. ns per cell); `inclusive` counts callees too. */
  entries: { fn: string; share: number; per: number; inclusive: number }[];
  /** The top functions by inclusive time (below the profiled work itself). */
  inclusive: { fn: string; share: number; self: number }[];
  samples: number;
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Profiles `runs` calls of `work`. Functions from `bundle` (our code) keep their
 * names; others are marked as built-ins or by file. `per(us)` turns a function's
 * self time in µs into the unit reported.
 */
export function profileSelfTime(
  work: () => void,
  runs: number,
  bundle: string,
  per: (us: number) => number,
  top = 10,
): SelfTimeProfile {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): unknown => {
    let result: unknown;
    let error: unknown;
    session.post(method, params ?? {}, (err, res) => {
      error = err;
      result = res;
    });
    if (error) throw error;
    return result; // the same-thread session answers synchronously
  };
  post("Profiler.enable");
  post("Profiler.setSamplingInterval", { interval: 100 });
  collect();
  post("Profiler.start");
  for (let i = 0; i < runs; i++) work();
  const { profile } = post("Profiler.stop") as { profile: Profile };
  session.disconnect();
  const nameOf = new Map(
    profile.nodes.map((n) => {
      const { functionName, url } = n.callFrame;
      const name = functionName || "(anonymous)";
      if (url.includes(bundle) || name.startsWith("(")) return [n.id, name];
      return [n.id, `${name} (${url ? url.replace(/^.*[\\/]/, "") : "V8/Node built-in"})`];
    }),
  );
  const parent = new Map<number, number>();
  for (const n of profile.nodes as (Profile["nodes"][number] & { children?: number[] })[])
    for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const name = nameOf.get(id) ?? "?";
    if (name === "(idle)" || name === "(program)") return;
    time.set(name, (time.get(name) ?? 0) + dt);
    total += dt;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = nameOf.get(n) ?? "?";
      if (!seen.has(k)) {
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + dt);
      }
    }
  });
  const entries = [...time.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, share: us / total, per: per(us), inclusive: (incl.get(fn) ?? us) / total }));
  const inclusive = [...incl.entries()]
    // our functions only (not the module loader, built-ins or this profiler's own frames)
    .filter(([fn]) => !fn.startsWith("(") && !fn.includes(" (") && fn !== "profileSelfTime")
    .sort((a, b) => b[1] - a[1])
    .slice(0, top + 6)
    .map(([fn, us]) => ({ fn, share: us / total, self: (time.get(fn) ?? 0) / total }));
  return { entries, inclusive, samples: profile.samples.length };
}
