/**
 * Excel.DataValidation of a range. Rules are stored as given
 * ({ list: { inCellDropDown, source } }, { decimal: { formula1, operator } } …)
 * on the range's cells; `valid` checks the cells' values against list, number,
 * text-length and custom rules (date and time rules count as valid).
 */
import { excelError } from "../errors";
import type { ExcelValue } from "../formula-engine";
import { shiftFormula } from "../formula-text";
import type { WorkbookModel } from "../model/workbook-model";
import type { ValidationEntry } from "../model/sheet-model";
import { intersect, lastCol, lastRow } from "../model/rect";
import { ClientObject, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { modelOf, type RangeTarget } from "./util";

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const rt = (t: AnyTarget): RangeTarget => t as RangeTarget;
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function ruleKey(rule: Record<string, unknown>): string | undefined {
  return Object.keys(rule).find((k) => rule[k] !== undefined && rule[k] !== null);
}

function entryFor(t: RangeTarget, o: ClientObject) {
  return modelOf(o).sheet(t.sheetId).validationAt(t.rect);
}

export class DataValidation extends ClientObject {
  static override typeName = "DataValidation";
  static override props: Record<string, PropDef> = {
    rule: {
      get: (t, o) => {
        const at = entryFor(rt(t), o);
        if (at.mixed) return null;
        return clone(at.entry?.rule ?? {});
      },
      set: (t, v, o) => {
        if (typeof v !== "object" || v === null)
          throw excelError("InvalidArgument", "DataValidation.rule", "a rule object");
        const keys = Object.keys(v).filter(
          (k) => (v as Record<string, unknown>)[k] !== undefined && (v as Record<string, unknown>)[k] !== null,
        );
        if (keys.length !== 1 || !(keys[0] in RULE_TYPES))
          throw excelError(
            "InvalidArgument",
            "DataValidation.rule",
            `a rule has exactly one of ${Object.keys(RULE_TYPES).join(", ")}`,
          );
        const body = (v as Record<string, unknown>)[keys[0]] as Record<string, unknown>;
        if (keys[0] === "list" && (typeof body?.source !== "string" || body.source === ""))
          throw excelError("InvalidArgument", "DataValidation.rule", "list.source must be a non-empty string");
        if (keys[0] === "custom" && typeof body?.formula !== "string")
          throw excelError("InvalidArgument", "DataValidation.rule", "custom.formula must be a string");
        modelOf(o)
          .sheet(rt(t).sheetId)
          .setValidation(rt(t).rect, { rule: clone({ [keys[0]]: body }) });
      },
    },
    type: {
      get: (t, o) => {
        const at = entryFor(rt(t), o);
        if (!at.entry) return "None";
        if (at.mixed) return "MixedCriteria";
        if (at.partial) return "Inconsistent";
        return RULE_TYPES[ruleKey(at.entry.rule) ?? ""] ?? "None";
      },
    },
    ignoreBlanks: {
      get: (t, o) => entryFor(rt(t), o).entry?.ignoreBlanks ?? true,
      set: (t, v, o) =>
        modelOf(o)
          .sheet(rt(t).sheetId)
          .setValidation(rt(t).rect, { ignoreBlanks: Boolean(v) }),
    },
    errorAlert: {
      get: (t, o) =>
        clone(entryFor(rt(t), o).entry?.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" }),
      set: (t, v, o) =>
        modelOf(o)
          .sheet(rt(t).sheetId)
          .setValidation(rt(t).rect, { errorAlert: clone(v as Record<string, unknown>) }),
    },
    prompt: {
      get: (t, o) => clone(entryFor(rt(t), o).entry?.prompt ?? { message: "", showPrompt: false, title: "" }),
      set: (t, v, o) =>
        modelOf(o)
          .sheet(rt(t).sheetId)
          .setValidation(rt(t).rect, { prompt: clone(v as Record<string, unknown>) }),
    },
    valid: { get: (t, o) => isValid(modelOf(o), rt(t)) },
  };

  clear(): void {
    this._call("Clear", [], (t: RangeTarget) => modelOf(this).sheet(t.sheetId).clearValidation(t.rect));
  }
}
defineProps(DataValidation);

/** The values a list rule allows: "a,b,c" or a formula ("=$A$2:$A$9", "='目标分解'!$A:$A", a name). */
export function listItems(wb: WorkbookModel, sheetId: number, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const v = wb.engine.calculate(source, sheetId);
  const flat = Array.isArray(v) ? v.flat() : [v];
  return flat.filter((x) => x !== "").map((x) => String(x));
}

function num(wb: WorkbookModel, sheetId: number, f: unknown): number {
  if (typeof f === "number") return f;
  const s = String(f ?? "");
  const v = s.startsWith("=") ? wb.engine.calculate(s, sheetId) : Number(s);
  return typeof v === "number" ? v : Number(v);
}

function compare(x: number, op: string, a: number, b: number): boolean {
  switch (op) {
    case "Between":
      return x >= a && x <= b;
    case "NotBetween":
      return x < a || x > b;
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    case "LessThanOrEqualTo":
      return x <= a;
    default:
      return true;
  }
}

function cellValid(
  wb: WorkbookModel,
  sheetId: number,
  e: ValidationEntry,
  row: number,
  col: number,
  v: ExcelValue,
): boolean {
  if (v === "" && e.ignoreBlanks) return true;
  const key = ruleKey(e.rule);
  const body = (key ? e.rule[key] : {}) as Record<string, unknown>;
  switch (key) {
    case "list": {
      const items = listItems(wb, sheetId, String(body.source)).map((s) => s.toLowerCase());
      return items.includes(String(v).toLowerCase());
    }
    case "wholeNumber":
    case "decimal": {
      if (typeof v !== "number" || (key === "wholeNumber" && !Number.isInteger(v))) return false;
      return compare(
        v,
        String(body.operator ?? "Between"),
        num(wb, sheetId, body.formula1),
        num(wb, sheetId, body.formula2),
      );
    }
    case "textLength":
      return compare(
        String(v).length,
        String(body.operator ?? "Between"),
        num(wb, sheetId, body.formula1),
        num(wb, sheetId, body.formula2),
      );
    case "custom": {
      const f = shiftFormula(String(body.formula), row - e.rect.row, col - e.rect.col);
      const r = wb.engine.calculate(f.startsWith("=") ? f : `=${f}`, sheetId);
      return r === true || (typeof r === "number" && r !== 0);
    }
    default:
      return true;
  }
}

function isValid(wb: WorkbookModel, t: RangeTarget): boolean {
  const s = wb.sheet(t.sheetId);
  for (const e of s.validations) {
    const i = intersect(e.rect, t.rect);
    if (!i) continue;
    const values = wb.values(t.sheetId, i);
    for (let r = i.row; r <= lastRow(i); r++)
      for (let c = i.col; c <= lastCol(i); c++)
        if (!cellValid(wb, t.sheetId, e, r, c, values[r - i.row][c - i.col])) return false;
  }
  return true;
}
