import { createExcelDouble, type ExcelDoubleOptions } from "../excel-double";

/** A fresh double; `run` is its Excel.run. */
export function setup(options: ExcelDoubleOptions = {}) {
  const double = createExcelDouble({ sheets: ["Sheet1"], ...options });
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => double.Excel.run(batch);
  return { double, run, state: double.workbookState, stats: double.stats };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; name: string; debugInfo: { errorLocation?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error("expected the promise to reject");
}
