import { exampleRows, type PlanExample } from "../../../src/domain/example";
import type { Lang } from "../../../src/domain/language";
import type { SheetGrid } from "../../../src/domain/read";
import { PLAN_SHEET_KEYS, SHEET_NAMES, sheetHeaders, type PlanSheetKey } from "../../../src/domain/schema";
import { rowInSchemaOrder } from "../../../src/domain/write";

/** An example as the plan sheets hold it (every schema column, headers in `lang`), one grid per sheet. */
export function exampleGrids(example: PlanExample, lang: Lang = "zh-CN"): Record<PlanSheetKey, SheetGrid> {
  const rows = exampleRows(example);
  return Object.fromEntries(
    PLAN_SHEET_KEYS.map((sheet) => {
      const written = (rows[sheet] as Record<string, unknown>[]).map((r) => rowInSchemaOrder(sheet, r, lang));
      return [
        sheet,
        { sheetName: SHEET_NAMES[sheet][lang], values: [sheetHeaders(sheet, lang), ...written] } satisfies SheetGrid,
      ];
    }),
  ) as unknown as Record<PlanSheetKey, SheetGrid>;
}
