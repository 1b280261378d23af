/**
 * The Excel layer's failures as data ({code, params}); the pane words them.
 * Office errors are sorted by what a person can do about them.
 */
import type { WorkbookErrorCode, WorkbookErrorParams, WorkbookFailure } from "./contract";

export class WorkbookError extends Error implements WorkbookFailure {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly params: WorkbookErrorParams = {},
  ) {
    // The message is for logs only (the code); people read the pane's wording.
    super(code);
    this.name = "WorkbookError";
  }
}

export function isWorkbookFailure(e: unknown): e is WorkbookFailure {
  return (
    e instanceof WorkbookError ||
    (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "WorkbookError")
  );
}

/** Office error codes (Excel.ErrorCodes) that mean a request or response was too large. */
export const PAYLOAD_ERROR_CODES: readonly string[] = [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
];

export function officeCodeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** Any failure inside an Excel.run, as a WorkbookError (WorkbookErrors pass through). */
export function toWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const officeCode = officeCodeOf(e);
  if (officeCode === "InvalidOperationInCellEditMode") return new WorkbookError("cellEditMode");
  if (officeCode && PAYLOAD_ERROR_CODES.includes(officeCode))
    return new WorkbookError("requestTooLarge", { officeCode });
  if (officeCode === "ItemNotFound") return new WorkbookError("itemNotFound");
  if (officeCode === "AccessDenied") return new WorkbookError("accessDenied");
  return new WorkbookError("office", { officeCode: officeCode ?? "" });
}
