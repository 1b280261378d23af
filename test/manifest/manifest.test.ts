/**
 * manifest.xml against itself (well-formed, resources resolve, shared runtime,
 * HTTPS, both languages) and against the build (every file it points at is a
 * build output of webpack.config.js; functions.json is what the metadata
 * generator makes of src/functions/functions.ts).
 */
import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { PLAN_NAMESPACE } from "../../src/functions/registry";
/* eslint-disable @typescript-eslint/no-require-imports */
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const makeConfig = require("../../webpack.config.js");
/* eslint-enable @typescript-eslint/no-require-imports */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Config = any;
const pluginsOf = (config: Config, Class: unknown) =>
  (config.plugins as object[]).filter((p) => p instanceof (Class as new () => object)) as Config[];
const copyPatterns = (config: Config) => pluginsOf(config, CopyWebpackPlugin).flatMap((p) => p.patterns);
const metadataPlugin = (config: Config) => pluginsOf(config, CustomFunctionsMetadataPlugin)[0];
const taskpaneHtml = (config: Config) =>
  pluginsOf(config, HtmlWebpackPlugin).find((p) => p.userOptions.filename === "taskpane.html").userOptions;

const ROOT = path.join(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";
const xml = fs.readFileSync(MANIFEST, "utf8");

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
});
const doc = parser.parse(xml) as Node;
const app = doc.OfficeApp as Node;

/** Every element (with its tag and ancestor tags) in document order. */
interface Element {
  tag: string;
  path: string[];
  node: Node;
}
function elements(node: unknown, tag = "", ancestors: string[] = [], out: Element[] = []): Element[] {
  if (Array.isArray(node)) {
    for (const n of node) elements(n, tag, ancestors, out);
    return out;
  }
  if (node === null || typeof node !== "object") {
    if (tag) out.push({ tag, path: ancestors, node: { "#text": node } });
    return out;
  }
  if (tag) out.push({ tag, path: ancestors, node: node as Node });
  for (const [k, v] of Object.entries(node as Node)) {
    if (k.startsWith("@") || k === "#text") continue;
    elements(v, k, tag ? [...ancestors, tag] : ancestors, out);
  }
  return out;
}
const all = elements(doc);
const attr = (e: Element, name: string) => e.node[`@${name}`] as string | undefined;
const text = (e: Element) => String(e.node["#text"] ?? "");
const byTag = (tag: string) => all.filter((e) => e.tag === tag);

/** Resources by kind: id → element. */
function resources(kind: string, tag: string): Map<string, Element> {
  return new Map(
    all.filter((e) => e.tag === tag && e.path[e.path.length - 1] === kind).map((e) => [attr(e, "id")!, e]),
  );
}
const images = resources("bt:Images", "bt:Image");
const urls = resources("bt:Urls", "bt:Url");
const shortStrings = resources("bt:ShortStrings", "bt:String");
const longStrings = resources("bt:LongStrings", "bt:String");

/** Which resource kind each resid-bearing element needs. */
function kindFor(e: Element): Map<string, Element> {
  if (e.tag === "bt:Image") return images;
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(e.tag)) return urls;
  if (e.tag === "Description") return longStrings;
  return shortStrings; // Label, Title, Namespace
}

/** Build outputs of the production webpack config, relative to dist/. */
async function buildOutputs(): Promise<{ files: Set<string>; config: Config }> {
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  const files = new Set<string>();
  for (const name of Object.keys(config.entry))
    files.add(config.output.filename({ chunk: { name } }).replace("[name]", name));
  for (const html of pluginsOf(config, HtmlWebpackPlugin)) files.add(html.userOptions.filename);
  files.add(metadataPlugin(config).options.output);
  for (const p of copyPatterns(config)) {
    if (p.from === "manifest.xml") files.add(p.to);
    if (p.from === "assets") {
      for (const f of fs.readdirSync(path.join(ROOT, "assets")))
        if (!/\.(mjs|js|md)$/.test(f)) files.add(`${p.to}/${f}`);
    }
  }
  return { files, config };
}

