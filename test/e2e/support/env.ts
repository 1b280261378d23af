/**
 * The end-to-end tests' environment: Debian's Chromium (never a downloaded
 * browser), the preview built once by webpack into a temporary folder, and a
 * static server for it on 127.0.0.1.
 */
import { execFileSync } from "node:child_process";
import { cpSync, createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

export const ROOT = resolve(__dirname, "../../..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const RESULTS_DIR = join(ROOT, "test-results", "e2e");

/** Fails (never skips) when Chromium is missing, saying how to install it. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The end-to-end tests drive the system Chromium and never download a browser: ` +
        "install it with `sudo apt-get install chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium binary.",
    );
  }
  return CHROMIUM;
}

/** Where the e2e run's global setup built the preview once. */
export const PREVIEW_BUILD_ENV = "PLAN_PREVIEW_BUILD";

/** The preview in `outDir`: a copy of the run's one build, or built here when a file runs alone. */
export function buildPreview(outDir: string): void {
  const built = process.env[PREVIEW_BUILD_ENV];
  if (built && existsSync(join(built, "index.html"))) cpSync(built, outDir, { recursive: true });
  else webpackPreview(outDir);
}

/** Builds the preview (webpack, development mode, --env preview) into `outDir`. */
export function webpackPreview(outDir: string): void {
  const cli = join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  try {
    execFileSync(
      process.execPath,
      [cli, "--mode", "development", "--env", "preview", "--output-path", outDir, "--stats", "errors-warnings"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `webpack could not build the preview:\n${(e.stdout ?? "").slice(-4000)}\n${(e.stderr ?? "").slice(-4000)}\n${e.message}`,
    );
  }
  for (const file of ["index.html", "preview.js", "office-js/office.js"]) {
    if (!existsSync(join(outDir, file)))
      throw new Error(`the preview build has no ${file} (is dev/preview/index.tsx there?)`);
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
};

export interface StaticServer {
  base: string;
  /** Paths served, in order (query strings dropped). */
  served: string[];
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a free port); "/" is index.html. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(root, pathname === "/" ? "index.html" : pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    served.push(pathname);
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}/`,
    served,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function resultsDir(): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return RESULTS_DIR;
}
