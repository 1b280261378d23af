import type { Strings } from "../i18n";
import { WORKBOOK_ERROR_CODES, type WorkbookErrorCode, type WorkbookFailure } from "../../../excel/contract";

/** A WorkbookError from src/excel ({code, params}); duck-typed, since it may come from another chunk. */
export function isWorkbookFailure(e: unknown): e is WorkbookFailure {
  if (typeof e !== "object" || e === null) return false;
  const { name, code, params } = e as { name?: unknown; code?: unknown; params?: unknown };
  return (
    name === "WorkbookError" &&
    (WORKBOOK_ERROR_CODES as readonly unknown[]).includes(code) &&
    typeof params === "object"
  );
}

/**
 * A readable message for anything thrown at the pane: an Office error
 * (OfficeExtension.Error has a code and a message), an Error, a string or
 * something else. Never empty.
 */
export function errorMessage(error: unknown, t: Strings): string {
  if (error === null || error === undefined) return t.errorUnknown;
  if (typeof error === "string") return error.trim() || t.errorUnknown;
  if (isWorkbookFailure(error)) return t.workbookErrors[error.code as WorkbookErrorCode](error.params ?? {});
  if (typeof error === "object") {
    const e = error as { message?: unknown; code?: unknown; name?: unknown };
    const code = typeof e.code === "string" && e.code ? e.code : undefined;
    if (code === "InvalidOperationInCellEditMode") return t.withCode(t.errorCellEditMode, code);
    if (e.name === "ChunkLoadError") return t.errorChunk;
    const message = typeof e.message === "string" && e.message.trim() ? e.message.trim() : undefined;
    if (message && code && !message.includes(code)) return t.withCode(message, code);
    if (message) return message;
    if (code) return t.withCode(t.errorUnknown, code);
  }
  const text = String(error);
  return text && text !== "[object Object]" ? text : t.errorUnknown;
}
