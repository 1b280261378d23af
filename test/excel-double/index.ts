/**
 * An in-memory Excel for tests and the browser preview: the Office JS API
 * (Excel.run, context.sync, load, proxies) over a workbook whose formulas
 * HyperFormula calculates. See README.md in this folder.
 *
 *   const double = createExcelDouble({ sheets: ["Sheet1"] });
 *   double.registerCustomFunctions("PLAN", { DEVIATION: (a, t) => … });
 *   const uninstall = installExcelDouble(double);   // globalThis.Excel / Office / OfficeExtension
 *   await Excel.run(async (context) => { … });
 *   double.workbookState.getValue("Sheet1", "A1"); double.stats.syncs;
 */
import type { ConfigParams } from "hyperformula";
import { Workbook } from "./api/workbook";
import { RequestContext, createSession, makeRun, type DoubleRuntime } from "./api/context";
import { ENUMS } from "./api/enums";
import { Range } from "./api/range";
import { Worksheet, WorksheetCollection } from "./api/worksheet";
import { Table, TableCollection, TableColumn, TableRow } from "./api/tables";
import { NamedItem, NamedItemCollection } from "./api/names";
import { ClientObject, ClientResult } from "./api/client-object";
import type { BlankCellsAs, CustomFunction, ErrorRecognizer } from "./custom-functions";
import { OfficeExtensionError } from "./errors";
import { WorkbookModel } from "./model/workbook-model";
import { createOffice, OfficeExtension, type OfficeOptions } from "./office";
import { createWorkbookState, type WorkbookState } from "./state";
import { createStats, type DoubleStats } from "./stats";

export interface ExcelDoubleOptions extends OfficeOptions {
  /** Worksheets the workbook starts with (default ["Sheet1"]). */
  sheets?: string[];
  /** Excel on the web rejects a request over 5 MB (default 5_000_000); Infinity for no limit. */
  payloadLimitBytes?: number;
  /** Response payload limit (default: none; Excel on the web: 5 MB). */
  responseLimitBytes?: number;
  /** Blank cells reach custom functions as null (Excel on the web, default) or as 0 (Excel desktop, office-js #4702). */
  customFunctionBlanks?: BlankCellsAs;
  /**
   * Excel's AutoCorrect option "Fill formulas in tables to create calculated
   * columns" (on by default): a write into a table column of one formula and
   * null or "" cells fills the formula into those cells too (office-js #1916).
   */
  fillTableFormulas?: boolean;
  /** Extra HyperFormula configuration. */
  hyperformulaConfig?: Partial<ConfigParams>;
}

export interface ExcelDouble {
  /** The Excel namespace: run, RequestContext, enums (typed as the real one; only the modelled subset exists). */
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  workbookState: WorkbookState;
  stats: DoubleStats;
  /**
   * Registers custom functions callable as NAMESPACE.NAME(…) in formulas.
   * Arguments arrive as matrices ([[v]] for a cell or literal, blank → null,
   * omitted → null); a 2-D result spills; `isError` recognises error results
   * ({ code: "#DIV/0!", message }); a thrown exception gives #VALUE!.
   */
  registerCustomFunctions(namespace: string, fns: Record<string, CustomFunction>, isError?: ErrorRecognizer): string[];
}

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const model = new WorkbookModel({ sheets: options.sheets, hyperformulaConfig: options.hyperformulaConfig });
  model.engine.customs.blankCells = options.customFunctionBlanks ?? "null";
  model.tables.fillFormulas = options.fillTableFormulas ?? true;
  const stats = createStats();
  const failures: unknown[] = [];
  const session = createSession();
  const runtime: DoubleRuntime = {
    session,
    model,
    stats,
    payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
    responseLimitBytes: options.responseLimitBytes ?? Infinity,
    failures,
    makeWorkbook: (ctx) => new Workbook(ctx, null, { name: "Workbook" }, null, { target: {} }),
  };
  class DoubleRequestContext extends RequestContext {
    constructor(_url?: string) {
      super(runtime);
    }
  }
  const ExcelNs = {
    run: makeRun(runtime),
    RequestContext: DoubleRequestContext,
    ClientObject,
    ClientResult,
    Workbook,
    Worksheet,
    WorksheetCollection,
    Range,
    Table,
    TableCollection,
    TableColumn,
    TableRow,
    NamedItem,
    NamedItemCollection,
    ...ENUMS,
  };
  return {
    Excel: ExcelNs as unknown as typeof Excel,
    Office: createOffice(options) as unknown as typeof Office,
    OfficeExtension,
    workbookState: createWorkbookState(model, failures, session),
    stats,
    registerCustomFunctions: (namespace, fns, isError) => model.engine.registerFunctions(namespace, fns, isError),
  };
}

const GLOBALS = ["Excel", "Office", "OfficeExtension"] as const;

/** Sets globalThis.Excel, Office and OfficeExtension to the double's; returns a function that restores the previous ones. */
export function installExcelDouble(double: ExcelDouble): () => void {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = GLOBALS.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
  g.Excel = double.Excel;
  g.Office = double.Office;
  g.OfficeExtension = double.OfficeExtension;
  return () => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(g, k, d);
      else delete g[k];
    }
  };
}

export { OfficeExtensionError, type DoubleStats, type WorkbookState, type CustomFunction, type ErrorRecognizer };
export { utf8Length } from "./stats";
