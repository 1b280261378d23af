/**
 * The test page `npm run test:excel` sideloads, opened in Chromium outside
 * Office: it builds (the test webpack configuration, never the production
 * one), Office.js loads, and the page still posts its results to the test
 * server the way office-addin-test-server reads them (POST /results/ with the
 * JSON in the `data` query parameter): here no case can run, so the results say
 * why instead of the page hanging. Inside Excel the same page runs the cases
 * (their logic is tested against the double in test/excel/real-excel-page.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, ROOT, requireChromium, serveStatic, type StaticServer } from "./support/env";

jest.setTimeout(120_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the test build's configuration is CommonJS, like webpack.config.js
const testConfig = require("../real-excel/webpack.config.js") as (o: object) => Promise<webpack.Configuration>;

let outDir: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "plan-real-excel-page-"));
  const golden = JSON.parse(readFileSync(join(ROOT, "../shared/spec/golden-example.json"), "utf8"));
  const config = await testConfig({ golden, testServerPort: 4201, serve: false, outputPath: outDir });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, stats: "errors-only" }).run((err, s) => (err || !s ? reject(err) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  server = await serveStatic(outDir);
  browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

test("outside Office the test page posts results saying why no case ran", async () => {
  const page = await browser!.newPage();
  let posted: { method: string; data: unknown } | undefined;
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === "https://localhost:4201" && url.pathname === "/results/") {
        posted = { method: route.request().method(), data: JSON.parse(url.searchParams.get("data") ?? "null") };
        await route.fulfill({ status: 200, body: "200", headers: { "Access-Control-Allow-Origin": "*" } });
      } else {
        await route.abort();
      }
    },
  );
  await page.goto(`${server!.base}taskpane-test.html`);
  for (let i = 0; i < 100 && !posted; i++) await page.waitForTimeout(200);
  expect(posted?.method).toBe("POST");
  const data = posted?.data as { cases: unknown[]; aborted?: string };
  expect(data.cases).toEqual([]);
  expect(typeof data.aborted).toBe("string");
  expect(data.aborted!.length).toBeGreaterThan(0);
  expect(await page.textContent("#status")).toBe(data.aborted);
  // The shared runtime's functions chunk comes first, then the cases.
  expect(server!.served.filter((p) => p.endsWith(".js") && !p.includes("office-js"))[1]).toBe("/functions.js");
});
