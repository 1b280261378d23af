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

export function createExcelProbe(): Probe {
  const read = (sheet: string, address: string, property: "values" | "formulas") =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load(property);
      await context.sync();
      return range[property] as unknown[][];
    });
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
