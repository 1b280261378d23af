/**
 * Excel.RequestContext and Excel.run: the queue of actions and context.sync().
 *
 * sync() takes the queued actions at the moment it is called, and then, in a
 * later microtask (the result is never visible synchronously): measures the
 * request (JSON of the actions, written values included, in UTF-8 bytes),
 * rejects with RequestPayloadSizeLimitExceeded when it is over the limit
 * (nothing applied), else applies the actions in order. The first failing action
 * rejects the sync with its error; the actions before it stay applied, the ones
 * after it are dropped, as in Excel. Loaded values reach the proxies only when
 * the whole request succeeded.
 */
import { excelError, isOfficeError, OfficeExtensionError } from "../errors";
import { utf8Length, type DoubleStats } from "../stats";
import type { WorkbookModel } from "../model/workbook-model";

export interface Op {
  describe(): unknown;
  /** Applies the action; may return a handler run once the whole request succeeded. */
  run(): (() => void) | void;
}

export interface DoubleRuntime {
  model: WorkbookModel;
  stats: DoubleStats;
  /** Request payload limit in bytes (Excel on the web: 5 MB); Infinity for none. */
  payloadLimitBytes: number;
  /** Response payload limit in bytes; Infinity for none. */
  responseLimitBytes: number;
  /** Errors to reject the next syncs with (injected by tests). */
  failures: unknown[];
  /** Called after each request, for logging in tests. */
  onSync?: (record: { actions: number; requestBytes: number; responseBytes: number; outcome: string }) => void;
  /** A person editing a cell, and the options each Excel.run was given. */
  session: DoubleSession;
  /** Built per context: the workbook proxy. */
  makeWorkbook(ctx: RequestContext): unknown;
}

/**
 * While a person edits a cell, Excel fails a batch with
 * InvalidOperationInCellEditMode, unless the run asked for delayForCellEdit:
 * then it waits until the edit ends.
 */
export interface DoubleSession {
  editing: boolean;
  waiting: (() => void)[];
  /** The options object of every Excel.run, in order ({} when none was given). */
  runOptions: Record<string, unknown>[];
  /** Requests still to come in which PLAN.* cells read as #BUSY! (custom functions still calculating). */
  busyRequests: number;
}

export function createSession(): DoubleSession {
  return { editing: false, waiting: [], runOptions: [], busyRequests: 0 };
}

export class RequestContext {
  readonly _rt: DoubleRuntime;
  private _queue: Op[] = [];
  private _ids = 0;
  private _response: unknown[] = [];
  _closed = false;
  readonly workbook: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly debugInfo = {};

  constructor(runtime: DoubleRuntime) {
    this._rt = runtime;
    this.workbook = runtime.makeWorkbook(this);
  }

  get application(): unknown {
    return (this.workbook as { application: unknown }).application;
  }

  _nextId(): number {
    return ++this._ids;
  }

  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  _addResponse(v: unknown): void {
    this._response.push(v);
  }

  /** Sends the queued actions. Resolves with `passThroughValue`. */
  sync<T>(passThroughValue?: T): Promise<T> {
    this._rt.stats.syncs++;
    return this._send().then(() => passThroughValue as T);
  }

  /** The request: also used by Excel.run's final flush (not counted as a context.sync() call). */
  async _send(): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    const { stats, model } = this._rt;
    stats.roundTrips++;
    const record = { actions: ops.length, requestBytes: 0, responseBytes: 0, outcome: "ok" };
    const finish = (outcome: string): void => {
      record.outcome = outcome;
      stats.requestBytes += record.requestBytes;
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, record.requestBytes);
      stats.responseBytes += record.responseBytes;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, record.responseBytes);
      stats.log.push({ ...record });
      this._rt.onSync?.(record);
    };
    if (this._closed) {
      finish("InvalidObjectPath");
      throw excelError(
        "InvalidObjectPath",
        "RequestContext.sync",
        "the objects belong to an Excel.run that has finished",
      );
    }
    const described = ops.map((o) => o.describe());
    record.requestBytes = utf8Length(JSON.stringify({ Actions: described }));
    if (this._rt.failures.length > 0) {
      const f = this._rt.failures.shift();
      finish(isOfficeError(f) ? f.code : "injected");
      throw f;
    }
    if (record.requestBytes > this._rt.payloadLimitBytes) {
      finish("RequestPayloadSizeLimitExceeded");
      throw excelError(
        "RequestPayloadSizeLimitExceeded",
        "RequestContext.sync",
        `${record.requestBytes} bytes in one request`,
      );
    }
    const handlers: (() => void)[] = [];
    this._response = [];
    const measure = (): void => {
      record.responseBytes = this._response.length ? utf8Length(JSON.stringify(this._response)) : 0;
      this._response = [];
    };
    try {
      for (const op of ops) {
        const h = op.run();
        if (h) handlers.push(h);
      }
      model.engine.ensureEvaluated();
    } catch (e) {
      model.engine.ensureEvaluated();
      measure();
      const err = isOfficeError(e)
        ? e
        : new OfficeExtensionError(
            "GeneralException",
            undefined,
            "RequestContext.sync",
            `double: ${(e as Error)?.stack ?? String(e)}`,
          );
      finish(err.code);
      throw err;
    }
    measure();
    if (record.responseBytes > this._rt.responseLimitBytes) {
      finish("ResponsePayloadSizeLimitExceeded");
      throw excelError(
        "ResponsePayloadSizeLimitExceeded",
        "RequestContext.sync",
        `${record.responseBytes} bytes in one response`,
      );
    }
    for (const h of handlers) h();
    if (this._rt.session.busyRequests > 0) this._rt.session.busyRequests--;
    finish("ok");
  }
}

/** Excel.run(batch) / Excel.run(object, batch) / Excel.run(options, batch). */
export function makeRun(runtime: DoubleRuntime) {
  return async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as (ctx: RequestContext) => Promise<T>;
    if (typeof batch !== "function") throw excelError("InvalidArgument", "Excel.run", "no batch function");
    const existing =
      typeof a === "object" && a !== null && "context" in a ? (a as { context: RequestContext }).context : undefined;
    const options = typeof a === "object" && a !== null && !existing ? (a as Record<string, unknown>) : {};
    runtime.session.runOptions.push({ ...options });
    if (runtime.session.editing) {
      if (options.delayForCellEdit !== true)
        throw excelError("InvalidOperationInCellEditMode", "Excel.run", "a cell is being edited");
      await new Promise<void>((resolve) => runtime.session.waiting.push(resolve));
    }
    const ctx = existing instanceof RequestContext ? existing : new RequestContext(runtime);
    runtime.stats.runs++;
    try {
      const r = batch(ctx);
      if (!r || typeof (r as Promise<T>).then !== "function") throw new OfficeExtensionError("RunMustReturnPromise");
      const value = await r;
      await ctx._send();
      return value;
    } finally {
      if (!existing) ctx._closed = true;
    }
  };
}
