/** Excel.RangeAreas: rectangles on one sheet (what getSpecialCells finds). */
import { qualifiedAddress } from "../address";
import type { Rect } from "../model/rect";
import { ClientObject, defineProps, type AnyTarget, type PropDef } from "./client-object";
import { modelOf } from "./util";

export interface AreasTarget {
  sheetId: number;
  rects: Rect[];
}

const at = (t: AnyTarget): AreasTarget => t as AreasTarget;

export class RangeAreas extends ClientObject {
  static override typeName = "RangeAreas";
  static override props: Record<string, PropDef> = {
    /** As Excel writes it: each area with its sheet, separated by ", " ("Sheet1!A1:B4, Sheet1!D1:D4"). */
    address: {
      get: (t, o) => {
        const name = modelOf(o).sheet(at(t).sheetId).name;
        return at(t)
          .rects.map((r) => qualifiedAddress(name, r))
          .join(", ");
      },
    },
    areaCount: { get: (t) => at(t).rects.length },
    cellCount: { get: (t) => at(t).rects.reduce((n, r) => n + r.rows * r.cols, 0) },
  };
}
defineProps(RangeAreas);
