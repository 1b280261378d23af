/**
 * @jest-environment jsdom
 *
 * The pane against the Excel layer on the Office JS double: a check's
 * findings are data, so switching the pane's language re-words them with zero
 * round trips (it used to re-read the whole workbook: 3–5 syncs, 9 MB at 10,000 rows).
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/app/App";
import { setup, type Harness } from "../excel/harness";

// jsdom has no layout; Fluent's overflow-aware components only need the constructor to exist.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

let h: Harness;
beforeEach(async () => {
  h = setup({ lang: "zh-CN" });
  await h.workbook.create({
    lang: "zh-CN",
    sheets: ["goals", "strategies", "budget", "monitoring", "settings"],
    example: true,
    style: "standard",
  });
  h.state.setCell("预算分配", "F3", 7); // a typed value over a computed cell: one finding to read
});
afterEach(() => h.uninstall());

test("switching the language re-words the findings without touching the workbook", async () => {
  render(<App workbook={h.workbook} initialLang="zh-CN" initialFlow="check" />);
  fireEvent.click(await screen.findByTestId("check-run"));
  const typed = await waitFor(() => {
    const el = screen.getAllByTestId("finding").find((f) => f.getAttribute("data-code") === "computedValueTyped");
    if (!el) throw new Error("no computedValueTyped finding yet");
    return el;
  });
  expect(typed.textContent).toContain("应为公式");

  const before = { syncs: h.stats.syncs, roundTrips: h.stats.roundTrips, runs: h.stats.runs };
  await act(async () => {
    fireEvent.change(screen.getByTestId("language-switch"), { target: { value: "en-US" } });
  });
  const panel = screen.getByTestId("panel-check");
  const reworded = within(panel)
    .getAllByTestId("finding")
    .find((f) => f.getAttribute("data-code") === "computedValueTyped")!;
  expect(reworded.textContent).toContain("should be a formula");
  expect(reworded.textContent).not.toContain("应为公式");
  expect({ syncs: h.stats.syncs, roundTrips: h.stats.roundTrips, runs: h.stats.runs }).toEqual(before);
});

test("an Excel-layer error shows in the pane's language (no monitoring table)", async () => {
  h.state.deleteSheet("效果监控");
  render(<App workbook={h.workbook} initialLang="zh-CN" initialFlow="weekly" />);
  fireEvent.click(await screen.findByTestId("weekly-run"));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain("没有效果监控表");
  expect(bar.textContent).not.toMatch(/PlanMonitoring|workbook/i);
});
