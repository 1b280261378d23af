/**
 * A PlanWorkbook for component tests of the pane's flows: records every call
 * (method and arguments) and answers with what the test gives it, a typed
 * report or a rejection. A method the test did not expect rejects, so a flow
 * that calls the wrong thing fails visibly instead of passing on a default.
 */
import type { PlanWorkbook } from "../../../src/excel/contract";

type Method = keyof PlanWorkbook;
export type Call = { [K in Method]: { method: K; args: Parameters<PlanWorkbook[K]> } }[Method];

export interface FakeWorkbook {
  workbook: PlanWorkbook;
  calls: Call[];
  /** The arguments of each call of one method, in order. */
  callsOf<K extends Method>(method: K): Parameters<PlanWorkbook[K]>[];
}

const METHODS: readonly Method[] = [
  "create",
  "check",
  "select",
  "addPeriodRows",
  "readSettings",
  "writeSettings",
  "insertFormula",
  "switchStyle",
  "writeRollup",
  "refreshReview",
  "restoreFormulas",
  "refreshTimeline",
];

export function fakeWorkbook(answers: Partial<PlanWorkbook>): FakeWorkbook {
  const calls: Call[] = [];
  const workbook = Object.fromEntries(
    METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args } as Call);
        const answer = answers[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
        return answer ? answer(...args) : Promise.reject(new Error(`unexpected call: ${method}`));
      },
    ]),
  ) as unknown as PlanWorkbook;
  const callsOf = <K extends Method>(method: K) =>
    calls.filter((c) => c.method === method).map((c) => c.args as Parameters<PlanWorkbook[K]>);
  return { workbook, calls, callsOf };
}
