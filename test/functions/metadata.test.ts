/**
 * functions.json as custom-functions-metadata generates it from the JSDoc of
 * src/functions/functions.ts — through its API, because its CLI exits 0 even when
 * it reports errors. The webpack plugin uses the same generator.
 */
import path from "path";
import { generateCustomFunctionsMetadata, type IFunction, type IGenerateResult } from "custom-functions-metadata";
import * as functionsModule from "../../src/functions/functions";
import { PLAN_FUNCTIONS } from "../../src/functions/registry";
import { PLAN_CATALOG } from "../../src/functions/catalog";
import { PLAN_FUNCTIONS as PANE_FUNCTIONS } from "../../src/taskpane/app/lib/functions-reference";
import { STRINGS } from "../../src/taskpane/app/i18n";

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

/** The one table of functions; everything below checks the JSDoc-generated functions.json against it. */
const EXPECTED: Record<string, readonly { name: string; optional: boolean }[]> = Object.fromEntries(
  PLAN_CATALOG.map((f) => [f.id, f.params]),
);

let result: IGenerateResult;
let functions: IFunction[];

beforeAll(async () => {
  result = await generateCustomFunctionsMetadata(SOURCE);
  functions = result.metadataJson ? JSON.parse(result.metadataJson).functions : [];
}, 30_000);

test("generates with zero errors", () => {
  expect(result.errors).toEqual([]);
  expect(result.metadataJson).not.toBe("");
});

test("exactly the seven PLAN functions, ids = names", () => {
  expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
  for (const f of functions) expect(f.name).toBe(f.id);
});

test.each(Object.entries(EXPECTED))(
  "%s: parameters, types, optional flags, matrix in and out, description",
  (id, params) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(params);
    for (const p of f.parameters) {
      expect(p.type).toBe("any");
      expect(p.dimensionality).toBe("matrix");
      expect(p.repeating).toBeUndefined();
      expect(p.description && p.description.length).toBeGreaterThan(10);
    }
    expect(f.result).toEqual({ dimensionality: "matrix" });
    expect(f.options).toBeUndefined(); // not volatile, not streaming
    expect(f.description).toMatch(/[\u4e00-\u9fff]/); // mentions the Chinese name
  },
);

test("every associated function is exported by functions.ts", () => {
  const exported = functionsModule as unknown as Record<string, unknown>;
  expect(result.associate.map((a) => a.id)).toEqual(Object.keys(EXPECTED));
  for (const a of result.associate) expect(typeof exported[a.functionName]).toBe("function");
});

test("the registry for other hosts matches functions.json", () => {
  expect(PLAN_FUNCTIONS.map((f) => ({ id: f.id, params: f.params }))).toEqual(
    functions.map((f) => ({
      id: f.id,
      params: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true })),
    })),
  );
  const exported = functionsModule as unknown as Record<string, unknown>;
  for (const f of PLAN_FUNCTIONS) {
    const name = result.associate.find((a) => a.id === f.id)!.functionName;
    expect(f.fn).toBe(exported[name]);
  }
});

test("the pane's reference and both languages' entries cover exactly the catalog, in its order", () => {
  expect(PANE_FUNCTIONS.map((f) => f.name)).toEqual(functions.map((f) => f.id));
  for (const t of Object.values(STRINGS))
    expect(Object.keys(t.functions.entries).sort()).toEqual(functions.map((f) => f.id).sort());
  for (const f of PANE_FUNCTIONS) {
    const syntax = STRINGS["en-US"].functions.entries[f.name].syntax;
    expect(syntax.startsWith(`PLAN.${f.name}(`)).toBe(true);
    expect(f.example.startsWith(`=PLAN.${f.name}(`)).toBe(true);
  }
});
