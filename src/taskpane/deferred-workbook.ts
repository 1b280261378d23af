/**
 * A PlanWorkbook whose Excel layer loads on first use (or when preloaded after
 * the first render), so the pane's first screen does not wait for code it does
 * not run. A failed load is retried on the next call instead of sticking.
 */
import type { PlanWorkbook } from "../excel/contract";

export interface DeferredWorkbook extends PlanWorkbook {
  /** Starts loading now; calls made meanwhile wait for the same load. */
  preload(): void;
}

export function deferredWorkbook(load: () => Promise<PlanWorkbook>): DeferredWorkbook {
  let loading: Promise<PlanWorkbook> | undefined;
  const get = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const call =
    <K extends keyof PlanWorkbook>(method: K) =>
    async (...args: Parameters<PlanWorkbook[K]>): Promise<Awaited<ReturnType<PlanWorkbook[K]>>> => {
      const workbook = await get();
      return (workbook[method] as (...a: Parameters<PlanWorkbook[K]>) => Promise<Awaited<ReturnType<PlanWorkbook[K]>>>)(
        ...args,
      );
    };
  return {
    create: call("create"),
    check: call("check"),
    select: call("select"),
    addPeriodRows: call("addPeriodRows"),
    readSettings: call("readSettings"),
    writeSettings: call("writeSettings"),
    insertFormula: call("insertFormula"),
    switchStyle: call("switchStyle"),
    writeRollup: call("writeRollup"),
    refreshReview: call("refreshReview"),
    restoreFormulas: call("restoreFormulas"),
    refreshTimeline: call("refreshTimeline"),
    preload: () => void get().catch(() => undefined),
  };
}
