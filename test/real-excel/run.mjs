#!/usr/bin/env node
/**
 * npm run test:excel [-- --web] [-- --timeout=SECONDS]
 *
 * Runs the Excel-layer integration cases (test/excel-cases) inside real Excel,
 * as Microsoft's add-in template does: serves the test page over HTTPS
 * (webpack dev server, certificates from `npm run certs`), starts
 * office-addin-test-server on port 4201, sideloads a test manifest into Excel
 * desktop (office-addin-debugging through npx) — or, with --web, prints how to
 * upload it to Excel on the web — waits for the page's results, prints each
 * case, removes the sideload and exits 1 when a case failed or no results came.
 * Without what it needs (certificates, Excel desktop) it stops at once with one line.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, "../..");
const DEV_SERVER_PORT = 3000;
const TEST_SERVER_PORT = 4201;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["ca.crt", "localhost.key", "localhost.crt"];
const GOLDEN = path.resolve(ROOT, "../shared/spec/golden-example.json");
const OUT = path.join(ROOT, "test-results/real-excel");
const TEST_MANIFEST = path.join(OUT, "manifest-test.xml");
/** The test add-in has its own id, so it never replaces a sideloaded development add-in. */
const TEST_ADDIN_ID = "7d0f5c52-3b1e-4f43-9a57-2c8e61d0b7a4";
const DEBUGGING = ["--yes", "office-addin-debugging@7"];

class Stop extends Error {
  constructor(line, exitCode = 1) {
    super(line);
    this.exitCode = exitCode;
  }
}

function parseArgs(argv) {
  const args = { web: false, timeoutSeconds: 300 };
  for (const a of argv) {
    if (a === "--web") args.web = true;
    else if (a.startsWith("--timeout=") && Number(a.slice(10)) > 0) args.timeoutSeconds = Number(a.slice(10));
    else throw new Stop(`test:excel: unknown option ${a} (options: --web, --timeout=SECONDS)`, 2);
  }
  return args;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer().once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Everything that can be known before starting anything; each problem is one line. */
async function preflight(args) {
  const missing = CERT_FILES.filter((f) => !fs.existsSync(path.join(CERT_DIR, f)));
  if (missing.length)
    throw new Stop(
      `test:excel: no trusted localhost certificates in ${CERT_DIR} (missing ${missing.join(", ")}); run \`npm run certs\` first.`,
      2,
    );
  // office-addin-test-server renews and re-installs (sudo) certificates it does not trust: find out first.
  const devCerts = createRequire(require.resolve("office-addin-test-server"))("office-addin-dev-certs");
  if (!devCerts.verifyCertificates()) {
    throw new Stop(
      `test:excel: the certificates in ${CERT_DIR} are not trusted or expire within a day; run \`npm run certs\` again.`,
      2,
    );
  }
  if (!args.web && process.platform !== "win32" && process.platform !== "darwin") {
    throw new Stop(
      `test:excel: Excel desktop runs only on Windows or macOS (this is ${process.platform}); use \`npm run test:excel -- --web\` and upload the test manifest to Excel on the web.`,
      2,
    );
  }
  if (!fs.existsSync(GOLDEN)) throw new Stop(`test:excel: the golden example is not at ${GOLDEN}.`, 2);
  for (const port of [DEV_SERVER_PORT, TEST_SERVER_PORT]) {
    if (!(await portIsFree(port)))
      throw new Stop(`test:excel: port ${port} is in use (a dev server or an earlier run?); stop it and try again.`, 2);
  }
}

/** manifest.xml pointed at the test page, under its own id and name. */
function writeTestManifest() {
  const manifest = fs
    .readFileSync(path.join(ROOT, "manifest.xml"), "utf8")
    .replace(/<Id>[^<]+<\/Id>/, `<Id>${TEST_ADDIN_ID}</Id>`)
    .replace(/<DisplayName DefaultValue="[^"]*">/, '<DisplayName DefaultValue="营销计划 integration cases">')
    .split(`https://localhost:${DEV_SERVER_PORT}/taskpane.html`)
    .join(`https://localhost:${DEV_SERVER_PORT}/taskpane-test.html`);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(TEST_MANIFEST, manifest);
}

/** Builds the test page and serves it; resolves once the first build succeeded. */
async function startDevServer() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const testConfig = require("./webpack.config.js");
  const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8"));
  const config = await testConfig({ golden, testServerPort: TEST_SERVER_PORT });
  const compiler = webpack({ ...config, infrastructureLogging: { level: "warn" }, stats: "errors-only" });
  const built = new Promise((resolve) => compiler.hooks.done.tap("test:excel", resolve));
  const server = new WebpackDevServer(
    { ...config.devServer, port: DEV_SERVER_PORT, hot: false, liveReload: false },
    compiler,
  );
  await server.start();
  const stats = await built;
  if (stats.hasErrors()) {
    await server.stop();
    throw new Stop(`test:excel: the test page did not build:\n${stats.toString("errors-only")}`);
  }
  return server;
}

