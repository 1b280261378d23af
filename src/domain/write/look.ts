/**
 * How a plan table looks, as data every host applies the same way (Office JS in
 * the add-in, ExcelJS for .xlsx files): colours, widths, number formats,
 * drop-down entries and the texts a status or approval column highlights.
 */
import type { Lang, Localized } from "../language";
import { APPROVAL_LABELS, STATUS_LABELS } from "../labels";
import { NUMBER_FORMATS, type ColumnDef } from "../schema/column";

/** Computed cells: grey and italic, so nobody mistakes them for input. */
export const COMPUTED_FILL = "#F2F2F2";
export const COMPUTED_FONT = "#595959";
export const RED = { font: "#9C0006", fill: "#FFC7CE" };
export const AMBER = { font: "#9C5700", fill: "#FFEB9C" };
export const TABLE_STYLE = "TableStyleMedium2";
/** Header row of the settings sheet. */
export const HEADER_FILL = "#D9E1F2";

export type Highlight = { text: string; color: { font: string; fill: string } };

/** Excel column width in points for a width in characters (CJK headers need a little more). */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 7.5 + 6);
}

/** A column's number format, the same for every body cell. */
export function numberFormatOf(def: ColumnDef): string {
  // "@" is for the columns people type into: Excel keeps a formula written into
  // a text-formatted cell as text, so computed text columns (status, approval,
  // effect) stay General.
  if (def.type === "computed" && def.format === "text") return NUMBER_FORMATS.general;
  return NUMBER_FORMATS[def.format];
}

/** The drop-down entries of a list column in the sheet's language. */
export function listSource(def: ColumnDef, lang: Lang): string | undefined {
  if (!def.list || def.list.length === 0) return undefined;
  return def.list.map((i) => i.label[lang]).join(",");
}

/**
 * What a drop-down says to a typed entry that is not in its list. Warning style:
 * a typed alias (English word in a Chinese sheet, ">=") is allowed, the reader understands it.
 */
export const DROPDOWN_ALERT: { title: Localized; message: Localized } = {
  title: { "zh-CN": "不在列表中", "en-US": "Not in the list" },
  message: { "zh-CN": "请从下拉列表中选择。", "en-US": "Please pick an entry from the drop-down list." },
};

/** Which highlight each text of a computed column gets; both languages, since PLAN.* follows Excel's display language. */
export function highlightsOf(def: ColumnDef): Highlight[] {
  const both = (l: Record<Lang, string>) => [l["zh-CN"], l["en-US"]];
  switch (def.computed?.kind) {
    case "status":
      return [
        ...both(STATUS_LABELS.alert).map((text) => ({ text, color: RED })),
        ...both(STATUS_LABELS.warning).map((text) => ({ text, color: AMBER })),
      ];
    case "approval":
      return [
        ...both(APPROVAL_LABELS.gm).map((text) => ({ text, color: RED })),
        ...both(APPROVAL_LABELS.lead).map((text) => ({ text, color: AMBER })),
      ];
    default:
      return [];
  }
}
