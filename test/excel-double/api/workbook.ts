/** Excel.Workbook and Excel.Application. */
import { ClientObject, defineProps, type PropDef } from "./client-object";
import { NamedItemCollection } from "./names";
import { rangeProxy, type Range } from "./range";
import { TableCollection } from "./tables";
import { modelOf } from "./util";
import { WorksheetCollection } from "./worksheet";
import { excelError } from "../errors";

export class Application extends ClientObject {
  static override typeName = "Application";
  static override props: Record<string, PropDef> = {
    calculationMode: {
      get: (_t, o) => modelOf(o).calculationMode,
      set: (_t, v, o) => {
        if (v !== "Automatic" && v !== "AutomaticExceptTables" && v !== "Manual")
          throw excelError("InvalidArgument", "Application.calculationMode", String(v));
        modelOf(o).calculationMode = v;
      },
    },
    calculationEngineVersion: { get: () => 0 },
  };
  /** HyperFormula keeps every formula calculated: nothing to do. */
  calculate(calculationType?: string): void {
    this._call("Calculate", [calculationType], () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("SuspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("SuspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}
defineProps(Application);

export class Workbook extends ClientObject {
  static override typeName = "Workbook";
  static override navs = ["worksheets", "tables", "names", "application"] as const;
  static override props: Record<string, PropDef> = {
    name: { get: () => "Book1.xlsx" },
    readOnly: { get: () => false },
  };

  get worksheets(): WorksheetCollection {
    return this._nav("worksheets", () => new WorksheetCollection(this.context, this, { name: "Worksheets" }, (t) => t));
  }
  get tables(): TableCollection {
    return this._nav(
      "tables",
      () => new TableCollection(this.context, this, { name: "Tables" }, () => ({ scope: undefined })),
    );
  }
  get names(): NamedItemCollection {
    return this._nav(
      "names",
      () => new NamedItemCollection(this.context, this, { name: "Names" }, () => ({ scope: undefined })),
    );
  }
  get application(): Application {
    return this._nav("application", () => new Application(this.context, this, { name: "Application" }, (t) => t));
  }
  getSelectedRange(): Range {
    return rangeProxy(this.context, this, { name: "GetSelectedRange" }, () => ({ ...modelOf(this).selection }));
  }
  getActiveCell(): Range {
    return rangeProxy(this.context, this, { name: "GetActiveCell" }, () => {
      const s = modelOf(this).selection;
      return { sheetId: s.sheetId, rect: { row: s.rect.row, col: s.rect.col, rows: 1, cols: 1 } };
    });
  }
}
defineProps(Workbook);
