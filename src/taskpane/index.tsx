/**
 * Entry of the `taskpane` chunk. It stays tiny on purpose: React, Fluent UI, the
 * app and the Excel layer are imported only once Office is ready, so nothing
 * here competes with the `functions` chunk, which loads first and registers the
 * PLAN.* custom functions (nothing in this file is needed for them).
 *
 * In Excel: Office.onReady → <App workbook={deferredWorkbook(createExcelPlanWorkbook)}
 * initialLang={langFromLocale(Office.context.displayLanguage)} /> into #root.
 * Outside Office (the page opened in an ordinary browser, or office.js missing):
 * a short note in both languages instead of a blank page. The browser preview
 * (`npm run preview`, dev/preview) runs this same entry against an in-memory
 * workbook whose Office/Excel globals say the host is Excel.
 *
 * performance.mark("taskpane-first-render") is set after the first render into
 * #root (the app, the note or a load error), once; the benchmark reads it.
 */
import type { ReactNode } from "react";
import { langFromLocale, type Lang } from "../domain/language";
import { deferredWorkbook } from "./deferred-workbook";

const FIRST_RENDER_MARK = "taskpane-first-render";

/** Kept as plain DOM text so the note needs no React (and no chunk that might fail to load). */
const NOT_IN_OFFICE: Record<Lang, { title: string; body: string; dev: string }> = {
  "zh-CN": {
    title: "请在 Excel 中打开",
    body: "营销计划加载项需要在 Excel 中运行：在 Excel 的“开始”选项卡点击“计划助手”。",
    dev: "开发者：运行 npm run preview，可在浏览器中使用内存工作簿试用。",
  },
  "en-US": {
    title: "Open this in Excel",
    body: "The Marketing plan add-in runs inside Excel: choose Plan assistant on Excel's Home tab.",
    dev: "Developers: npm run preview runs it in a browser with an in-memory workbook.",
  },
};

const LOAD_FAILED: Record<Lang, string> = {
  "zh-CN": "任务窗格未能加载。请检查网络连接后重新打开。",
  "en-US": "The task pane could not be loaded. Check the connection and open it again.",
};

function markFirstRender(): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  if (performance.getEntriesByName(FIRST_RENDER_MARK, "mark").length === 0) performance.mark(FIRST_RENDER_MARK);
}

function element(
  tag: string,
  text: string,
  attrs: Record<string, string> = {},
  style: Partial<CSSStyleDeclaration> = {},
): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el.style, style);
  return el;
}

/** A plain bilingual message in #root: Chinese first (the add-in's default), then English. */
function showMessage(
  root: HTMLElement,
  parts: { lang: Lang; title?: string; body: string; note?: string }[],
  testId: string,
): void {
  const box = element(
    "main",
    "",
    { "data-testid": testId, role: "status" },
    { padding: "16px", lineHeight: "1.5", color: "#242424", fontSize: "14px" },
  );
  for (const part of parts) {
    const section = element("section", "", { lang: part.lang }, { marginBottom: "16px" });
    if (part.title)
      section.append(element("h1", part.title, {}, { fontSize: "16px", fontWeight: "600", margin: "0 0 4px" }));
    section.append(element("p", part.body, {}, { margin: "0" }));
    if (part.note)
      section.append(element("p", part.note, {}, { margin: "4px 0 0", fontSize: "12px", color: "#616161" }));
    box.append(section);
  }
  root.replaceChildren(box);
  markFirstRender();
}

/** The page served from this machine (dev server, local build): its developer may want the preview. */
function servedLocally(): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(window.location.hostname);
}

function showNotInOffice(root: HTMLElement): void {
  const local = servedLocally();
  showMessage(
    root,
    (["zh-CN", "en-US"] as const).map((lang) => {
      const { title, body, dev } = NOT_IN_OFFICE[lang];
      return { lang, title, body, note: local ? dev : undefined };
    }),
    "not-in-office",
  );
}

function showLoadFailed(root: HTMLElement, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  showMessage(
    root,
    [
      { lang: "zh-CN", body: LOAD_FAILED["zh-CN"] },
      { lang: "en-US", body: `${LOAD_FAILED["en-US"]} (${detail})` },
    ],
    "load-failed",
  );
}

async function renderPane(root: HTMLElement, lang: Lang): Promise<void> {
  const [React, { createRoot }, { App }] = await Promise.all([
    import("react"),
    import("react-dom/client"),
    import(/* webpackChunkName: "app" */ "./app/App"),
  ]);
  // The first screen is a form; the Excel layer loads right after it shows, before anyone can click.
  const workbook = deferredWorkbook(() =>
    import(/* webpackChunkName: "excel" */ "../excel").then((m) => m.createExcelPlanWorkbook()),
  );
  /** Marks the first commit of the app (StrictMode runs effects twice in development; the mark is set once). */
  function FirstRender({ children }: { children: ReactNode }) {
    React.useEffect(() => {
      markFirstRender();
      workbook.preload();
    }, []);
    return React.createElement(React.Fragment, null, children);
  }
  const app = React.createElement(App, { workbook, initialLang: lang });
  createRoot(root).render(
    React.createElement(React.StrictMode, null, React.createElement(FirstRender, { children: app })),
  );
}

function start(): void {
  const root = document.getElementById("root");
  if (!root) return;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showNotInOffice(root); // office.js did not load: certainly not inside Excel
    return;
  }
  void Office.onReady((info) => {
    // Outside an Office client office.js reports no host; the pane works only in Excel.
    if (!info || info.host !== Office.HostType.Excel) {
      showNotInOffice(root);
      return;
    }
    const lang = langFromLocale(Office.context?.displayLanguage);
    renderPane(root, lang).catch((error: unknown) => showLoadFailed(root, error));
  });
}

start();
