/**
 * Reading cells back, and typing into them as a person would, through
 * Excel.run: the same code works in real Excel and in the Office JS double,
 * so a case sees the workbook the same way in both.
 */
export interface SheetSnapshot {
  name: string;
  address: string;
  formulas: unknown[][];
}

export interface Probe {
  values(sheet: string, address: string): Promise<unknown[][]>;
  formulas(sheet: string, address: string): Promise<unknown[][]>;
  /** Types values (numbers, text) into cells, as a person editing the sheet. */
  type(sheet: string, address: string, values: (string | number)[][]): Promise<void>;
  /** Every worksheet's used range as formulas (values where no formula). */
  snapshot(): Promise<SheetSnapshot[]>;
}

export interface ProbeOptions {
  /** Real Excel shows #BUSY! while custom functions calculate: read again after this long … */
  busyWaitMs?: number;
  /** … this many times at most, then return what is there (the case then fails on it). */
  busyRetries?: number;
}

const isBusy = (rows: unknown[][]) => rows.some((row) => row.some((v) => v === "#BUSY!"));

export function createExcelProbe({ busyWaitMs = 250, busyRetries = 40 }: ProbeOptions = {}): Probe {
  const readOnce = (sheet: string, address: string, property: "values" | "formulas") =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load(property);
      await context.sync();
      return range[property] as unknown[][];
    });
  const read = async (sheet: string, address: string, property: "values" | "formulas") => {
    let rows = await readOnce(sheet, address, property);
    for (let i = 0; i < busyRetries && property === "values" && isBusy(rows); i++) {
      await new Promise((resolve) => setTimeout(resolve, busyWaitMs));
      rows = await readOnce(sheet, address, property);
    }
    return rows;
  };
  return {
    values: (sheet, address) => read(sheet, address, "values"),
    formulas: (sheet, address) => read(sheet, address, "formulas"),
    type: (sheet, address, values) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
        await context.sync();
      }),
    snapshot: () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const used = sheets.items.map((ws) => {
          const range = ws.getUsedRangeOrNullObject(true);
          range.load("address,formulas");
          return { name: ws.name, range };
        });
        await context.sync();
        return used.map(({ name, range }) =>
          range.isNullObject
            ? { name, address: "", formulas: [] }
            : { name, address: range.address, formulas: range.formulas },
        );
      }),
  };
}
