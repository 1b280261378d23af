#!/usr/bin/env node
/**
 * Checks a production build in dist/ (run after `npm run build`):
 *
 *   ADDIN_URL=https://plan.example.com/ npm run build
 *   node test/build/check-dist.mjs https://plan.example.com/
 *
 * - taskpane.html loads office.js from Microsoft's CDN, then runtime, functions, … taskpane;
 * - functions.json declares the 7 PLAN functions and functions.js associates all 7;
 * - manifest.xml points at the given URL and nowhere at localhost;
 * - icons are there; no local office.js copy;
 * - no dev-only code (HyperFormula, fast-check, dev/, test/) in any bundle;
 * - the functions entry (runtime + functions) stays small.
 * Exits 1 listing every failed check.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = join(ROOT, "dist");
const IDS = ["DEVIATION", "STATUS", "ROI", "VARIANCE", "VARIANCEPCT", "APPROVAL", "EXPLAIN"];
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_ENTRY_BUDGET = 64 * 1024;

let url = process.argv[2] || process.env.ADDIN_URL;
if (url && !url.endsWith("/")) url += "/";

const failures = [];
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}
const read = (f) => readFileSync(join(DIST, f), "utf8");
const exists = (f) => existsSync(join(DIST, f));

if (!existsSync(DIST)) {
  console.error("dist/ does not exist: run `npm run build` first");
  process.exit(1);
}

// taskpane.html
check(exists("taskpane.html"), "dist/taskpane.html exists");
if (exists("taskpane.html")) {
  const html = read("taskpane.html");
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1].replace(/\?.*$/, ""));
  check(scripts[0] === OFFICE_JS_CDN, `office.js loads first, from Microsoft's CDN (${scripts[0]})`);
  const i = (name) => scripts.indexOf(name);
  check(i("runtime.js") > 0 && i("functions.js") > i("runtime.js"), "runtime.js, then functions.js");
  check(i("taskpane.js") > i("functions.js"), "the React task pane loads after the functions");
  check(!/office-js\//.test(html), "no local office.js reference");
}

// functions.json / functions.js
check(exists("functions.json"), "dist/functions.json exists");
if (exists("functions.json")) {
  const ids = JSON.parse(read("functions.json")).functions.map((f) => f.id);
  check(
    JSON.stringify(ids) === JSON.stringify(IDS),
    `functions.json declares ${IDS.length} functions (${ids.join(", ")})`,
  );
}
check(exists("functions.js"), "dist/functions.js exists");
if (exists("functions.js")) {
  const js = read("functions.js");
  const associated = [...js.matchAll(/CustomFunctions\.associate\("([A-Z]+)"/g)].map((m) => m[1]);
  check(JSON.stringify(associated) === JSON.stringify(IDS), `functions.js associates all ${IDS.length} ids`);
}

// manifest.xml
check(exists("manifest.xml"), "dist/manifest.xml exists");
if (exists("manifest.xml")) {
  const manifest = read("manifest.xml");
  check(!manifest.includes("localhost"), "manifest.xml has no localhost URL left");
  if (url) check(manifest.includes(`DefaultValue="${url}taskpane.html"`), `manifest.xml points at ${url}`);
  else check(false, "an add-in URL to compare with (argument or ADDIN_URL)");
}

// assets, no local office.js
for (const size of [16, 32, 64, 80, 128]) check(exists(`assets/icon-${size}.png`), `assets/icon-${size}.png`);
check(!exists("office-js"), "no local office.js copy in a production build");

// no dev-only code; sizes
const files = readdirSync(DIST).filter((f) => /\.js(\.map)?$/.test(f));
// Bundled code (comments are stripped by the minifier) and the module paths its source map lists.
const DEV_ONLY_CODE = /hyperformula|fast-check|playwright/i;
const DEV_ONLY_SOURCE = /node_modules\/(hyperformula|fast-check|playwright-core)\/|(^|\/)(dev|test|bench)\//;
for (const f of files) {
  if (f.endsWith(".map")) {
    const hit = JSON.parse(read(f)).sources.find((s) => DEV_ONLY_SOURCE.test(s.replace(/^webpack:\/\/[^/]*\//, "")));
    check(!hit, `no dev-only module in ${f}${hit ? ` (found ${hit})` : ""}`);
  } else {
    const hit = read(f).match(DEV_ONLY_CODE);
    check(!hit, `no dev-only code in ${f}${hit ? ` (found "${hit[0]}")` : ""}`);
  }
}
const sizes = files.filter((f) => f.endsWith(".js")).map((f) => [f, statSync(join(DIST, f)).size]);
for (const [f, size] of sizes) console.log(`     ${f.padEnd(40)} ${(size / 1024).toFixed(1).padStart(8)} KiB`);
const functionsEntry = sizes.filter(([f]) => f === "runtime.js" || f === "functions.js").reduce((n, [, s]) => n + s, 0);
check(
  functionsEntry < FUNCTIONS_ENTRY_BUDGET,
  `functions entry ${(functionsEntry / 1024).toFixed(1)} KiB < ${FUNCTIONS_ENTRY_BUDGET / 1024} KiB`,
);

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("\ndist/ is a good production build");
