/**
 * Build of the marketing-plan add-in (webpack 5).
 *
 *   npm run build        production → dist/, manifest URLs rewritten to ADDIN_URL / --env url=…
 *   npm run build:dev    development → dist/, office.js copied locally (no internet needed)
 *   npm run dev-server   https://localhost:3000 with certificates from `npm run certs`, for sideloading
 *   npm run preview      http://localhost:3000, no certificates, in-browser preview (dev/preview)
 *
 * One shared-runtime page, taskpane.html, carries the custom functions and the
 * task pane. Entries:
 *   functions  src/functions/index.ts  — registers PLAN.* (no React); runs first
 *   taskpane   src/taskpane/index.tsx  — the React task pane
 *   preview    dev/preview/index.tsx   — only with --env preview and only if that file exists
 * A single webpack runtime (runtime.js) lets both entries share module instances.
 */
const fs = require("fs");
const path = require("path");
const os = require("os");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = __dirname;
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where development builds put their copy of office.js (relative to the page). */
const OFFICE_JS_LOCAL_DIR = "office-js";
const OFFICE_JS_SOURCE = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const ENTRY_NAMES = ["functions", "taskpane", "preview"];

// ---- PREVIEW HOOK (owned by the task-pane / preview engineer) -------------------
// With --env preview (development only), dev/preview/index.tsx becomes the entry
// `preview`, served as index.html (template dev/preview/index.html if present).
// Nothing under dev/ ever reaches a production build (see DevCodeGuardPlugin).
const PREVIEW_ENTRY = path.join(ROOT, "dev/preview/index.tsx");
const PREVIEW_TEMPLATE = path.join(ROOT, "dev/preview/index.html");
// ----------------------------------------------------------------------------------

/** Modules that must never be bundled into production: test doubles, the preview, HyperFormula. */
const DEV_ONLY_DIRS = ["dev", "test", "bench"].map((d) => path.join(ROOT, d) + path.sep);
function isDevOnly(resource) {
  return (
    DEV_ONLY_DIRS.some((dir) => resource.startsWith(dir)) ||
    /[\\/]node_modules[\\/](hyperformula|playwright-core|fast-check)[\\/]/.test(resource)
  );
}

class DevCodeGuardPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("DevCodeGuardPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("DevCodeGuardPlugin", (modules) => {
        const found = [...modules].map((m) => m.resource).filter((r) => r && isDevOnly(r));
        if (found.length > 0) {
          const shown = found.slice(0, 5).map((r) => `  ${path.relative(ROOT, r)}`);
          if (found.length > 5) shown.push(`  … and ${found.length - 5} more`);
          compilation.errors.push(
            new webpack.WebpackError(
              `Dev-only modules in the production bundle (test doubles, preview, HyperFormula):\n${shown.join("\n")}`,
            ),
          );
        }
      });
    });
  }
}

/** Adds a warning to the build (shown by webpack, does not fail it). */
class WarningPlugin {
  constructor(message) {
    this.message = message;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WarningPlugin", (compilation) => {
      compilation.warnings.push(new webpack.WebpackError(this.message));
    });
  }
}

/** The production base URL from --env url=… or ADDIN_URL, normalised to end with "/"; null if unset. */
function productionUrl(env) {
  const raw = env.url || process.env.ADDIN_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`The add-in URL must be https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

// The certificates `npm run certs` (office-addin-dev-certs) installs, read where it puts them,
// so the dev tools need not be installed with the project (they compile native code).
function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) {
    throw new Error(
      "The dev server needs trusted HTTPS certificates for localhost (Office only loads https add-ins).\n" +
        `Missing in ${dir}: ${missing.join(", ")}.\n` +
        "Install them with `npm run certs`, or use `npm run preview` (http, no certificates).",
    );
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const preview = Boolean(env.preview) && !production;
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  const url = production ? productionUrl(env) : null;
  const hasPreview = preview && fs.existsSync(PREVIEW_ENTRY);

  const entry = {
    functions: "./src/functions/index.ts",
    taskpane: "./src/taskpane/index.tsx",
  };
  if (hasPreview) entry.preview = PREVIEW_ENTRY;

  const plugins = [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // functions first: the custom functions register without waiting for React.
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
      officeJs: production ? OFFICE_JS_CDN : `${OFFICE_JS_LOCAL_DIR}/office.js`,
      hash: production,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets", to: "assets", globOptions: { ignore: ["**/*.mjs", "**/*.js", "**/*.md"] } },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform(content) {
            return url ? content.toString().split(DEV_URL).join(url) : content;
          },
        },
        ...(production
          ? []
          : [
              // A local office.js with the Excel host scripts, strings and telemetry it loads from beside itself.
              {
                from: "{{office,custom-functions-runtime,excel-*,o15apptofilemappingtable}.js,*/office_strings.js,telemetry/*.js}",
                context: OFFICE_JS_SOURCE,
                to: OFFICE_JS_LOCAL_DIR,
                globOptions: { ignore: ["**/*.debug.js"] },
              },
            ]),
      ],
    }),
  ];
  if (hasPreview) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "index.html",
        chunks: ["preview"],
        officeJs: `${OFFICE_JS_LOCAL_DIR}/office.js`,
        ...(fs.existsSync(PREVIEW_TEMPLATE)
          ? { template: PREVIEW_TEMPLATE }
          : {
              title: "Preview",
              templateContent:
                '<!doctype html><html><head><meta charset="utf-8"><title>Preview</title></head><body><div id="root"></div></body></html>',
            }),
      }),
    );
  }
  if (production) {
    plugins.push(new DevCodeGuardPlugin());
    if (!url) {
      plugins.push(
        new WarningPlugin(
          `No add-in URL given (ADDIN_URL or --env url=https://…/): manifest.xml still points at ${DEV_URL}`,
        ),
      );
    }
  }

  return {
    mode: production ? "production" : "development",
    target: ["web", "es2020"],
    devtool: "source-map",
    entry,
    output: {
      path: path.join(ROOT, "dist"),
      // Entries keep fixed names (the manifest points at functions.js); shared chunks are content-hashed.
      filename: (pathData) =>
        ENTRY_NAMES.includes(pathData.chunk.name) || pathData.chunk.name === "runtime"
          ? "[name].js"
          : "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { target: "ES2020", module: "ESNext", sourceMap: true } },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
    },
    optimization: {
      runtimeChunk: "single",
      // The functions entry stays whole: domain modules it shares with the pane's lazy
      // chunks (the Excel layer, the files reader) must not become a chunk it waits for.
      splitChunks: { chunks: (chunk) => chunk.name !== "functions" },
    },
    performance: {
      // The task pane carries React and Fluent UI; the functions chunk stays small.
      hints: production ? "warning" : false,
      maxAssetSize: 800 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    plugins,
    devServer: {
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: preview ? "http" : { type: "https", options: serving ? await httpsOptions() : {} },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
