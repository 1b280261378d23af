/**
 * The Excel-layer integration cases (test/excel-cases) against the Office JS
 * double: what CI runs. `npm run test:excel` runs the same cases inside real
 * Excel. Each case gets a fresh double; sync counts come from its own counter.
 */
import { assertionsMade } from "../excel-cases/assert";
import { EXCEL_CASES } from "../excel-cases/cases";
import { createExcelProbe } from "../excel-cases/probe";
import { goldenExample, setup } from "./harness";

describe.each(["zh-CN", "en-US"] as const)("integration cases on the double, Excel in %s", (displayLanguage) => {
  test.each(EXCEL_CASES.map((c) => [c.name, c] as const))("%s", async (_name, excelCase) => {
    const h = setup({ lang: displayLanguage });
    const before = assertionsMade();
    try {
      await excelCase.run({
        workbook: h.workbook,
        probe: createExcelProbe(),
        golden: goldenExample(),
        functionsLang: displayLanguage,
        hostSyncs: () => h.stats.syncs,
      });
    } finally {
      h.uninstall();
    }
    // A case throws a CaseFailure on any difference; it must also have checked something.
    expect(assertionsMade() - before).toBeGreaterThan(0);
  });
});
