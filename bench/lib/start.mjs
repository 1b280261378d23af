/**
 * Section 5: task pane start in headless Chromium — from navigation start to the
 * first render (the app's #root gets its first element), median of several cold
 * loads (a fresh browser context each: empty HTTP cache).
 *
 * The page is the production build's taskpane.html, served from 127.0.0.1. Its
 * office.js URL (Microsoft's CDN) and anything office.js loads beside it are
 * answered from node_modules/@microsoft/office-js/dist; every other request that
 * is not to 127.0.0.1 is aborted (and counted). Outside Office, office.js calls
 * Office.onReady with no host, so the pane renders its no-host state.
 *
 * "First render" is observed, not asked of the app: an init script (runs before
 * the page's scripts) watches #root with a MutationObserver and records
 * performance.now() when it first has an element child. First contentful paint
 * is reported beside it. Scripts that finished loading before the first render
 * are recorded too: section 4 uses them to tell eager from lazy chunks.
 */
/* global window, document, MutationObserver -- used in the init script and page callbacks, which run in the browser */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const INIT = () => {
  const w = window;
  w.__bench = { firstRender: undefined, fcp: undefined, functions: undefined };
  // When office.js has the seven PLAN functions associated (polled every 2 ms).
  const poll = setInterval(() => {
    const m = w.CustomFunctions && w.CustomFunctions._association && w.CustomFunctions._association.mappings;
    if (m && Object.keys(m).length >= 7) {
      w.__bench.functions = performance.now();
      clearInterval(poll);
    }
  }, 2);
  setTimeout(() => clearInterval(poll), 60000);
  const seen = () => {
    const root = document.getElementById("root");
    if (root && root.firstElementChild && w.__bench.firstRender === undefined) {
      w.__bench.firstRender = performance.now();
      return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (seen()) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") w.__bench.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
};

/**
 * Loads `page` of `distDir` `runs` times (plus one warm-up load of the browser
 * itself), returns the timings and what loaded before the first render.
 */
export async function measureStart({ root, distDir, page: pageName = "taskpane.html", runs = 7, timeoutMs = 30_000 }) {
  const officeDist = join(root, "node_modules/@microsoft/office-js/dist");
  const server = await serve(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const blocked = new Set();
  const results = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext();
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith(server.base)) return route.continue();
        if (url.startsWith(OFFICE_CDN)) {
          const rel = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
          const file = join(officeDist, rel);
          if (file.startsWith(officeDist) && existsSync(file)) {
            return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
          }
          blocked.add(url);
          return route.fulfill({ status: 404, body: "" });
        }
        blocked.add(url.replace(/\?.*$/, ""));
        return route.abort();
      });
      await context.addInitScript(INIT);
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(server.base + pageName, { waitUntil: "commit" });
      let rendered = true;
      await page.waitForFunction(() => window.__bench && window.__bench.firstRender !== undefined, null, { timeout: timeoutMs, polling: 10 }).catch(() => {
        rendered = false;
      });
      await page.waitForTimeout(50); // let FCP arrive
      const r = await page.evaluate(() => {
        const b = window.__bench;
        const nav = performance.getEntriesByType("navigation")[0];
        const scripts = performance
          .getEntriesByType("resource")
          .filter((e) => e.initiatorType === "script" || /\.js(\?|$)/.test(e.name))
          .map((e) => ({ name: e.name, end: e.responseEnd }));
        return {
          firstRender: b.firstRender,
          fcp: b.fcp,
          functions: b.functions,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : undefined,
          scripts,
          text: (document.getElementById("root")?.textContent ?? "").trim().slice(0, 80),
        };
      });
      results.push({ ...r, rendered, errors });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const measured = results.slice(1); // the first load warms the browser process itself, not the page
  const ok = measured.filter((r) => r.rendered);
  const base = server.base;
  const beforeRender = new Set();
  for (const r of ok) {
    for (const s of r.scripts) if (s.end <= r.firstRender) beforeRender.add(s.name.replace(/\?.*$/, ""));
  }
  return {
    page: pageName,
    runs,
    rendered: ok.length,
    firstRenderMs: measured.map((r) => r.firstRender ?? null),
    firstRenderMedianMs: ok.length ? median(ok.map((r) => r.firstRender)) : null,
    fcpMs: measured.map((r) => r.fcp ?? null),
    functionsRegisteredMs: measured.map((r) => r.functions ?? null),
    functionsRegisteredMedianMs: measured.some((r) => r.functions !== undefined) ? median(measured.filter((r) => r.functions !== undefined).map((r) => r.functions)) : null,
    fcpMedianMs: ok.some((r) => r.fcp !== undefined) ? median(ok.filter((r) => r.fcp !== undefined).map((r) => r.fcp)) : null,
    domContentLoadedMedianMs: ok.length ? median(ok.map((r) => r.domContentLoaded)) : null,
    rootText: ok[0]?.text ?? "",
    errors: [...new Set(measured.flatMap((r) => r.errors))],
    blockedRequests: [...blocked],
    /** Local files (dist-relative) fetched as scripts and finished before the first render, in any run. */
    scriptsBeforeRender: [...beforeRender].filter((u) => u.startsWith(base)).map((u) => u.slice(base.length)),
    cdnScriptsBeforeRender: [...beforeRender].filter((u) => !u.startsWith(base)),
  };
}
