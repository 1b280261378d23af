/**
 * Rewrites the computed columns of every plan table in the other formula
 * style (PLAN.* ↔ plain Excel) and records the style; inputs are not touched.
 * Round trips: two to find the tables, one to write (more only when the
 * formulas of very large tables exceed the payload budget).
 */
import type { Lang } from "../domain/language";
import { PLAN_SHEET_KEYS } from "../domain/schema/sheet-keys";
import type { FormulaStyle } from "./contract";
import { canWriteComputed, computedColumnFormulas, computedDefs } from "./layout";
import { PayloadQueue } from "./payload";
import { runAction } from "./run";
import { scanWorkbook, STYLE_NAME } from "./scan";
import { appendSettings, settingsRows, settingsSheetNames, thresholdsFromScan } from "./settings";
import { writeColumn } from "./write-column";

export async function switchStyle(style: FormulaStyle, lang: Lang): Promise<{ rewritten: number; syncs: number }> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, { tables: PLAN_SHEET_KEYS, sheets: settingsSheetNames() });
    const queue = new PayloadQueue(() => action.sync());
    let rewritten = 0;
    for (const key of PLAN_SHEET_KEYS) {
      const found = scan.tables[key];
      if (!found || found.bodyRows < 1) continue;
      for (const def of computedDefs(key)) {
        const col = found.columns.byKey.get(def.key);
        if (col === undefined || !canWriteComputed(def, found.columns, style)) continue;
        const formulas = computedColumnFormulas(def, found.columns, style, lang, found.row + 1, found.bodyRows);
        await writeColumn(queue, found.worksheet, col, found.row + 2, { formulas });
        rewritten += formulas.length;
      }
    }
    const styleName = scan.names.get(STYLE_NAME);
    if (styleName) styleName.range.values = [[style]];
    else {
      const { thresholds } = thresholdsFromScan(scan);
      appendSettings(
        action.context.workbook,
        scan,
        settingsRows(lang, thresholds, style).filter((r) => !scan.names.has(r.name)),
        lang,
      );
    }
    await action.sync();
    return { rewritten, syncs: action.syncs };
  });
}
