/**
 * One browser on the preview for an e2e file: the preview copied into a
 * folder of its own and served from 127.0.0.1, Debian's Chromium headless,
 * and every request that would leave the machine aborted (and recorded).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, buildPreview, requireChromium, serveStatic, type StaticServer } from "./env";

export interface PreviewSession {
  readonly outDir: string;
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** URLs the page tried to reach outside the machine. */
  readonly aborted: string[];
  /** Errors the page threw. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  locale: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Playwright's default timeout for each step, ms. */
  stepTimeout?: number;
}

const LOCAL = new Set(["127.0.0.1", "localhost"]);

export async function openPreviewSession(name: string, options: SessionOptions): Promise<PreviewSession> {
  const executablePath = requireChromium();
  const outDir = mkdtempSync(join(tmpdir(), `plan-${name}-`));
  buildPreview(outDir);
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    locale: options.locale,
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const aborted: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (LOCAL.has(new URL(url).hostname)) return route.continue();
    aborted.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.setDefaultTimeout(options.stepTimeout ?? 15_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  return {
    outDir,
    server,
    browser,
    context,
    page,
    aborted,
    pageErrors,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
