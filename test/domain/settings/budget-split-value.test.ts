/**
 * What a PlanBudgetSplit cell holds, as the check and the pane read it: a
 * preset (however spaced or full-width), blank (none, nothing to say), or
 * something else (none, and the pane says the cell holds no preset).
 */
import { isUnknownSplitValue, splitPresetOf } from "../../../src/domain/settings/budget-split";

test.each([
  ["55/15/30", "55/15/30", false],
  [" 40 / 30 / 25 / 5 ", "40/30/25/5", false],
  ["５５／１５／３０", "55/15/30", false],
  ["none", "none", false],
  [null, "none", false],
  [undefined, "none", false],
  ["   ", "none", false],
  ["50/50", "none", true],
  [55, "none", true],
  [true, "none", true],
] as const)("%j reads as %s (unknown: %s)", (value, preset, unknown) => {
  expect(splitPresetOf(value)).toBe(preset);
  expect(isUnknownSplitValue(value)).toBe(unknown);
});
