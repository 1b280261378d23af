/**
 * Excel on the web refuses a request or response above 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). Large
 * writes and reads are therefore split into row chunks whose estimated JSON
 * size stays under a budget; only then does an action need more round trips.
 */

/** Excel on the web's limit per request and per response (5 MB; counted as 5,000,000 bytes to be safe). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * What one round trip may carry: the limit minus headroom for the request's
 * own structure (object paths, property names) and estimation error.
 */
let budgetBytes = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);

export function payloadBudget(): number {
  return budgetBytes;
}

/** For tests: a smaller budget makes chunking visible without megabytes of data. */
export function setPayloadBudget(bytes: number | undefined): void {
  budgetBytes = bytes ?? Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);
}

/** UTF-8 bytes of a string (CJK text is 3 bytes a character). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON size of one cell value as it travels (quotes, escapes, separator). */
export function cellBytes(v: unknown): number {
  if (v === null || v === undefined) return 5;
  if (typeof v === "number") return String(v).length + 1;
  if (typeof v === "boolean") return 6;
  const s = String(v);
  let extra = 3; // quotes and comma
  for (let i = 0; i < s.length; i++) if (s[i] === '"' || s[i] === "\\") extra++;
  return utf8Bytes(s) + extra;
}

export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += cellBytes(v);
  return n;
}

/**
 * Splits rows [0, sizes.length) into consecutive chunks whose summed sizes stay
 * within `budget` (a single row above the budget gets a chunk of its own).
 * Returns [start, end) pairs; one pair for everything that fits.
 */
export function chunkRows(sizes: readonly number[], budget = budgetBytes): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (i > start && used + sizes[i] > budget) {
      chunks.push([start, i]);
      start = i;
      used = 0;
    }
    used += sizes[i];
  }
  if (sizes.length > 0) chunks.push([start, sizes.length]);
  return chunks;
}

/**
 * Queues work item by item and syncs whenever the next item would push the
 * pending payload over the budget, so each request stays under the limit and
 * small actions keep their constant sync count.
 */
export class PayloadQueue {
  private pending = 0;
  constructor(
    private readonly syncNow: () => Promise<void>,
    private readonly budget = budgetBytes,
  ) {}

  /** Call before queuing an item of `bytes`; syncs first when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) {
      await this.syncNow();
      this.pending = 0;
    }
    this.pending += bytes;
  }

  /** Bytes queued since the last sync. */
  get pendingBytes(): number {
    return this.pending;
  }

  /** Whether anything is queued since the last sync. */
  get dirty(): boolean {
    return this.pending > 0;
  }

  markSynced(): void {
    this.pending = 0;
  }
}
