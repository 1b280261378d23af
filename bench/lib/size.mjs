/**
 * Section 4: what the shared-runtime page loads, from the production build and
 * webpack's stats.
 *
 * - task pane initial JS: the scripts dist/taskpane.html references (except
 *   office.js, which comes from Microsoft's CDN and is not counted), plus the
 *   chunks Chromium had loaded before the pane's first render in Excel (section
 *   5, Excel-host variant): the entry imports React, the app and the Excel layer
 *   with import() as soon as Office is ready. Every other chunk is lazy (a flow
 *   opened later) and listed. Each chunk's origin (the module whose import()
 *   creates it, from webpack stats) is shown as the static explanation.
 * - custom functions: the chunks of the `functions` entrypoint (its chunk and
 *   the runtime), and proof that none of them holds React: no module from
 *   react / react-dom / scheduler / @fluentui in them (webpack stats, including
 *   modules concatenated into others), and no React marker in their text.
 *
 * Sizes: bytes as served and gzip (zlib level 9) bytes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const REACT_MODULE = /node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|react-jsx-runtime)[\\/]/;
/** Strings found in React's / ReactDOM's production builds and Fluent's runtime, not in ours. */
const REACT_MARKERS = [
  "__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED",
  "react.element",
  "Minified React error",
  "react-dom",
  "@fluentui",
  "makeStyles",
];

export function fileSize(distDir, file) {
  const buf = readFileSync(join(distDir, file));
  return { file, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}

function sum(files) {
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}

/** Every module name in a chunk, concatenated modules' parts included. */
function moduleNames(chunk) {
  const out = [];
  const walk = (mods) => {
    for (const m of mods ?? []) {
      if (m.name) out.push(m.name);
      if (m.identifier) out.push(m.identifier);
      walk(m.modules);
    }
  };
  walk(chunk.modules);
  return out;
}

/** Script srcs of an HTML page, in order. */
export function pageScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]);
}

export function measureSize({ distDir, statsFile, scriptsBeforeRender = [] }) {
  const stats = JSON.parse(readFileSync(statsFile, "utf8"));
  const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
  const srcs = pageScripts(html);
  const external = srcs.filter((s) => /^https?:/.test(s));
  const local = srcs.filter((s) => !/^https?:/.test(s)).map((s) => s.replace(/[?#].*$/, ""));

  const jsFiles = stats.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
  const chunkOfFile = new Map();
  for (const c of stats.chunks) for (const f of c.files) chunkOfFile.set(f, c);
  const chunkName = (f) => chunkOfFile.get(f)?.names?.join(",") || String(chunkOfFile.get(f)?.id ?? "");
  /** Where a chunk comes from: "entry" for the page's own scripts, else the modules that import() it. */
  const originOf = (f) => {
    const c = chunkOfFile.get(f);
    if (!c) return "";
    if (c.initial) return "entry script";
    const by = [
      ...new Set(
        (c.origins ?? []).map((o) => `${String(o.moduleName ?? "").replace(/^\.\//, "")} → import("${o.request}")`),
      ),
    ];
    return by.join("; ");
  };

  // Eager: the page's scripts, plus chunks of ours the browser loaded before the first render.
  const eagerExtra = scriptsBeforeRender.filter((f) => jsFiles.includes(f) && !local.includes(f));
  const initialFiles = [...local, ...eagerExtra];
  const initial = initialFiles.map((f) => ({ ...fileSize(distDir, f), chunk: chunkName(f), origin: originOf(f) }));
  const lazy = jsFiles
    .filter((f) => !initialFiles.includes(f))
    .map((f) => ({ ...fileSize(distDir, f), chunk: chunkName(f), origin: originOf(f) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  // Custom functions: the entrypoint's chunks.
  const ep = stats.entrypoints.functions;
  const fnFiles = ep.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
  const fnChunks = ep.chunks.map((id) => stats.chunks.find((c) => c.id === id));
  const reactModules = fnChunks.flatMap((c) => moduleNames(c).filter((n) => REACT_MODULE.test(n)));
  const markers = fnFiles.flatMap((f) => {
    const text = readFileSync(join(distDir, f), "utf8");
    return REACT_MARKERS.filter((m) => text.includes(m)).map((m) => `${f}: ${m}`);
  });
  const fnModules = [...new Set(fnChunks.flatMap((c) => moduleNames(c)))]
    .filter((n) => !n.includes("|"))
    .map((n) => n.replace(/^\.\//, ""));
  const functionsFiles = fnFiles.map((f) => fileSize(distDir, f));
  // The page's script order decides whether the functions wait for React: list what precedes functions.js.
  const fnIndex = local.indexOf("functions.js");

  return {
    page: "taskpane.html",
    officeJs: external,
    taskpaneInitial: { files: initial, total: sum(initial), eagerChunksSeenInBrowser: eagerExtra },
    lazyChunks: lazy,
    functions: {
      files: functionsFiles,
      total: sum(functionsFiles),
      entrypointChunks: fnChunks.map((c) => ({ id: c.id, names: c.names, files: c.files })),
      modules: fnModules.filter((n) => !n.startsWith("webpack/")).length,
      reactModules,
      reactMarkers: markers,
      scriptsBeforeFunctions: fnIndex >= 0 ? local.slice(0, fnIndex) : null,
      hasReact: reactModules.length > 0 || markers.length > 0,
    },
  };
}
