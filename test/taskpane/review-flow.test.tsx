/**
 * @jest-environment jsdom
 *
 * The Review tab: one refreshReview in the pane's language, the sheets it
 * wrote and the headline figures shown, a figure that cannot be computed shown
 * as "—" (never 0), and a failure worded in the pane's language.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import type { ReviewReport } from "../../src/excel/contract";
import { WorkbookError } from "../../src/excel/errors";
import { ReviewFlow } from "../../src/taskpane/app/flows/ReviewFlow";
import { fakeWorkbook } from "./support/fake-workbook";
import { renderFlow } from "./support/render-flow";

function report(overrides: Partial<ReviewReport["review"]["plan"]> = {}): ReviewReport {
  return {
    review: {
      plan: {
        budget: 100,
        actual: 80,
        executionRate: 0.8,
        revenue: 288,
        roi: 3.6,
        contingencyShare: 0.05,
        ...overrides,
      },
      goals: [
        {
          id: "G1",
          metric: "Click-through rate",
          direction: "≥",
          target: 0.02,
          actual: 0.015,
          period: "2026-01",
          completion: 0.75,
          status: "alert",
          row: 1,
        },
      ],
      strategies: [
        {
          id: "S1",
          action: "Search ads",
          cost: 50,
          spend: 40,
          revenue: 40,
          roi: 1,
          belowMinRoi: true,
          contribution: 0.25,
          row: 1,
        },
      ],
      categories: [],
      lines: [],
      metrics: [],
    },
    reviewSheet: "Review",
    dashboardSheet: "Dashboard",
    charts: 4,
    replacedCharts: 0,
    lessonsAdded: true,
    syncs: 3,
  };
}

test("Create / refresh calls refreshReview once in the pane's language and shows what it wrote", async () => {
  const fake = fakeWorkbook({ refreshReview: async () => report() });
  renderFlow(<ReviewFlow workbook={fake.workbook} />, "en-US");
  fireEvent.click(screen.getByTestId("review-run"));
  const result = await screen.findByTestId("review-result");
  expect(fake.callsOf("refreshReview")).toEqual([["en-US"]]);
  expect(result.textContent).toContain('Updated the "Review" and "Dashboard" sheets (4 charts).');
  expect(result.textContent).toContain("Added a Lessons table");
  const plan = screen.getByTestId("review-plan");
  expect(within(plan).getByTestId("review-roi").textContent).toBe("ROI: 1:3.6");
  expect(plan.textContent).toContain("80%");
  expect(screen.getByText(/^S1: ROI 1:1\.0 · contribution 25%/).textContent).toContain("below the minimum ROI");
  expect(screen.getByText(/Click-through rate/).textContent).toContain("75%");
});

test("a ROI or revenue that cannot be computed is shown as —, never as 0", async () => {
  const fake = fakeWorkbook({ refreshReview: async () => report({ revenue: null, roi: null }) });
  renderFlow(<ReviewFlow workbook={fake.workbook} />, "zh-CN");
  fireEvent.click(screen.getByTestId("review-run"));
  const roi = await screen.findByTestId("review-roi");
  expect(roi.textContent).toMatch(/—$/);
  expect(roi.textContent).not.toMatch(/1:0|0\.0/);
  expect(fake.callsOf("refreshReview")).toEqual([["zh-CN"]]);
});

test.each([
  ["zh-CN", "受保护"],
  ["en-US", "is protected"],
] as const)("a refused refresh is worded in %s", async (lang, words) => {
  const fake = fakeWorkbook({ refreshReview: () => Promise.reject(new WorkbookError("accessDenied")) });
  renderFlow(<ReviewFlow workbook={fake.workbook} />, lang);
  fireEvent.click(screen.getByTestId("review-run"));
  expect((await screen.findByTestId("error-bar")).textContent).toContain(words);
  expect(screen.queryByTestId("review-result")).toBeNull();
});
