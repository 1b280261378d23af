/**
 * Each case starts from a workbook without plan sheets. Between cases the test
 * page deletes every sheet and workbook name it finds, so it refuses to start in
 * a workbook that holds anything: it must never destroy a person's data.
 */
export async function workbookIsBlank(): Promise<boolean> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const names = context.workbook.names;
    names.load("items/name");
    await context.sync();
    const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true));
    await context.sync();
    return names.items.length === 0 && used.every((r) => r.isNullObject);
  });
}

let resets = 0;

/** Replaces every sheet with one blank sheet and deletes the workbook's names. */
export async function resetWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const names = context.workbook.names;
    names.load("items/name");
    await context.sync();
    // A workbook keeps at least one sheet: add the fresh one before deleting the rest.
    const fresh = sheets.add(`CaseSheet${++resets}`);
    fresh.activate();
    for (const n of names.items) n.delete();
    for (const ws of sheets.items) ws.delete();
    await context.sync();
  });
}
