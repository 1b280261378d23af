import { useCallback, useEffect, useRef, useState } from "react";

export interface ActionState<R> {
  running: boolean;
  /** The last successful result; kept while a re-run is under way. */
  result: R | undefined;
  /** The result before the last one, to show what a re-run changed. */
  previous: R | undefined;
  error: unknown;
  /** True when the last run failed. */
  failed: boolean;
}

/**
 * Runs one workbook action at a time: a second start while one is running is
 * ignored (the button is disabled too, but a double click or Enter can land
 * before the re-render). Errors are kept for a MessageBar, never thrown.
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [state, setState] = useState<ActionState<R>>({
    running: false,
    result: undefined,
    previous: undefined,
    error: undefined,
    failed: false,
  });
  const busy = useRef(false);
  const mounted = useRef(true);
  const latest = useRef(action);
  latest.current = action;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setState((s) => ({ ...s, running: true, failed: false, error: undefined }));
    try {
      const result = await latest.current(...args);
      if (mounted.current)
        setState((s) => ({ running: false, result, previous: s.result, error: undefined, failed: false }));
      return result;
    } catch (error) {
      if (mounted.current) setState((s) => ({ ...s, running: false, error, failed: true }));
      return undefined;
    } finally {
      busy.current = false;
    }
  }, []);

  const clearError = useCallback(() => setState((s) => ({ ...s, error: undefined, failed: false })), []);

  return { ...state, run, clearError };
}
