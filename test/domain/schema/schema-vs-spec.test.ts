import { loadSpecMarkdown } from "../helpers/spec-files";
import {
  SHEET_NAMES,
  SHEET_SCHEMAS,
  TABLE_NAMES,
  PLAN_SHEET_KEYS,
  type ColumnDef,
  type PlanSheetKey,
} from "../../../src/domain/schema";

/** The spec's column tables, parsed from plan-sheets.md, so the schema is checked against the document itself. */
interface SpecColumn {
  key: string;
  required: boolean;
  zh: string;
  en: string;
  type: string;
  notes: string;
}

interface SpecSheet {
  zh: string;
  en: string;
  table: string;
  columns: SpecColumn[];
}

function parseSpec(md: string): SpecSheet[] {
  const sections = md.split(/^### /m).slice(1);
  return sections
    .map((s) => {
      const head = /^\d\.\s+(\S+) \/ (\S+) — table `(\w+)`/.exec(s);
      if (!head) return undefined;
      const rows = s
        .split("\n")
        .filter((l) => l.startsWith("| ") && !l.startsWith("| key") && !l.startsWith("| ---"))
        .map((l) =>
          l
            .split("|")
            .slice(1, -1)
            .map((c) => c.trim()),
        );
      return {
        zh: head[1],
        en: head[2],
        table: head[3],
        columns: rows.map(([key, zh, en, type, notes]) => ({
          key: key.replace("*", ""),
          required: key.endsWith("*"),
          zh,
          en,
          type,
          notes,
        })),
      };
    })
    .filter((s): s is SpecSheet => s !== undefined);
}

/** Columns the spec's "Additions" add to a sheet's table, e.g. "### Strategy sheet: attributed revenue" (they go at its end). */
function withAdditions(md: string, sheets: SpecSheet[]): SpecSheet[] {
  const addition = md.split(/^### /m).find((s) => s.startsWith("Strategy sheet: attributed revenue"));
  if (!addition) throw new Error("the spec has no strategy-sheet addition");
  const rows = addition
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| key") && !l.startsWith("| ---"))
    .map((l) =>
      l
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  const columns = rows.map(([key, zh, en, type, notes]) => ({
    key: key.replace("*", ""),
    required: key.endsWith("*"),
    zh,
    en,
    type,
    notes,
  }));
  return sheets.map((s) => (s.table === "PlanStrategies" ? { ...s, columns: [...s.columns, ...columns] } : s));
}

const spec = withAdditions(loadSpecMarkdown(), parseSpec(loadSpecMarkdown()));

const SCHEMA_TYPE: Record<string, ColumnDef["type"]> = {
  text: "text",
  number: "number",
  "number ≥ 0": "number",
  date: "date",
  list: "list",
  formula: "computed",
  "list of goal ids": "ref",
  "list of strategy ids": "ref",
  "strategy id": "ref",
};

test("the spec has the four plan sheets", () => {
  expect(spec.map((s) => s.table)).toEqual(["PlanGoals", "PlanStrategies", "PlanBudget", "PlanMonitoring"]);
});

describe.each(PLAN_SHEET_KEYS.map((k, i) => [k, i] as [PlanSheetKey, number]))(
  "%s sheet matches the spec",
  (sheet, i) => {
    const specSheet = spec[i];
    const schema = SHEET_SCHEMAS[sheet];

    test("sheet and table names", () => {
      expect(SHEET_NAMES[sheet]).toEqual({ "zh-CN": specSheet.zh, "en-US": specSheet.en });
      expect(TABLE_NAMES[sheet]).toBe(specSheet.table);
      expect(schema.table).toBe(specSheet.table);
    });

    test("same columns, in the same order", () => {
      expect(schema.columns.map((c) => c.key)).toEqual(specSheet.columns.map((c) => c.key));
    });

    test.each(specSheet.columns.map((c) => [c.key, c] as [string, SpecColumn]))(
      "column %s: headers, type, required",
      (key, col) => {
        const def = schema.columns.find((c) => c.key === key)!;
        expect(def.header).toEqual({ "zh-CN": col.zh, "en-US": col.en });
        expect(def.type).toBe(SCHEMA_TYPE[col.type]);
        expect(def.required).toBe(col.required);
        expect(def.zhTW.length).toBeGreaterThan(0);
      },
    );

    test("list columns offer the spec's entries in the spec's order", () => {
      for (const col of specSheet.columns.filter((c) => c.type === "list")) {
        const def = schema.columns.find((c) => c.key === col.key)!;
        if (col.key === "direction") {
          expect(def.list!.map((i) => i.key)).toEqual(["≥", "≤", "="]);
          continue;
        }
        const entries = col.notes.split(/,\s*/).map((e) => {
          const m = /^(\S+)(?: (.+))?$/.exec(e.trim())!;
          return { zh: m[1], en: m[2] };
        });
        expect(def.list!.map((i) => i.label["zh-CN"])).toEqual(entries.map((e) => e.zh));
        entries.forEach((e, j) => {
          if (e.en) expect(def.list![j].label["en-US"]).toBe(e.en);
        });
      }
    });
  },
);

test("settings sheet name", () => {
  expect(loadSpecMarkdown()).toContain(`sheet ${SHEET_NAMES.settings["zh-CN"]} / ${SHEET_NAMES.settings["en-US"]}`);
});
