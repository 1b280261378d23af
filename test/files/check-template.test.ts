/**
 * `plan check` over a file `plan template` wrote finds what the pane's check
 * finds in the workbook the add-in creates with the same options: the same
 * codes at the same sheet-qualified addresses.
 */
import { setup, type Harness } from "../excel/harness";
import { planXlsx } from "../../src/files/plan-file";
import { checkPlanFile } from "../../src/files/check-file";
import { PLAN_SHEET_KEYS } from "../../src/domain/schema/sheet-keys";
import type { Lang } from "../../src/domain/language";
import type { FormulaStyle } from "../../src/domain/formulas/style";

let h: Harness;
afterEach(() => h?.uninstall());

describe.each([
  ["zh-CN", "standard"],
  ["en-US", "standard"],
  ["zh-CN", "plan"],
] as [Lang, FormulaStyle][])("%s, %s style, worked example", (lang, style) => {
  it("the file's findings are the pane's findings, at the same addresses", async () => {
    h = setup({ lang });
    await h.workbook.create({ lang, style, example: true, sheets: [...PLAN_SHEET_KEYS, "settings"] });
    const pane = await h.workbook.check();
    const file = await checkPlanFile(await planXlsx({ lang, style, example: true }), "plan.xlsx", { lang });

    const key = (f: { code: string; address: string }) => `${f.code} ${f.address}`;
    expect(file.findings.map(key).sort()).toEqual(pane.findings.map(key).sort());
    expect(file.thresholdsFrom).toBe("workbook");
  });
});
