import type { Lang } from "../../../domain/language";
import { SHEET_NAMES, WORKBOOK_SHEET_KEYS, type WorkbookSheetKey } from "../../../domain/schema/sheet-keys";

/** The worksheet names the add-in creates (src/domain/schema), so the pane and the sheets agree. */
export function sheetNamesIn(lang: Lang): Record<WorkbookSheetKey, string> {
  return Object.fromEntries(WORKBOOK_SHEET_KEYS.map((k) => [k, SHEET_NAMES[k][lang]])) as Record<
    WorkbookSheetKey,
    string
  >;
}
