/**
 * Excel custom functions (=PLAN.DEVIATION(H2,G2)) as a HyperFormula function
 * plugin. Calling convention as Excel's for parameters typed any[][]: every
 * argument is a matrix of cell values ([[v]] for a single cell or a literal,
 * blank cells null — or 0, as Excel desktop can pass them (office-js #4702), with
 * `blankCells = "zero"`); an omitted argument is null. The result is a matrix: 1×1 is
 * the cell's value, larger spills into the cells below/right like a dynamic
 * array. An error object (recognised by `isError`) becomes that Excel error; a
 * thrown exception becomes #VALUE!. An error in an argument (#DIV/0! in a cell
 * the function reads) is the result without calling the function.
 *
 * Spilling: HyperFormula sizes an array formula when it parses it, so the plugin
 * tells HyperFormula the size the function returned last time (`spillSize`) and
 * the engine re-enters a formula whose result changed size (see
 * FormulaEngine.reconcileSpills).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
} from "hyperformula";
import type { SimpleCellAddress } from "hyperformula";

/** The parts of HyperFormula's ProcedureAst and InterpreterState the plugin reads. */
interface ProcedureAst {
  args: { type: string }[];
}
interface InterpreterState {
  formulaAddress: SimpleCellAddress;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunction = (...args: any[]) => unknown;
/** Tells whether a returned value is an error, and which: code "#DIV/0!" (or "divisionByZero"), message. */
export type ErrorRecognizer = (value: unknown) => { code: string; message?: string } | undefined;

interface Entry {
  id: string;
  fn: CustomFunction;
  isError: ErrorRecognizer;
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  "#NULL!": ErrorType.ERROR,
  "#SPILL!": ErrorType.SPILL,
  divisionByZero: ErrorType.DIV_BY_ZERO,
  invalidValue: ErrorType.VALUE,
  notAvailable: ErrorType.NA,
  invalidNumber: ErrorType.NUM,
  invalidName: ErrorType.NAME,
  invalidReference: ErrorType.REF,
  nullReference: ErrorType.ERROR,
};

/** Default recognizer: `CustomFunctions.Error`-like objects, { code: "#DIV/0!" | "divisionByZero" …, message? }. */
export const defaultIsError: ErrorRecognizer = (v) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const code = (v as { code?: unknown }).code;
  if (typeof code === "string" && code in ERROR_TYPES) return { code, message: (v as { message?: string }).message };
  return undefined;
};

export const addressKey = (a: SimpleCellAddress): string => `${a.sheet}:${a.row}:${a.col}`;

interface Size {
  w: number;
  h: number;
}

type Internal = unknown;

/** Raw JS value of a HyperFormula internal scalar (RichNumber → number, EmptyValue → null). */
function raw(v: Internal): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (typeof v === "object" && v !== null && !(v instanceof CellError) && "val" in (v as object))
    return (v as { val: unknown }).val;
  return v;
}

/** How a blank cell reaches a custom function: null (Excel on the web) or 0 (Excel desktop, office-js #4702). */
export type BlankCellsAs = "null" | "zero";

export class CustomFunctionHost {
  /** Set by the double's options; the web's null unless a test asks for desktop's 0. */
  blankCells: BlankCellsAs = "null";
  private readonly entries = new Map<string, Entry>();
  /** Result size per formula cell, as last evaluated. */
  readonly evaluated = new Map<string, Size>();
  /** Size announced to HyperFormula when the formula was (re)parsed. */
  readonly announced = new Map<string, Size>();
  /** Cells where a multi-cell result must not spill (Excel tables): set by the workbook model. */
  noSpillAt: (a: SimpleCellAddress) => boolean = () => false;
  private version = 0;

  register(
    namespace: string,
    fns: Record<string, CustomFunction>,
    isError: ErrorRecognizer = defaultIsError,
  ): string[] {
    const ids: string[] = [];
    for (const [name, fn] of Object.entries(fns)) {
      const id = `${namespace}.${name}`.toUpperCase();
      if (!/^[A-Z][A-Z0-9_.]*$/.test(id)) throw new Error(`Custom function name ${id} is not a valid formula name`);
      this.entries.set(id, { id, fn, isError });
      ids.push(id);
    }
    this.version++;
    return ids;
  }