describe("well-formed and complete", () => {
  test("is well-formed XML of a task pane add-in for Excel", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe("zh-CN");
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(byTag("Host").map((e) => attr(e, "Name") ?? attr(e, "xsi:type"))).toEqual(["Workbook", "Workbook"]);
  });

  test("requires the shared runtime, ExcelApi 1.9 and custom-function error codes", () => {
    const sets = Object.fromEntries(byTag("Set").map((e) => [attr(e, "Name"), attr(e, "MinVersion")]));
    expect(sets).toEqual({ SharedRuntime: "1.1", ExcelApi: "1.9", CustomFunctionsRuntime: "1.3" });
  });

  test("every resid resolves to a resource of the right kind, and every resource is used", () => {
    const used = all.filter((e) => attr(e, "resid") !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const e of used) {
      const resid = attr(e, "resid")!;
      expect({ tag: e.tag, resid, defined: kindFor(e).has(resid) }).toEqual({ tag: e.tag, resid, defined: true });
    }
    const usedIds = new Set(used.map((e) => attr(e, "resid")));
    for (const id of [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()]) {
      expect({ id, used: usedIds.has(id) }).toEqual({ id, used: true });
    }
    // resource ids are unique across kinds
    const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("exactly one long-lived runtime, shared by the task pane and the custom functions", () => {
    const runtimes = byTag("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0], "lifetime")).toBe("long");
    const shared = attr(runtimes[0], "resid")!;
    const page = all.find((e) => e.tag === "SourceLocation" && e.path.includes("Page"))!;
    const showTaskpane = all.find((e) => e.tag === "SourceLocation" && e.path.includes("Action"))!;
    const functionFile = byTag("FunctionFile")[0];
    for (const e of [page, showTaskpane, functionFile]) expect(attr(e, "resid")).toBe(shared);
    const defaultSource = all.find((e) => e.tag === "SourceLocation" && e.path.includes("DefaultSettings"))!;
    expect(attr(defaultSource, "DefaultValue")).toBe(attr(urls.get(shared)!, "DefaultValue"));
  });

  test("a ribbon button on the Home tab shows the task pane", () => {
    const tab = byTag("OfficeTab")[0];
    expect(attr(tab, "id")).toBe("TabHome");
    const control = byTag("Control").find((e) => attr(e, "xsi:type") === "Button")!;
    expect(control.path).toContain("Group");
    expect(byTag("Action").map((e) => attr(e, "xsi:type"))).toEqual(["ShowTaskpane"]);
  });

  test("custom functions live in the PLAN namespace", () => {
    const ns = byTag("Namespace")[0];
    expect(ns.path).toContain("ExtensionPoint");
    const value = attr(shortStrings.get(attr(ns, "resid")!)!, "DefaultValue");
    expect(value).toBe("PLAN");
    expect(value).toBe(PLAN_NAMESPACE);
  });

  test("every URL is HTTPS", () => {
    const values = all
      .flatMap((e) => [attr(e, "DefaultValue"), attr(e, "Value")])
      .filter((v): v is string => !!v && /^[a-z]+:\/\//i.test(v));
    expect(values.length).toBeGreaterThan(8);
    for (const v of values) expect(v).toMatch(/^https:\/\//);
    for (const e of byTag("AppDomain")) expect(text(e)).toMatch(/^https:\/\//);
  });

  test("texts in zh-CN (default) with en-US overrides, within Office's length limits", () => {
    const localized = [byTag("DisplayName")[0], byTag("Description").find((e) => e.path.length === 1)!];
    const strings = [...shortStrings.values(), ...longStrings.values()].filter(
      (e) => attr(e, "id") !== "Functions.Namespace",
    );
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const e of [...localized, ...strings]) {
      const zh = attr(e, "DefaultValue")!;
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      const overrides = ([] as Node[]).concat((e.node.Override ?? e.node["bt:Override"]) as Node | Node[]);
      const en = overrides.find((o) => o["@Locale"] === "en-US");
      expect({ id: attr(e, "id") ?? e.tag, en: typeof en?.["@Value"] }).toEqual({
        id: attr(e, "id") ?? e.tag,
        en: "string",
      });
      expect(String(en!["@Value"])).toMatch(/^[\x20-\x7e’…—–]+$/);
    }
    for (const e of shortStrings.values()) expect(attr(e, "DefaultValue")!.length).toBeLessThanOrEqual(125);
    for (const e of longStrings.values()) expect(attr(e, "DefaultValue")!.length).toBeLessThanOrEqual(250);
  });

  test("icons exist in assets/ with the pixel size they are declared at", () => {
    const iconUrls = [
      [attr(byTag("IconUrl")[0], "DefaultValue")!, 32],
      [attr(byTag("HighResolutionIconUrl")[0], "DefaultValue")!, 64],
      ...[...images.values()].map(
        (e) => [attr(e, "DefaultValue")!, Number(attr(e, "id")!.match(/(\d+)x\1/)![1])] as const,
      ),
    ] as const;
    for (const [url, size] of iconUrls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const png = fs.readFileSync(path.join(ROOT, url.slice(DEV_URL.length)));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(fs.existsSync(path.join(ROOT, `assets/icon-${size}.png`))).toBe(true);
  });
});

describe("against the build", () => {
  test("every localhost URL is a file the build outputs", async () => {
    const { files } = await buildOutputs();
    expect(files).toEqual(expect.any(Set));
    for (const f of ["taskpane.html", "functions.json", "functions.js", "manifest.xml"])
      expect(files.has(f)).toBe(true);
    const referenced = [...xml.matchAll(/="https:\/\/localhost:3000\/([^"?#]*)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(8);
    for (const f of referenced) expect({ file: f, built: files.has(f) }).toEqual({ file: f, built: true });
  }, 30_000);

  test("the custom-functions metadata URL is the generated functions.json and the script the functions entry", async () => {
    const { config } = await buildOutputs();
    const metaUrl = attr(
      urls.get(
        attr(
          all.find((e) => e.tag === "SourceLocation" && e.path.includes("Metadata"))!,
          "resid",
        )!,
      )!,
      "DefaultValue",
    )!;
    const scriptUrl = attr(
      urls.get(
        attr(
          all.find((e) => e.tag === "SourceLocation" && e.path.includes("Script"))!,
          "resid",
        )!,
      )!,
      "DefaultValue",
    )!;
    const plugin = metadataPlugin(config);
    expect(metaUrl).toBe(DEV_URL + plugin.options.output);
    expect(scriptUrl).toBe(`${DEV_URL}functions.js`);
    expect(Object.keys(config.entry as object)).toContain("functions");

    const generated = await generateCustomFunctionsMetadata(path.join(ROOT, plugin.options.input));
    expect(generated.errors).toEqual([]);
    const ids = (JSON.parse(generated.metadataJson).functions as { id: string }[]).map((f) => f.id);
    expect(ids).toEqual(["DEVIATION", "STATUS", "ROI", "VARIANCE", "VARIANCEPCT", "APPROVAL", "EXPLAIN"]);
    for (const id of ids) expect(`${PLAN_NAMESPACE}.${id}`).toMatch(/^[A-Z][A-Z0-9._]*$/);
  }, 30_000);

  test("production build rewrites every development URL to the configured one", async () => {
    const config = await makeConfig(
      { WEBPACK_BUILD: true, url: "https://plan.example.com/addin" },
      { mode: "production" },
    );
    const pattern = copyPatterns(config).find((p) => p.from === "manifest.xml");
    const out = String(pattern.transform(Buffer.from(xml)));
    expect(out).not.toContain("localhost");
    expect(out).toContain('DefaultValue="https://plan.example.com/addin/taskpane.html"');
    expect(XMLValidator.validate(out)).toBe(true);
    await expect(
      makeConfig({ WEBPACK_BUILD: true, url: "http://insecure.example.com/" }, { mode: "production" }),
    ).rejects.toThrow(/https/);
  });

  test("development loads a local office.js; production Microsoft's CDN; no preview entry in production", async () => {
    const prod = await makeConfig({ WEBPACK_BUILD: true, preview: true }, { mode: "production" });
    const dev = await makeConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(taskpaneHtml(prod).officeJs).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(taskpaneHtml(dev).officeJs).toBe("office-js/office.js");
    expect(Object.keys(prod.entry)).toEqual(["functions", "taskpane"]);
    expect(copyPatterns(prod).some((p) => String(p.context ?? "").includes("office-js"))).toBe(false);
    expect(copyPatterns(dev).some((p) => String(p.context ?? "").includes("office-js"))).toBe(true);
  });
});
