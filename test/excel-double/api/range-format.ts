/** Excel.RangeFormat and its fill, font, borders and protection. */
import { excelError } from "../errors";
import { MAX_ROWS, lastCol, lastRow } from "../model/rect";
import { ClientObject, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { modelOf, type RangeTarget } from "./util";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  purple: "#800080",
  pink: "#FFC0CB",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  darkgreen: "#006400",
  darkred: "#8B0000",
  navy: "#000080",
  teal: "#008080",
  lightyellow: "#FFFFE0",
};

/** Excel reads colors back as "#RRGGBB" (upper case); it accepts names and #RGB. */
export function normalizeColor(v: unknown, location: string): string {
  if (typeof v !== "string") throw excelError("InvalidArgument", location, "a color is a string");
  const s = v.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  let m = /^#?([0-9a-f]{6})$/i.exec(s);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(s);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  throw excelError("InvalidArgument", location, `not a color: ${v}`);
}

const rt = (t: AnyTarget): RangeTarget => t as RangeTarget;

/** A format property stored per cell under `key`; reads give the common value or null when cells differ. */
export function formatProp(key: string, location: string, convert?: (v: unknown) => unknown): PropDef {
  return {
    get: (t, o) => modelOf(o).sheet(rt(t).sheetId).commonFormat(rt(t).rect, key),
    set: (t, v, o) =>
      modelOf(o)
        .sheet(rt(t).sheetId, location)
        .setFormat(rt(t).rect, key, convert ? convert(v) : v),
  };
}

const bool = (location: string) => (v: unknown) => {
  if (typeof v !== "boolean") throw excelError("InvalidArgument", location, "expected true or false");
  return v;
};
const oneOf = (location: string, allowed: string[]) => (v: unknown) => {
  if (typeof v !== "string" || !allowed.includes(v))
    throw excelError("InvalidArgument", location, `expected one of ${allowed.join(", ")}`);
  return v;
};

export class RangeFill extends ClientObject {
  static override typeName = "RangeFill";
  static override props: Record<string, PropDef> = {
    color: formatProp("fill.color", "RangeFill.color", (v) => normalizeColor(v, "RangeFill.color")),
    pattern: formatProp("fill.pattern", "RangeFill.pattern"),
  };
  clear(): void {
    this._call("Clear", [], (t: RangeTarget) => {
      const s = modelOf(this).sheet(t.sheetId);
      s.setFormat(t.rect, "fill.color", undefined);
      s.setFormat(t.rect, "fill.pattern", undefined);
    });
  }
}
defineProps(RangeFill);

export class RangeFont extends ClientObject {
  static override typeName = "RangeFont";
  static override props: Record<string, PropDef> = {
    bold: formatProp("font.bold", "RangeFont.bold", bool("RangeFont.bold")),
    italic: formatProp("font.italic", "RangeFont.italic", bool("RangeFont.italic")),
    strikethrough: formatProp("font.strikethrough", "RangeFont.strikethrough", bool("RangeFont.strikethrough")),
    color: formatProp("font.color", "RangeFont.color", (v) => normalizeColor(v, "RangeFont.color")),
    name: formatProp("font.name", "RangeFont.name"),
    size: formatProp("font.size", "RangeFont.size"),
    underline: formatProp("font.underline", "RangeFont.underline"),
  };
}
defineProps(RangeFont);

export class FormatProtection extends ClientObject {
  static override typeName = "FormatProtection";
  static override props: Record<string, PropDef> = {
    locked: formatProp("protection.locked", "FormatProtection.locked", bool("FormatProtection.locked")),
    formulaHidden: formatProp(
      "protection.formulaHidden",
      "FormatProtection.formulaHidden",
      bool("FormatProtection.formulaHidden"),
    ),
  };
}
defineProps(FormatProtection);

const BORDERS = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export class RangeBorder extends ClientObject {
  static override typeName = "RangeBorder";
  static override props: Record<string, PropDef> = {
    sideIndex: { get: (t) => (t as { side: string }).side },
    style: { get: (t, o) => borderGet(t, o, "style", "None"), set: (t, v, o) => borderSet(t, o, "style", v) },
    color: {
      get: (t, o) => borderGet(t, o, "color", "#000000"),
      set: (t, v, o) => borderSet(t, o, "color", normalizeColor(v, "RangeBorder.color")),
    },
    weight: { get: (t, o) => borderGet(t, o, "weight", "Thin"), set: (t, v, o) => borderSet(t, o, "weight", v) },
  };
}
defineProps(RangeBorder);

type BorderTarget = RangeTarget & { side: string };
function borderGet(t: AnyTarget, o: ClientObject, prop: string, dflt: unknown): unknown {
  const b = t as BorderTarget;
  const v = modelOf(o).sheet(b.sheetId).commonFormat(b.rect, `borders.${b.side}.${prop}`);
  return v ?? dflt;
}
function borderSet(t: AnyTarget, o: ClientObject, prop: string, v: unknown): void {
  const b = t as BorderTarget;
  modelOf(o).sheet(b.sheetId).setFormat(b.rect, `borders.${b.side}.${prop}`, v);
}

