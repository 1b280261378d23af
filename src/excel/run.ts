/**
 * One user action = one Excel.run. The context's sync() is wrapped so every
 * round trip is counted; actions report the count (CreateReport.syncs …).
 *
 * Every run waits while a person is editing a cell (delayForCellEdit: without
 * it Excel fails the whole batch), and where ExcelApi 1.20 is there, one action
 * is one undo step (mergeUndoGroup) however many syncs its size needs.
 * Failures leave as WorkbookError data ({code, params}); the pane words them.
 */
import { officeCodeOf, toWorkbookError, WorkbookError } from "./errors";

export interface Action {
  readonly context: Excel.RequestContext;
  /** context.sync(), counted. */
  sync(): Promise<void>;
  /** Round trips so far in this action. */
  readonly syncs: number;
}

/** Undo grouping is ExcelApi 1.20; older hosts get the options they know. */
export function runOptions(): Excel.RunOptions {
  const undo =
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.20") === true;
  return undo ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
}

export async function runAction<T>(body: (action: Action) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(runOptions(), async (context) => {
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
  } catch (e) {
    // A bug of ours (no Office code) stays as it is, so it is seen as one.
    if (e instanceof WorkbookError || officeCodeOf(e) !== undefined) throw toWorkbookError(e);
    throw e;
  }
}
