/** Excel.NamedItemCollection and NamedItem (workbook.names, worksheet.names). */
import { excelError } from "../errors";
import type { NameInfo } from "../model/names";
import { ClientObject, NULL, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { rangeProxy, type Range } from "./range";
import { modelOf, type RangeTarget } from "./util";

const info = (t: AnyTarget): NameInfo => t as NameInfo;

function alive(o: ClientObject, t: AnyTarget, location: string): NameInfo {
  const n = modelOf(o).names.getOrNull(info(t).name, info(t).scope);
  if (n !== info(t)) throw excelError("ItemNotFound", location, `the name ${info(t).name} was deleted`);
  return n;
}

export class NamedItem extends ClientObject {
  static override typeName = "NamedItem";
  static override props: Record<string, PropDef> = {
    name: { get: (t) => info(t).name },
    type: { get: (t, o) => modelOf(o).names.type(alive(o, t, "NamedItem.type")) },
    value: { get: (t, o) => modelOf(o).names.value(alive(o, t, "NamedItem.value")) },
    formula: {
      get: (t, o) => modelOf(o).names.formula(alive(o, t, "NamedItem.formula")),
      set: (t, v, o) => modelOf(o).names.changeFormula(alive(o, t, "NamedItem.formula"), v, "NamedItem.formula"),
    },
    comment: {
      get: (t, o) => alive(o, t, "NamedItem.comment").comment,
      set: (t, v, o) => {
        alive(o, t, "NamedItem.comment").comment = String(v ?? "");
      },
    },
    visible: {
      get: (t, o) => alive(o, t, "NamedItem.visible").visible,
      set: (t, v, o) => {
        alive(o, t, "NamedItem.visible").visible = Boolean(v);
      },
    },
    scope: { get: (t) => (info(t).scope === undefined ? "Workbook" : "Worksheet") },
  };
  getRange(): Range {
    return rangeProxy(this.context, this, { name: "GetRange" }, (t: NameInfo) => {
      const r = modelOf(this).names.range(alive(this, t, "NamedItem.getRange"));
      if (!r)
        throw excelError("InvalidOperation", "NamedItem.getRange", `the name ${t.name} does not refer to a range`);
      return r;
    });
  }
  getRangeOrNullObject(): Range {
    return rangeProxy(
      this.context,
      this,
      { name: "GetRangeOrNullObject" },
      (t: NameInfo) => modelOf(this).names.range(alive(this, t, "NamedItem.getRangeOrNullObject")) ?? NULL,
    );
  }
  delete(): void {
    this._call("Delete", [], (t: NameInfo) => modelOf(this).names.remove(alive(this, t, "NamedItem.delete")));
  }
}
defineProps(NamedItem);

type Scope = { scope?: number };

export class NamedItemCollection extends ClientObject {
  static override typeName = "NamedItemCollection";
  static get collection() {
    return { item: NamedItem, items: (t: AnyTarget, o: ClientObject) => modelOf(o).names.list((t as Scope).scope) };
  }
  /** add(name, reference: Range | "=formula", comment) */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    return new NamedItem(this.context, this, { name: "Add", args: [name, reference, comment] }, (t: Scope) => {
      let ref: unknown = reference;
      if (reference instanceof ClientObject) {
        const r = reference._target() as RangeTarget;
        if ((r as unknown) === NULL)
          throw excelError("InvalidArgument", "NamedItemCollection.add", "the range is a null object");
        ref = r;
      }
      return modelOf(this).names.add(name, ref, comment, t.scope, "NamedItemCollection.add");
    });
  }
  addFormulaLocal(name: string, formula: string, comment?: string): NamedItem {
    return this.add(name, formula, comment);
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, this, { name: "GetItem", args: [name] }, (t: Scope) =>
      modelOf(this).names.get(name, t.scope, "NamedItemCollection.getItem"),
    );
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(
      this.context,
      this,
      { name: "GetItemOrNullObject", args: [name] },
      (t: Scope) => modelOf(this).names.getOrNull(name, t.scope) ?? NULL,
    );
  }
  getCount() {
    return this._callResult("GetCount", [], (t: Scope) => modelOf(this).names.list(t.scope).length);
  }
}
defineProps(NamedItemCollection);