export class RangeBorderCollection extends ClientObject {
  static override typeName = "RangeBorderCollection";
  static override props: Record<string, PropDef> = { count: { get: () => BORDERS.length } };
  static get collection() {
    return { item: RangeBorder, items: (t: AnyTarget) => BORDERS.map((side) => ({ ...(t as RangeTarget), side })) };
  }
  getItem(index: string): RangeBorder {
    return new RangeBorder(this.context, this, { name: "GetItem", args: [index] }, (t: RangeTarget) => {
      if (!BORDERS.includes(index))
        throw excelError("InvalidArgument", "RangeBorderCollection.getItem", `no border ${index}`);
      return { ...t, side: index };
    });
  }
}
defineProps(RangeBorderCollection);

export class RangeFormat extends ClientObject {
  static override typeName = "RangeFormat";
  static override navs = ["fill", "font", "borders", "protection"] as const;
  static override props: Record<string, PropDef> = {
    wrapText: formatProp("wrapText", "RangeFormat.wrapText", bool("RangeFormat.wrapText")),
    horizontalAlignment: formatProp(
      "horizontalAlignment",
      "RangeFormat.horizontalAlignment",
      oneOf("RangeFormat.horizontalAlignment", [
        "General",
        "Left",
        "Center",
        "Right",
        "Fill",
        "Justify",
        "CenterAcrossSelection",
        "Distributed",
      ]),
    ),
    verticalAlignment: formatProp(
      "verticalAlignment",
      "RangeFormat.verticalAlignment",
      oneOf("RangeFormat.verticalAlignment", ["Top", "Center", "Bottom", "Justify", "Distributed"]),
    ),
    indentLevel: formatProp("indentLevel", "RangeFormat.indentLevel"),
    columnWidth: {
      get: (t, o) => {
        const s = modelOf(o).sheet(rt(t).sheetId);
        const r = rt(t).rect;
        const w = s.columnWidth(r.col);
        for (let c = r.col + 1; c <= Math.min(lastCol(r), r.col + 2000); c++) if (s.columnWidth(c) !== w) return null;
        return w;
      },
      set: (t, v, o) => {
        if (typeof v !== "number" || v < 0)
          throw excelError("InvalidArgument", "RangeFormat.columnWidth", "a width in points ≥ 0");
        const s = modelOf(o).sheet(rt(t).sheetId);
        for (let c = rt(t).rect.col; c <= lastCol(rt(t).rect); c++) s.colWidths[c] = v;
      },
    },
    rowHeight: {
      get: (t, o) => {
        const s = modelOf(o).sheet(rt(t).sheetId);
        const r = rt(t).rect;
        const h = s.rowHeight(r.row);
        for (let i = r.row + 1; i <= Math.min(lastRow(r), r.row + 100000); i++) if (s.rowHeight(i) !== h) return null;
        return h;
      },
      set: (t, v, o) => {
        if (typeof v !== "number" || v < 0)
          throw excelError("InvalidArgument", "RangeFormat.rowHeight", "a height in points ≥ 0");
        const s = modelOf(o).sheet(rt(t).sheetId);
        const r = rt(t).rect;
        if (r.rows >= MAX_ROWS)
          throw excelError(
            "InvalidArgument",
            "RangeFormat.rowHeight",
            "the double does not set heights of whole columns",
          );
        for (let i = r.row; i <= lastRow(r); i++) s.rowHeights[i] = v;
      },
    },
  };

  get fill(): RangeFill {
    return this._nav("fill", () => new RangeFill(this.context, this, { name: "Fill" }, (t) => t));
  }
  get font(): RangeFont {
    return this._nav("font", () => new RangeFont(this.context, this, { name: "Font" }, (t) => t));
  }
  get borders(): RangeBorderCollection {
    return this._nav("borders", () => new RangeBorderCollection(this.context, this, { name: "Borders" }, (t) => t));
  }
  get protection(): FormatProtection {
    return this._nav("protection", () => new FormatProtection(this.context, this, { name: "Protection" }, (t) => t));
  }

  /** Widths from the longest text in each column of the range (CJK characters count double), as Excel roughly does. */
  autofitColumns(): void {
    this._call("AutofitColumns", [], (t: RangeTarget) => {
      const wb = modelOf(this);
      const s = wb.sheet(t.sheetId);
      const used = wb.usedRange(t.sheetId, true);
      if (!used) return;
      const rowStart = Math.max(t.rect.row, used.row);
      const rowEnd = Math.min(lastRow(t.rect), lastRow(used));
      const colEnd = Math.min(lastCol(t.rect), lastCol(used));
      if (rowEnd < rowStart) return;
      for (let c = Math.max(t.rect.col, used.col); c <= colEnd; c++) {
        const texts = wb.text(t.sheetId, { row: rowStart, col: c, rows: rowEnd - rowStart + 1, cols: 1 });
        let units = 0;
        for (const [txt] of texts) {
          let u = 0;
          for (const ch of txt) u += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
          units = Math.max(units, u);
        }
        if (units > 0) s.colWidths[c] = Math.round((units * 5.6 + 5.3) * 4) / 4;
      }
    });
  }
  autofitRows(): void {
    this._call("AutofitRows", [], () => undefined);
  }
}
defineProps(RangeFormat);