function npx(args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.platform === "win32" ? "npx.cmd" : "npx", args, {
      cwd: ROOT,
      stdio: quiet ? "ignore" : ["ignore", "inherit", "inherit"],
      shell: process.platform === "win32",
    });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function timeout(seconds) {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), seconds * 1000).unref());
}

function report(results) {
  if (results.aborted) {
    console.log(`test:excel: no case ran: ${results.aborted}`);
    return false;
  }
  console.log(`Excel ${results.host} on ${results.platform}:`);
  for (const c of results.cases)
    console.log(`  ${c.passed ? "PASS" : "FAIL"}  ${c.name}${c.message ? `\n        ${c.message}` : ""}`);
  const failed = results.cases.filter((c) => !c.passed).length;
  console.log(`${results.cases.length - failed} passed, ${failed} failed`);
  return results.cases.length > 0 && failed === 0;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await preflight(args);
  writeTestManifest();
  const devServer = await startDevServer();
  const { TestServer } = require("office-addin-test-server");
  const testServer = new TestServer(TEST_SERVER_PORT);
  // Until started, it holds a rejected "no results" promise; handled here so Node does not exit on it.
  testServer.getTestResults().catch(() => undefined);
  let sideloaded = false;
  try {
    await testServer.startTestServer();
    if (args.web) {
      console.log(
        `Open a new, empty workbook in Excel on the web, then Home → Add-ins → More add-ins → My add-ins → Upload My Add-in,\n` +
          `and choose ${TEST_MANIFEST}. Waiting ${args.timeoutSeconds} s for the results…`,
      );
    } else {
      console.log("Sideloading the test add-in into Excel desktop…");
      const code = await npx([
        ...DEBUGGING,
        "start",
        TEST_MANIFEST,
        "desktop",
        "--app",
        "excel",
        "--no-debug",
        "--dev-server-port",
        String(DEV_SERVER_PORT),
      ]);
      if (code !== 0)
        throw new Stop(`test:excel: sideloading into Excel desktop failed (office-addin-debugging exited ${code}).`);
      sideloaded = true;
      console.log(`Waiting ${args.timeoutSeconds} s for the results…`);
    }
    const results = await Promise.race([testServer.getTestResults(), timeout(args.timeoutSeconds)]);
    if (results === undefined)
      throw new Stop(
        `test:excel: no results from Excel within ${args.timeoutSeconds} s (was the test add-in opened in a new, empty workbook?).`,
      );
    if (!report(results)) process.exitCode = 1;
  } finally {
    if (sideloaded) await npx([...DEBUGGING, "stop", TEST_MANIFEST], { quiet: true });
    await testServer.stopTestServer();
    await devServer.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Stop ? e.message : `test:excel: ${e?.message ?? e}`);
  process.exitCode = e instanceof Stop ? e.exitCode : 1;
});
