import type { Thresholds } from "../settings/thresholds";

/**
 * What the check and the summary both derive from a sheet read (a fact per
 * row, a metric's series), worked out once per read and thresholds: checkPlan
 * runs both over the same reads, and on 10,000-row sheets doing it twice
 * costs as much as reading a sheet. Reads are immutable, so a WeakMap keyed by
 * the read is safe and lets a read that is dropped be collected.
 */
export class PerRead<R extends object, V> {
  private readonly cache = new WeakMap<R, { t: Thresholds; value: V }>();

  constructor(private readonly make: (read: R, t: Thresholds) => V) {}

  of(read: R, t: Thresholds): V {
    const hit = this.cache.get(read);
    if (hit && hit.t === t) return hit.value;
    const value = this.make(read, t);
    this.cache.set(read, { t, value });
    return value;
  }
}
