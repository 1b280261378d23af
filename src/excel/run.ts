/**
 * One user action = one Excel.run. The context's sync() is wrapped so every
 * round trip is counted; actions report the count (CreateReport.syncs …).
 */
export interface Action {
  readonly context: Excel.RequestContext;
  /** context.sync(), counted. */
  sync(): Promise<void>;
  /** Round trips so far in this action. */
  readonly syncs: number;
}

export async function runAction<T>(body: (action: Action) => Promise<T>): Promise<T> {
  return Excel.run(async (context) => {
    let syncs = 0;
    const action: Action = {
      context,
      async sync() {
        syncs++;
        await context.sync();
      },
      get syncs() {
        return syncs;
      },
    };
    return body(action);
  });
}
