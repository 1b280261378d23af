/**
 * @jest-environment jsdom
 *
 * The Functions tab: every PLAN function of the catalog is listed with its
 * example, Insert writes that example, and a refused insert (cellNotEmpty)
 * names the cell in the pane's language.
 */
import { fireEvent, screen } from "@testing-library/react";
import { PLAN_CATALOG } from "../../src/functions/catalog";
import { WorkbookError } from "../../src/excel/errors";
import { FunctionsFlow } from "../../src/taskpane/app/flows/FunctionsFlow";
import { fakeWorkbook } from "./support/fake-workbook";
import { renderFlow } from "./support/render-flow";

test.each(["zh-CN", "en-US"] as const)("every function of the catalog is listed, with its example (%s)", (lang) => {
  renderFlow(<FunctionsFlow workbook={fakeWorkbook({}).workbook} />, lang);
  const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
  expect(headings).toEqual(PLAN_CATALOG.map((f) => `PLAN.${f.id}`));
  for (const f of PLAN_CATALOG) {
    expect(screen.getByTestId(`insert-${f.id}`)).toBeTruthy();
    expect(screen.getAllByText(f.example).length).toBeGreaterThan(0);
  }
});

test("Insert example writes the function's catalog example and says where", async () => {
  const fake = fakeWorkbook({ insertFormula: async () => "预算分配!H5" });
  const roi = PLAN_CATALOG.find((f) => f.id === "ROI")!;
  renderFlow(<FunctionsFlow workbook={fake.workbook} />, "zh-CN");
  fireEvent.click(screen.getByTestId("insert-ROI"));
  const done = await screen.findByTestId("functions-inserted");
  expect(fake.callsOf("insertFormula")).toEqual([[roi.example]]);
  expect(done.textContent).toBe(`已在 预算分配!H5 插入 ${roi.example}。`);
});

test.each([
  ["zh-CN", "Budget!E2 已有内容，未改写。"],
  ["en-US", "Budget!E2 already holds something and was left as it is."],
] as const)("a cell that is not empty is refused (cellNotEmpty), worded in %s", async (lang, words) => {
  const fake = fakeWorkbook({
    insertFormula: () => Promise.reject(new WorkbookError("cellNotEmpty", { address: "Budget!E2" })),
  });
  renderFlow(<FunctionsFlow workbook={fake.workbook} />, lang);
  fireEvent.click(screen.getByTestId("insert-STATUS"));
  const refused = await screen.findByTestId("functions-cell-not-empty");
  expect(refused.textContent).toContain(words);
  expect(screen.queryByTestId("error-bar")).toBeNull();
  expect(screen.queryByTestId("functions-inserted")).toBeNull();
  expect(fake.callsOf("insertFormula")).toHaveLength(1);
});

test("any other failure shows the error bar, not the not-empty notice", async () => {
  const fake = fakeWorkbook({ insertFormula: () => Promise.reject(new WorkbookError("cellEditMode")) });
  renderFlow(<FunctionsFlow workbook={fake.workbook} />, "en-US");
  fireEvent.click(screen.getByTestId("insert-DEVIATION"));
  expect((await screen.findByTestId("error-bar")).textContent).toContain("Excel is editing a cell");
  expect(screen.queryByTestId("functions-cell-not-empty")).toBeNull();
});
