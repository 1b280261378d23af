/**
 * The browser preview (`npm run preview`, http://localhost:3000/): the real task
 * pane (src/taskpane/index.tsx, unchanged) beside an in-memory workbook, with no
 * Excel. Development only; the production build refuses anything from dev/.
 *
 * Order matters:
 * 1. office.js (Microsoft's, from node_modules/@microsoft/office-js) loads first,
 *    as on the add-in's page. Outside Office it defines its own `Office` (no
 *    `Excel`) and calls Office.onReady with no host.
 * 2. Once office.js has finished starting, the Excel double (test/excel-double,
 *    HyperFormula, the real PLAN.* functions) replaces the globals `Excel`,
 *    `Office` and `OfficeExtension`. Installed earlier, office.js's own start-up
 *    would run against the double's Office; installed later than the pane, the
 *    pane would see office.js's "no host". The page checks that the double's
 *    globals are the ones in place, then and again a few seconds later.
 * 3. The workbook view renders, then the task pane entry is imported; its
 *    Office.onReady is the double's (host Excel, the chosen display language).
 *
 * ?lang=zh-CN | en-US sets Excel's display language (default: the browser's).
 * window.__planPreview holds the double, for the browser console.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { installExcelDouble } from "../../test/excel-double";
import { langFromLocale, type Lang } from "../../src/domain/language";
import { Banner, type OfficeJsStatus } from "./Banner";
import type { PreviewWorkbook } from "./preview-double";
import { WorkbookView } from "./WorkbookView";

declare global {
  interface Window {
    __planPreview?: {
      workbook: PreviewWorkbook;
      officeJs: OfficeJsStatus;
      /** The double's Excel/Office/OfficeExtension are the page's globals (checked at start and after 3 s). */
      globalsOk: () => boolean;
      /** Set once the task pane entry has been imported. */
      paneLoaded: boolean;
    };
  }
}

const OFFICE_JS_TIMEOUT_MS = 10_000;

function previewLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get("lang");
  return langFromLocale(asked ?? navigator.language);
}

/** Waits until the real office.js (loaded before this script) has finished its start-up outside Office. */
function officeJsReady(): Promise<OfficeJsStatus> {
  const office = (window as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ state: "absent" });
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve({ state: "timeout" }), OFFICE_JS_TIMEOUT_MS);
    office
      .onReady()
      .then((info) => {
        window.clearTimeout(timer);
        resolve({ state: "ready", host: info?.host ? String(info.host) : null });
      })
      .catch(() => {
        window.clearTimeout(timer);
        resolve({ state: "timeout" });
      });
  });
}

/** The in-memory workbook as an .xlsx download; the files layer and ExcelJS load on the first click. */
async function downloadWorkbook(workbook: PreviewWorkbook, lang: Lang): Promise<void> {
  const { previewXlsx, saveBlob, DOWNLOAD_NAME } = await import(
    /* webpackChunkName: "preview-download" */ "./download"
  );
  saveBlob(await previewXlsx(workbook.double, lang), DOWNLOAD_NAME[lang]);
}

async function main(): Promise<void> {
  const lang = previewLang();
  document.documentElement.lang = lang;
  const officeJs = await officeJsReady();

  // The PLAN.* module calls CustomFunctions.associate when it loads (the metadata
  // plugin appends the calls); office.js defines CustomFunctions. Without office.js
  // a stand-in keeps the preview usable.
  const g = window as unknown as Record<string, unknown>;
  if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = { associate: () => undefined };
  const { createPreviewWorkbook } = await import(/* webpackChunkName: "preview-workbook" */ "./preview-double");
  const workbook = createPreviewWorkbook(lang);
  installExcelDouble(workbook.double);
  const globalsOk = () =>
    g.Excel === workbook.double.Excel &&
    g.Office === workbook.double.Office &&
    g.OfficeExtension === workbook.double.OfficeExtension;
  if (!globalsOk()) throw new Error("The Excel double could not replace office.js's Office/Excel globals.");
  window.__planPreview = { workbook, officeJs, globalsOk, paneLoaded: false };
  window.setTimeout(() => {
    if (!globalsOk()) console.error("[preview] something replaced the Excel double's globals after start-up");
  }, 3000);

  createRoot(document.getElementById("preview-banner")!).render(
    <StrictMode>
      <Banner lang={lang} officeJs={officeJs} onDownload={() => downloadWorkbook(workbook, lang)} />
    </StrictMode>,
  );
  createRoot(document.getElementById("workbook")!).render(
    <StrictMode>
      <WorkbookView wb={workbook} />
    </StrictMode>,
  );

  // The production entry, as Excel would load it; it renders into #root.
  await import(/* webpackChunkName: "preview-taskpane" */ "../../src/taskpane/index");
  window.__planPreview.paneLoaded = true;
}

main().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById("workbook");
  if (root) {
    root.textContent = `预览无法启动 · The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute("role", "alert");
  }
});
