/**
 * Section 5: task pane start in headless Chromium — from navigation start to the
 * first render (the app's #root gets its first element), median of several cold
 * loads (a fresh browser context each: empty HTTP cache).
 *
 * The page is the production build's taskpane.html, served from 127.0.0.1. Its
 * office.js URL (Microsoft's CDN) and anything office.js loads beside it are
 * answered from node_modules/@microsoft/office-js/dist; every other request that
 * is not to 127.0.0.1 is aborted (and counted). Outside Office, office.js calls
 * Office.onReady with no host, so the pane shows its no-host note; a second
 * variant appends a few lines to office.js so that onReady reports the Excel
 * host, and the pane renders its real first screen (see EXCEL_HOST_SHIM).
 *
 * First render: the pane's own performance mark "taskpane-first-render" when it
 * sets one; otherwise when #root first has an element child, which an init
 * script (run before the page's scripts) watches with a MutationObserver — both
 * are recorded. First contentful paint is reported beside it. Scripts that had
 * finished loading before the first render are recorded too: section 4 uses
 * them to tell eager from lazy chunks.
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
 * Appended to office.js in the "Excel host" variant: Office.onReady reports the
 * Excel host (after office.js's own start-up, as in Excel), so the pane renders
 * its real first screen (React, Fluent UI, the app) instead of the no-host note.
 * Nothing else is faked: an Excel API call would fail, and the first screen makes none.
 */
const EXCEL_HOST_SHIM = `
;(function () {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  var realOnReady = Office.onReady.bind(Office);
  var info = { host: (Office.HostType && Office.HostType.Excel) || "Excel", platform: (Office.PlatformType && Office.PlatformType.OfficeOnline) || "OfficeOnline" };
  Office.onReady = function (callback) {
    var p = realOnReady().then(function () { return info; });
    if (typeof callback === "function") p = p.then(function (i) { callback(i); return i; });
    return p;
  };
})();
`;

const FIRST_RENDER_MARK = "taskpane-first-render";

/** One cold load of `url`; returns what the page recorded. */
async function load(browser, { base, url, excelHost, officeDist, blocked, timeoutMs }) {
  const context = await browser.newContext();
  await context.route("**/*", async (route) => {
    const u = route.request().url();
    if (u.startsWith(base)) return route.continue();
    if (u.startsWith(OFFICE_CDN)) {
      const rel = new URL(u).pathname.slice(new URL(OFFICE_CDN).pathname.length);
      const file = join(officeDist, rel);
      if (file.startsWith(officeDist) && existsSync(file)) {
        let body = readFileSync(file);
        if (excelHost && rel === "office.js") body = Buffer.concat([body, Buffer.from(EXCEL_HOST_SHIM)]);
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
      }
      blocked.add(u);
      return route.fulfill({ status: 404, body: "" });
    }
    blocked.add(u.replace(/\?.*$/, ""));
    return route.abort();
  });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "commit" });
  let rendered = true;
  await page
    .waitForFunction(() => window.__bench && window.__bench.firstRender !== undefined, null, {
      timeout: timeoutMs,
      polling: 10,
    })
    .catch(() => {
      rendered = false;
    });
  // The pane's own mark (set right after its first render), if it sets one.
  await page
    .waitForFunction((name) => performance.getEntriesByName(name, "mark").length > 0, FIRST_RENDER_MARK, {
      timeout: 3000,
      polling: 10,
    })
    .catch(() => {});
  await page.waitForTimeout(50); // let FCP arrive
  const r = await page.evaluate((name) => {
    const b = window.__bench;
    const nav = performance.getEntriesByType("navigation")[0];
    const mark = performance.getEntriesByName(name, "mark")[0];
    const scripts = performance
      .getEntriesByType("resource")
      .filter((e) => e.initiatorType === "script" || /\.js(\?|$)/.test(e.name))
      .map((e) => ({ name: e.name, end: e.responseEnd }));
    return {
      rootContent: b.firstRender,
      mark: mark ? mark.startTime : undefined,
      fcp: b.fcp,
      functions: b.functions,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : undefined,
      scripts,
      testId: document.querySelector("#root [data-testid]")?.getAttribute("data-testid") ?? null,
      role: document.querySelector("#root [role=tablist]") ? "tablist" : null,
      text: (document.getElementById("root")?.textContent ?? "").trim().slice(0, 60),
    };
  }, FIRST_RENDER_MARK);
  await context.close();
  // First render: the pane's mark when it sets one, else when #root got content.
  return { ...r, firstRender: r.mark ?? r.rootContent, rendered, errors };
}

const medianOf = (xs) => {
  const v = xs.filter((x) => typeof x === "number");
  return v.length ? median(v) : null;
};

/**
 * Loads each variant `runs` times, interleaved (plus one unmeasured load each
 * first: it warms the browser process, not the page). A variant is
 * { name, page, excelHost }. Returns per variant the timings and the scripts
 * that had loaded before the first render.
 */
export async function measureStart({ root, distDir, variants, runs = 7, timeoutMs = 30_000 }) {
  const officeDist = join(root, "node_modules/@microsoft/office-js/dist");
  const server = await serve(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const blocked = new Set();
  const results = variants.map(() => []);
  try {
    for (let i = 0; i < runs + 1; i++) {
      for (const [k, v] of variants.entries()) {
        results[k].push(
          await load(browser, {
            base: server.base,
            url: server.base + v.page,
            excelHost: v.excelHost,
            officeDist,
            blocked,
            timeoutMs,
          }),
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const base = server.base;
  return {
    runs,
    browserVersion: browser.version(),
    blockedRequests: [...blocked],
    variants: variants.map((v, k) => {
      const measured = results[k].slice(1);
      const ok = measured.filter((r) => r.rendered);
      const beforeRender = new Set();
      for (const r of ok)
        for (const s of r.scripts) if (s.end <= r.firstRender) beforeRender.add(s.name.replace(/\?.*$/, ""));
      return {
        ...v,
        rendered: ok.length,
        usedMark: ok.length > 0 && ok.every((r) => r.mark !== undefined),
        firstRenderMs: measured.map((r) => (r.rendered ? r.firstRender : null)),
        firstRenderMedianMs: medianOf(ok.map((r) => r.firstRender)),
        rootContentMedianMs: medianOf(ok.map((r) => r.rootContent)),
        fcpMs: measured.map((r) => r.fcp ?? null),
        fcpMedianMs: medianOf(ok.map((r) => r.fcp)),
        functionsRegisteredMs: measured.map((r) => r.functions ?? null),
        functionsRegisteredMedianMs: medianOf(measured.map((r) => r.functions)),
        domContentLoadedMedianMs: medianOf(ok.map((r) => r.domContentLoaded)),
        shown: ok[0] ? (ok[0].role ?? ok[0].testId ?? ok[0].text) : "",
        errors: [...new Set(measured.flatMap((r) => r.errors))],
        /** Local files (dist-relative) fetched as scripts and finished before the first render, in any run. */
        scriptsBeforeRender: [...beforeRender].filter((u) => u.startsWith(base)).map((u) => u.slice(base.length)),
        cdnScriptsBeforeRender: [...beforeRender].filter((u) => !u.startsWith(base)),
      };
    }),
  };
}
