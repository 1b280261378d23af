/**
 * Defined names (NamedItem): workbook- or sheet-scoped, referring to a range
 * (='预算分配'!$A$1) or a formula/constant (=0.1). They are HyperFormula named
 * expressions, so formulas that use them calculate with them.
 */
import { parseAddress, qualifiedAddress } from "../address";
import { excelError } from "../errors";
import { excelToHf, FormulaSyntaxError, tokenize } from "../formula-text";
import { toExcelValue } from "../formula-engine";
import type { Rect } from "./rect";
import type { WorkbookModel } from "./workbook-model";

export interface NameInfo {
  name: string;
  /** Sheet id for worksheet-scoped names. */
  scope?: number;
  comment: string;
  visible: boolean;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class NameStore {
  private readonly infos: NameInfo[] = [];

  constructor(private readonly wb: WorkbookModel) {}

  private find(name: string, scope?: number): NameInfo | undefined {
    const key = name.toLowerCase();
    return this.infos.find((n) => n.name.toLowerCase() === key && n.scope === scope);
  }

  exists(name: string): boolean {
    const key = name.toLowerCase();
    return this.infos.some((n) => n.name.toLowerCase() === key);
  }

  list(scope?: number): NameInfo[] {
    return this.infos.filter((n) => n.scope === scope);
  }

  get(name: string, scope: number | undefined, location: string): NameInfo {
    const n = this.find(name, scope);
    if (!n) throw excelError("ItemNotFound", location, `no name ${name}`);
    return n;
  }

  getOrNull(name: string, scope?: number): NameInfo | undefined {
    return this.find(name, scope);
  }

  /** NamedItemCollection.add(name, reference, comment): reference is a range (sheet id + rect) or a formula ("=…") / constant. */
  add(
    name: unknown,
    reference: { sheetId: number; rect: Rect } | unknown,
    comment: unknown,
    scope: number | undefined,
    location: string,
  ): NameInfo {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 255 ||
      !NAME.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]\d*$/.test(name) ||
      /^[Rr]\d*[Cc]\d*$/.test(name)
    ) {
      throw excelError("InvalidArgument", location, `invalid name ${JSON.stringify(name)}`);
    }
    if (this.find(name, scope) || this.wb.tables.byName(name))
      throw excelError("ItemAlreadyExists", location, `the name ${name} exists`);
    const hf = this.expression(reference, location);
    try {
      this.wb.engine.addName(name, hf, scope);
    } catch (e) {
      throw excelError(
        "InvalidArgument",
        location,
        `HyperFormula refused the name (it reads only Latin-letter names and absolute references): ${(e as Error).message}`,
      );
    }
    const info: NameInfo = { name, scope, comment: typeof comment === "string" ? comment : "", visible: true };
    this.infos.push(info);
    return info;
  }

  /** NamedItem.formula = … */
  changeFormula(info: NameInfo, reference: unknown, location: string): void {
    const hf = this.expression(reference, location);
    try {
      this.wb.engine.changeName(info.name, hf, info.scope);
    } catch (e) {
      throw excelError("InvalidArgument", location, (e as Error).message);
    }
  }

  /** The HyperFormula expression for a name's reference: a range or a formula/constant. */
  private expression(reference: unknown, location: string): string {
    let expression: string;
    if (typeof reference === "object" && reference !== null && "rect" in reference) {
      const ref = reference as { sheetId: number; rect: Rect };
      expression = "=" + qualifiedAddress(this.wb.sheet(ref.sheetId).name, ref.rect, true);
    } else if (typeof reference === "string") expression = reference.startsWith("=") ? reference : `=${reference}`;
    else if (typeof reference === "number" || typeof reference === "boolean")
      expression = `=${String(reference).toUpperCase()}`;
    else throw excelError("InvalidArgument", location, "a name refers to a range or a formula");
    try {
      return excelToHf(expression);
    } catch (e) {
      throw excelError("InvalidArgument", location, (e as FormulaSyntaxError).message);
    }
  }

  remove(info: NameInfo): void {
    this.wb.engine.removeName(info.name, info.scope);
    this.infos.splice(this.infos.indexOf(info), 1);
  }

  removeScope(sheetId: number): void {
    for (const n of this.infos.filter((x) => x.scope === sheetId)) this.infos.splice(this.infos.indexOf(n), 1);
  }

  /** "=Sheet1!$A$1" */
  formula(info: NameInfo): string {
    return this.wb.engine.nameFormula(info.name, info.scope) ?? "";
  }

  /** The range a name refers to, when it is one reference ('Sheet'!$A$1:$B$2). */
  range(info: NameInfo): { sheetId: number; rect: Rect } | undefined {
    const f = this.formula(info);
    if (!f.startsWith("=")) return undefined;
    let toks;
    try {
      toks = tokenize(f.slice(1).trim());
    } catch {
      return undefined;
    }
    const bang = toks.findIndex((t) => t.text === "!");
    if (bang !== 1) return undefined;
    const sheetName = toks[0].type === "qsheet" ? toks[0].value! : toks[0].text;
    const rest = toks
      .slice(2)
      .map((t) => t.text)
      .join("");
    const parsed = parseAddress(rest);
    const sheet = this.wb.sheetByName(sheetName);
    if (!parsed || !sheet) return undefined;
    return { sheetId: sheet.id, rect: parsed.rect };
  }

  /** Range of a name visible from a sheet (sheet scope first, then workbook). */
  rangeOf(name: string, sheetId: number): { sheetId: number; rect: Rect } | undefined {
    const info = this.find(name, sheetId) ?? this.find(name, undefined);
    return info ? this.range(info) : undefined;
  }

  /** Excel's NamedItem.type: Range, String, Double, Boolean, Error, Array. */
  type(info: NameInfo): string {
    if (this.range(info)) return "Range";
    const v = this.wb.engine.nameValue(info.name, info.scope);
    if (Array.isArray(v)) return "Array";
    const x = toExcelValue(v);
    if (typeof x === "number") return "Double";
    if (typeof x === "boolean") return "Boolean";
    if (typeof v === "object" && v !== null) return "Error";
    return "String";
  }

  /** Excel's NamedItem.value: the address for a range (Sheet1!$A$1), else the computed value. */
  value(info: NameInfo): unknown {
    const r = this.range(info);
    if (r) return qualifiedAddress(this.wb.sheet(r.sheetId).name, r.rect, true);
    const v = this.wb.engine.nameValue(info.name, info.scope);
    if (Array.isArray(v)) return v.map((row: unknown[]) => row.map(toExcelValue));
    return toExcelValue(v);
  }
}
