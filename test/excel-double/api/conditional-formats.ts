/**
 * Excel.ConditionalFormatCollection and ConditionalFormat (custom formula,
 * cell value and text rules with fill/font formats). Rules are stored, not
 * drawn; workbookState.conditionalFormatsAt() evaluates custom rules for a cell.
 */
import { excelError } from "../errors";
import { intersect } from "../model/rect";
import type { ConditionalFormatEntry } from "../model/sheet-model";
import { ClientObject, NULL, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { rangeProxy, type Range } from "./range";
import { normalizeColor } from "./range-format";
import { modelOf, type RangeTarget } from "./util";

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

interface CfTarget {
  sheetId: number;
  id: string;
}
interface SubTarget extends CfTarget {
  prefix: string;
}

function entry(o: ClientObject, t: CfTarget): ConditionalFormatEntry {
  const e = modelOf(o)
    .sheet(t.sheetId)
    .conditionalFormats.find((x) => x.id === t.id);
  if (!e) throw excelError("ItemNotFound", "ConditionalFormat", `conditional format ${t.id} was deleted`);
  return e;
}

function dataProp(name: string, convert?: (v: unknown) => unknown): PropDef {
  return {
    get: (t, o) => {
      const v = entry(o, t as SubTarget).data[`${(t as SubTarget).prefix}.${name}`];
      return v === undefined ? null : typeof v === "object" ? JSON.parse(JSON.stringify(v)) : v;
    },
    set: (t, v, o) => {
      entry(o, t as SubTarget).data[`${(t as SubTarget).prefix}.${name}`] = convert ? convert(v) : v;
    },
  };
}

const sub =
  (prefix: string) =>
  (t: CfTarget | SubTarget): SubTarget => ({
    sheetId: t.sheetId,
    id: t.id,
    prefix: "prefix" in t ? `${t.prefix}.${prefix}` : prefix,
  });

function clearKeys(o: ClientObject, t: SubTarget): void {
  const e = entry(o, t);
  for (const k of Object.keys(e.data)) if (k.startsWith(`${t.prefix}.`)) delete e.data[k];
}

export class ConditionalRangeFill extends ClientObject {
  static override typeName = "ConditionalRangeFill";
  static override props: Record<string, PropDef> = {
    color: dataProp("color", (v) => normalizeColor(v, "ConditionalRangeFill.color")),
  };
  clear(): void {
    this._call("Clear", [], (t: SubTarget) => clearKeys(this, t));
  }
}
defineProps(ConditionalRangeFill);

export class ConditionalRangeFont extends ClientObject {
  static override typeName = "ConditionalRangeFont";
  static override props: Record<string, PropDef> = {
    bold: dataProp("bold"),
    italic: dataProp("italic"),
    strikethrough: dataProp("strikethrough"),
    underline: dataProp("underline"),
    color: dataProp("color", (v) => normalizeColor(v, "ConditionalRangeFont.color")),
  };
  clear(): void {
    this._call("Clear", [], (t: SubTarget) => clearKeys(this, t));
  }
}
defineProps(ConditionalRangeFont);

export class ConditionalRangeFormat extends ClientObject {
  static override typeName = "ConditionalRangeFormat";
  static override navs = ["fill", "font"] as const;
  static override props: Record<string, PropDef> = { numberFormat: dataProp("numberFormat") };
  get fill(): ConditionalRangeFill {
    return this._nav("fill", () => new ConditionalRangeFill(this.context, this, { name: "Fill" }, sub("fill")));
  }
  get font(): ConditionalRangeFont {
    return this._nav("font", () => new ConditionalRangeFont(this.context, this, { name: "Font" }, sub("font")));
  }
}
defineProps(ConditionalRangeFormat);

export class ConditionalFormatRule extends ClientObject {
  static override typeName = "ConditionalFormatRule";
  static override props: Record<string, PropDef> = {
    formula: dataProp("formula"),
    formulaLocal: dataProp("formula"),
    formulaR1C1: dataProp("formulaR1C1"),
  };
}
defineProps(ConditionalFormatRule);

/** custom: { rule: { formula }, format } */
export class CustomConditionalFormat extends ClientObject {
  static override typeName = "CustomConditionalFormat";
  static override navs = ["rule", "format"] as const;
  get rule(): ConditionalFormatRule {
    return this._nav("rule", () => new ConditionalFormatRule(this.context, this, { name: "Rule" }, sub("rule")));
  }
  get format(): ConditionalRangeFormat {
    return this._nav("format", () => new ConditionalRangeFormat(this.context, this, { name: "Format" }, sub("format")));
  }
}
defineProps(CustomConditionalFormat);

/** cellValue / textComparison: rule is a plain object property; format as for custom. */
export class RuleConditionalFormat extends ClientObject {
  static override typeName = "CellValueConditionalFormat";
  static override navs = ["format"] as const;
  static override props: Record<string, PropDef> = { rule: dataProp("rule") };
  get format(): ConditionalRangeFormat {
    return this._nav("format", () => new ConditionalRangeFormat(this.context, this, { name: "Format" }, sub("format")));
  }
}
defineProps(RuleConditionalFormat);

export class ConditionalFormat extends ClientObject {
  static override typeName = "ConditionalFormat";
  static override navs = ["custom", "cellValue", "textComparison"] as const;
  static override props: Record<string, PropDef> = {
    id: { get: (t) => (t as CfTarget).id },
    type: { get: (t, o) => entry(o, t as CfTarget).type },
    priority: {
      get: (t, o) => entry(o, t as CfTarget).priority,
      set: (t, v, o) => setPriority(o, t as CfTarget, v),
    },
    stopIfTrue: {
      get: (t, o) => entry(o, t as CfTarget).stopIfTrue,
      set: (t, v, o) => {
        entry(o, t as CfTarget).stopIfTrue = Boolean(v);
      },
    },
  };
  get custom(): CustomConditionalFormat {
    return this._nav(
      "custom",
      () => new CustomConditionalFormat(this.context, this, { name: "Custom" }, sub("custom")),
    );
  }
  get cellValue(): RuleConditionalFormat {
    return this._nav(
      "cellValue",
      () => new RuleConditionalFormat(this.context, this, { name: "CellValue" }, sub("cellValue")),
    );
  }
  get textComparison(): RuleConditionalFormat {
    return this._nav(
      "textComparison",
      () => new RuleConditionalFormat(this.context, this, { name: "TextComparison" }, sub("textComparison")),
    );
  }
  getRange(): Range {
    return rangeProxy(this.context, this, { name: "GetRange" }, (t: CfTarget) => ({
      sheetId: t.sheetId,
      rect: entry(this, t).rect,
    }));
  }
  getRangeOrNullObject(): Range {
    return rangeProxy(this.context, this, { name: "GetRangeOrNullObject" }, (t: CfTarget) => ({
      sheetId: t.sheetId,
      rect: entry(this, t).rect,
    }));
  }
  delete(): void {
    this._call("Delete", [], (t: CfTarget) => {
      const s = modelOf(this).sheet(t.sheetId);
      s.conditionalFormats = s.conditionalFormats.filter((x) => x.id !== t.id);
    });
  }
}
defineProps(ConditionalFormat);

function setPriority(o: ClientObject, t: CfTarget, v: unknown): void {
  const s = modelOf(o).sheet(t.sheetId);
  const e = entry(o, t);
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
    throw excelError("InvalidArgument", "ConditionalFormat.priority", "an integer ≥ 0");
  const others = s.conditionalFormats.filter((x) => x !== e).sort((a, b) => a.priority - b.priority);
  others.splice(Math.min(v, others.length), 0, e);
  others.forEach((x, i) => (x.priority = i));
}

let cfCounter = 0;

export class ConditionalFormatCollection extends ClientObject {
  static override typeName = "ConditionalFormatCollection";
  static get collection() {
    return {
      item: ConditionalFormat,
      items: (t: AnyTarget, self: ClientObject) =>
        itemsOf(t as RangeTarget, self).map((e) => ({ sheetId: (t as RangeTarget).sheetId, id: e.id })),
    };
  }
  add(type: string): ConditionalFormat {
    return new ConditionalFormat(this.context, this, { name: "Add", args: [type] }, (t: RangeTarget) => {
      if (!TYPES.includes(type)) throw excelError("InvalidArgument", "ConditionalFormatCollection.add", `type ${type}`);
      const s = modelOf(this).sheet(t.sheetId);
      for (const x of s.conditionalFormats) x.priority++;
      const id = `{cf-${++cfCounter}}`;
      s.conditionalFormats.push({ id, rect: t.rect, type, priority: 0, stopIfTrue: false, data: {} });
      return { sheetId: t.sheetId, id };
    });
  }
  getCount() {
    return this._callResult("GetCount", [], (t: RangeTarget) => itemsOf(t, this).length);
  }
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, this, { name: "GetItem", args: [id] }, (t: RangeTarget) => {
      if (!itemsOf(t, this).some((e) => e.id === id))
        throw excelError("ItemNotFound", "ConditionalFormatCollection.getItem", `no conditional format ${id}`);
      return { sheetId: t.sheetId, id };
    });
  }
  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, this, { name: "GetItemAt", args: [index] }, (t: RangeTarget) => {
      const e = itemsOf(t, this)[index];
      if (!e)
        throw excelError("ItemNotFound", "ConditionalFormatCollection.getItemAt", `no conditional format at ${index}`);
      return { sheetId: t.sheetId, id: e.id };
    });
  }
  getItemOrNullObject(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, this, { name: "GetItemOrNullObject", args: [id] }, (t: RangeTarget) =>
      itemsOf(t, this).some((e) => e.id === id) ? { sheetId: t.sheetId, id } : NULL,
    );
  }
  clearAll(): void {
    this._call("ClearAll", [], (t: RangeTarget) => {
      const s = modelOf(this).sheet(t.sheetId);
      s.conditionalFormats = s.conditionalFormats.filter((e) => !intersect(e.rect, t.rect));
    });
  }
}
defineProps(ConditionalFormatCollection);

/** Conditional formats whose range meets `t`, by priority. */
function itemsOf(t: RangeTarget, o: ClientObject): ConditionalFormatEntry[] {
  return modelOf(o)
    .sheet(t.sheetId)
    .conditionalFormats.filter((e) => intersect(e.rect, t.rect))
    .sort((a, b) => a.priority - b.priority);
}