  get size(): number {
    return this.entries.size;
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** A fresh plugin class for the current registrations (HyperFormula keeps plugins per engine configuration). */
  pluginClass(): typeof FunctionPlugin {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const host = this;
    const implemented: Record<string, object> = {};
    class ExcelCustomFunctions extends FunctionPlugin {}
    (ExcelCustomFunctions as unknown as { implementedFunctions: object }).implementedFunctions = implemented;
    const proto = ExcelCustomFunctions.prototype as unknown as Record<string, unknown>;
    let n = 0;
    for (const entry of this.entries.values()) {
      const method = `fn${n}`;
      const sizeMethod = `size${n}`;
      n++;
      implemented[entry.id] = {
        method,
        sizeOfResultArrayMethod: sizeMethod,
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      };
      proto[method] = function (this: PluginInternals, ast: ProcedureAst, state: InterpreterState) {
        return host.evaluate(this, entry, ast, state);
      };
      proto[sizeMethod] = function (_ast: ProcedureAst, state: InterpreterState) {
        const key = addressKey(state.formulaAddress);
        const s = host.evaluated.get(key);
        const size = s && !host.noSpillAt(state.formulaAddress) ? s : { w: 1, h: 1 };
        host.announced.set(key, size);
        return size.w === 1 && size.h === 1 ? ArraySize.scalar() : new ArraySize(size.w, size.h);
      };
    }
    return ExcelCustomFunctions;
  }

  private evaluate(plugin: PluginInternals, entry: Entry, ast: ProcedureAst, state: InterpreterState): unknown {
    const key = addressKey(state.formulaAddress);
    const metadata = plugin.metadata(entry.id);
    const blank = this.blankCells === "zero" ? 0 : null;
    const cell = (v: Internal): unknown => (v === EmptyValue || v === undefined ? blank : raw(v));
    const run = (...args: Internal[]): unknown => {
      const jsArgs: unknown[] = [];
      for (let i = 0; i < ast.args.length; i++) {
        const a = args[i];
        if (a instanceof CellError) return a;
        if (a instanceof SimpleRangeValue) {
          const data = a.rawData();
          const rows: unknown[][] = [];
          for (const row of data) {
            const out: unknown[] = [];
            for (const v of row) {
              if (v instanceof CellError) return v;
              out.push(cell(v));
            }
            rows.push(out);
          }
          jsArgs.push(rows);
        } else if (a === undefined || a === EmptyValue) {
          // omitted (f(a,,c) or a trailing optional) → null; a blank cell → [[null]]
          jsArgs.push(ast.args[i]?.type === "EMPTY" || a === undefined ? null : [[blank]]);
        } else jsArgs.push([[raw(a)]]);
      }
      while (jsArgs.length < entry.fn.length) jsArgs.push(null);
      let result: unknown;
      try {
        result = entry.fn(...jsArgs);
      } catch (e) {
        this.evaluated.set(key, { w: 1, h: 1 });
        return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
      }
      return this.toHf(result, entry.isError, key, state, plugin);
    };
    return plugin.runFunction(ast.args, state, metadata, run);
  }

  private toScalar(v: unknown, isError: ErrorRecognizer): Internal {
    if (v === null || v === undefined) return EmptyValue;
    const err = isError(v);
    if (err) return new CellError(ERROR_TYPES[err.code] ?? ErrorType.VALUE, err.message);
    if (typeof v === "number") return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
    if (typeof v === "string" || typeof v === "boolean") return v;
    if (v instanceof Date) return new CellError(ErrorType.VALUE, "Date objects are not cell values");
    return new CellError(ErrorType.VALUE, `not a cell value: ${String(v)}`);
  }

  private toHf(
    result: unknown,
    isError: ErrorRecognizer,
    key: string,
    state: InterpreterState,
    plugin: PluginInternals,
  ): unknown {
    if (!Array.isArray(result)) {
      this.evaluated.set(key, { w: 1, h: 1 });
      return this.toScalar(result, isError);
    }
    const h = result.length;
    const w = h > 0 && Array.isArray(result[0]) ? (result[0] as unknown[]).length : 0;
    if (h === 0 || w === 0 || result.some((row) => !Array.isArray(row) || row.length !== w)) {
      this.evaluated.set(key, { w: 1, h: 1 });
      return new CellError(ErrorType.VALUE, "custom function result is not a rectangular 2-D array");
    }
    if (w === 1 && h === 1) {
      this.evaluated.set(key, { w: 1, h: 1 });
      return this.toScalar(result[0][0], isError);
    }
    if (this.noSpillAt(state.formulaAddress)) {
      this.evaluated.set(key, { w: 1, h: 1 });
      return new CellError(ErrorType.SPILL, "Spilled array formulas are not supported in tables");
    }
    this.evaluated.set(key, { w, h });
    // Fit what HyperFormula reserved for this cell; a different size is fixed by re-entering the formula.
    const vertex = plugin.dependencyGraph.getCell(state.formulaAddress) as
      { width?: number; height?: number; getArrayCellValue?: unknown } | undefined;
    const isArray = vertex !== undefined && typeof vertex.getArrayCellValue === "function";
    const vw = isArray ? (vertex.width ?? 1) : 1;
    const vh = isArray ? (vertex.height ?? 1) : 1;
    if (vw === 1 && vh === 1) return this.toScalar(result[0][0], isError);
    const rows: Internal[][] = [];
    for (let r = 0; r < vh; r++) {
      const row: Internal[] = [];
      for (let c = 0; c < vw; c++)
        row.push(r < h && c < w ? this.toScalar((result[r] as unknown[])[c], isError) : EmptyValue);
      rows.push(row);
    }
    return SimpleRangeValue.onlyValues(rows as never);
  }
}

/** The protected members of FunctionPlugin the host calls. */
interface PluginInternals {
  metadata(name: string): never;
  runFunction(args: unknown[], state: InterpreterState, metadata: never, fn: (...args: Internal[]) => unknown): unknown;
  dependencyGraph: { getCell(a: SimpleCellAddress): unknown };
}
