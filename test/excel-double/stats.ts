/** Round-trip and payload counters of a double, and a pure-JS UTF-8 byte count (no Buffer: runs in browsers). */

/** Bytes of `s` encoded as UTF-8. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export interface SyncRecord {
  /** Queued actions in the request (object instantiations, property sets, method calls, loads). */
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** "ok", or the error code the sync rejected with. */
  outcome: string;
}

export interface DoubleStats {
  /** Excel.run calls. */
  runs: number;
  /** context.sync() calls made by the add-in's code (empty ones included). */
  syncs: number;
  /** Requests actually sent to "Excel": non-empty syncs, including the final flush Excel.run makes. */
  roundTrips: number;
  /** Sum over requests of the request payload (JSON of the queued actions, written values included), in UTF-8 bytes. */
  requestBytes: number;
  maxRequestBytes: number;
  /** Sum over requests of the loaded data returned, in UTF-8 bytes of its JSON. */
  responseBytes: number;
  maxResponseBytes: number;
  /** Every request, in order. */
  log: SyncRecord[];
  reset(): void;
}

export function createStats(): DoubleStats {
  const stats: DoubleStats = {
    runs: 0,
    syncs: 0,
    roundTrips: 0,
    requestBytes: 0,
    maxRequestBytes: 0,
    responseBytes: 0,
    maxResponseBytes: 0,
    log: [],
    reset() {
      stats.runs = 0;
      stats.syncs = 0;
      stats.roundTrips = 0;
      stats.requestBytes = 0;
      stats.maxRequestBytes = 0;
      stats.responseBytes = 0;
      stats.maxResponseBytes = 0;
      stats.log = [];
    },
  };
  return stats;
}
