#!/usr/bin/env node
/**
 * Smoke test of the shared-runtime page in a real browser, offline:
 *
 *   node test/build/smoke-taskpane.mjs
 *
 * Builds in development mode into a temporary directory (local office.js), serves
 * it over http, opens taskpane.html in Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium) and checks that
 * - the 7 PLAN functions are associated with office.js's CustomFunctions,
 * - even when the React task-pane chunk fails to load (it is blocked), and
 * - an associated function computes (PLAN.DEVIATION(1.5, 2) = -0.25);
 * - the task pane renders when it is not blocked.
 */
/* global window, document -- used inside page.evaluate / waitForFunction callbacks, which run in the browser */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const IDS = ["DEVIATION", "STATUS", "ROI", "VARIANCE", "VARIANCEPCT", "APPROVAL", "EXPLAIN"];
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
};

const out = mkdtempSync(join(tmpdir(), "plan-smoke-"));
const failures = [];
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

let server;
let browser;
try {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", out],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );

  server = createServer((req, res) => {
    const file = normalize(join(out, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] || "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });

  // 1. Task pane chunk blocked: the functions must register anyway.
  const blocked = await browser.newPage();
  await blocked.route(/taskpane\.js/, (route) => route.abort());
  await blocked.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort()); // offline
  await blocked.goto(`${base}taskpane.html`);
  await blocked
    .waitForFunction(() => Object.keys(window.CustomFunctions?._association?.mappings ?? {}).length >= 7, null, {
      timeout: 15000,
    })
    .catch(() => {});
  const result = await blocked.evaluate(() => {
    const mappings = window.CustomFunctions?._association?.mappings ?? {};
    return {
      ids: Object.keys(mappings),
      deviation: mappings.DEVIATION ? mappings.DEVIATION([[1.5]], [[2]]) : null,
      root: document.getElementById("root")?.textContent ?? "",
    };
  });
  check(result.root === "", "the task pane chunk really was blocked (#root empty)");
  check(
    JSON.stringify(result.ids) === JSON.stringify(IDS),
    `functions associated without the task pane chunk: ${result.ids.join(", ")}`,
  );
  check(
    JSON.stringify(result.deviation) === "[[-0.25]]",
    `PLAN.DEVIATION(1.5, 2) in the page = ${JSON.stringify(result.deviation)}`,
  );

  // 2. Whole page: the task pane renders.
  const page = await browser.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}taskpane.html`);
  const rendered = await page
    .waitForFunction(() => (document.getElementById("root")?.textContent ?? "").trim().length > 0, null, {
      timeout: 15000,
    })
    .then(() => true)
    .catch(() => false);
  check(rendered, "the task pane renders into #root");
  check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join(" | ")}` : ""}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("\nshared-runtime page OK");
