/**
 * Rewrites the computed columns of every plan table in the other formula
 * style (PLAN.* ↔ plain Excel) and records the style; inputs are not touched,
 * and neither is a computed cell a person typed a value over (the check
 * reports it; the add-in never overwrites what a person typed).
 * Round trips: two to find the tables and which computed cells are typed, one
 * to write (more only when very large tables exceed the payload budget).
 */
import type { Lang } from "../domain/language";
import { PLAN_SHEET_KEYS } from "../domain/schema/sheet-keys";
import type { FormulaStyle } from "./contract";
import { canWriteComputed, computedColumnFormulas, computedDefs } from "../domain/write/layout";
import { PayloadQueue } from "./payload";
import { runAction } from "./run";
import { scanWorkbook, STYLE_NAME } from "./scan";
import { appendSettings, settingsRows, settingsSheetNames, thresholdsFromScan } from "./settings";
import { fillFormulas, writeColumn } from "./write-column";
import { numberFormatOf } from "../domain/write/look";

export async function switchStyle(style: FormulaStyle, lang: Lang): Promise<{ rewritten: number; syncs: number }> {
  return runAction(async (action) => {
    const scan = await scanWorkbook(action, {
      tables: PLAN_SHEET_KEYS,
      sheets: settingsSheetNames(),
      withKinds: PLAN_SHEET_KEYS,
    });
    const queue = new PayloadQueue(() => action.sync());
    let rewritten = 0;
    for (const key of PLAN_SHEET_KEYS) {
      const found = scan.tables[key];
      if (!found || found.bodyRows < 1) continue;
      for (const def of computedDefs(key)) {
        const col = found.columns.byKey.get(def.key);
        if (col === undefined || !canWriteComputed(def, found.columns, style)) continue;
        const kinds = found.kinds?.get(col);
        const formulas = computedColumnFormulas(def, found.columns, style, lang, found.row + 1, found.bodyRows).map(
          (row, i) => (kinds?.[i] === "typed" ? [null] : row),
        );
        // Format first: in a table made when computed text columns were "@", a formula would stay text.
        await writeColumn(queue, found.worksheet, col, found.row + 2, {
          format: numberFormatOf(def),
          rows: found.bodyRows,
        });
        rewritten += await fillFormulas(queue, found.worksheet, col, found.row + 2, formulas);
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
