/**
 * The test page `npm run test:excel` sideloads into real Excel: when Office is
 * ready it runs every integration case (test/excel-cases) against the real
 * workbook through the same PlanWorkbook the task pane uses, shows each result,
 * and posts them to office-addin-test-server (https://localhost:4201), as
 * Microsoft's add-in template does. The golden example is compiled in by the
 * runner (DefinePlugin), since the page cannot read the disk.
 */
import { langFromLocale } from "../../src/domain/language";
import type { GoldenExample } from "../excel-cases/cases";
import { messageOf, runCasesInWorkbook, type CaseResult, type RunResults } from "./run-cases";

declare const __GOLDEN_EXAMPLE__: GoldenExample;
declare const __TEST_SERVER_PORT__: number;

function show(status: string, result?: CaseResult): void {
  document.getElementById("status")!.textContent = status;
  if (result) {
    const li = document.createElement("li");
    li.textContent = `${result.passed ? "PASS" : "FAIL"} ${result.name}${result.message ? ` — ${result.message}` : ""}`;
    li.style.color = result.passed ? "green" : "firebrick";
    document.getElementById("cases")!.appendChild(li);
  }
}

/** office-addin-test-server takes the results as the `data` query parameter of a POST to /results. */
async function sendResults(results: RunResults): Promise<void> {
  const url = `https://localhost:${__TEST_SERVER_PORT__}/results/?data=${encodeURIComponent(JSON.stringify(results))}`;
  await fetch(url, { method: "POST" });
}

Office.onReady(async () => {
  show("Running the cases…");
  let results: RunResults;
  try {
    results = await runCasesInWorkbook({
      golden: __GOLDEN_EXAMPLE__,
      functionsLang: langFromLocale(Office.context.displayLanguage),
      host: String(Office.context.host),
      platform: String(Office.context.platform),
      onResult: (result, done, total) => show(`Ran ${done} of ${total}`, result),
    });
  } catch (e) {
    results = { host: "", platform: "", cases: [], aborted: messageOf(e) };
  }
  show(results.aborted ?? "Done; results sent to the test server.");
  try {
    await sendResults(results);
  } catch (e) {
    show(`Could not reach the test server on port ${__TEST_SERVER_PORT__}: ${messageOf(e)}`);
  }
});
