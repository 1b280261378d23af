import {
  approvalLevel,
  contingencyShareOf,
  deviation,
  effect,
  needsExplanation,
  roi,
  status,
  variance,
  variancePct,
} from "../../../src/domain/calc";

const ok = <T>(value: T) => ({ kind: "ok", value });
const BLANK = { kind: "blank" };
const errorOf = (code: string) => expect.objectContaining({ kind: "error", code });

describe("approval thresholds are exclusive and float-proof", () => {
  test.each([
    [1.0, 1.1, "none"], // (1.1 − 1) / 1 = 0.10000000000000009 in floating point: still exactly 10%
    [1.0, 1.1000001, "lead"],
    [10, 11, "none"],
    [10, 11.000001, "lead"],
    [0.7, 0.77, "none"], // 0.77 / 0.7 − 1 is 0.10000000000000009 too
    [1.0, 1.5, "lead"], // exactly 50%: not above the GM threshold
    [1.0, 1.5000001, "gm"],
    [20, 30, "lead"],
    [20, 30.0001, "gm"],
    [10, 9, "none"], // underspend never needs approval
    [10, 0, "none"],
  ])("budget %p, actual %p → %s", (budget, actual, level) => {
    expect(approvalLevel(actual, budget)).toEqual(ok(level));
  });

  test("custom thresholds move the lines", () => {
    expect(approvalLevel(1.05, 1, 0.05, 0.2)).toEqual(ok("none"));
    expect(approvalLevel(1.0500001, 1, 0.05, 0.2)).toEqual(ok("lead"));
    expect(approvalLevel(1.2000001, 1, 0.05, 0.2)).toEqual(ok("gm"));
  });

  test("spend on a line with budget 0 is unbudgeted: the highest level", () => {
    expect(approvalLevel(0.01, 0)).toEqual(ok("gm"));
    expect(approvalLevel(0, 0)).toEqual(ok("none"));
  });

  test("blank actual (nothing spent yet) gives blank, never none or 0", () => {
    expect(approvalLevel("", 10)).toEqual(BLANK);
    expect(approvalLevel(null, 10)).toEqual(BLANK);
    expect(variance(undefined, 10)).toEqual(BLANK);
    expect(variancePct("  ", 10)).toEqual(BLANK);
    expect(effect("", 10)).toEqual(BLANK);
  });
});

describe("explanation needed", () => {
  test.each([
    [10, 11, 0, false], // exactly 10% is not above 10%
    [10, 11.0001, 0, true],
    [10, 8.9999, 0, true], // underspend counts too
    [10, 9, 0, false],
    [10, 12, 2, true], // |variance| 2 is at least the floor 2
    [10, 11.9, 2, false], // 19% but below the materiality floor
    [10, 10, 0, false],
    [0, 1, 0, true], // spend without budget
  ])("budget %p, actual %p, floor %p → %p", (budget, actual, floor, needed) => {
    expect(needsExplanation(actual, budget, 0.1, floor)).toEqual(ok(needed));
  });
});

describe("variance", () => {
  test("positive is overspend, rate over the budget, effect follows", () => {
    expect(variance(12, 10)).toEqual(ok(2));
    expect(variancePct(12, 10)).toEqual(ok(0.2));
    expect(effect(12, 10)).toEqual(ok("unfavourable"));
    expect(effect(8, 10)).toEqual(ok("favourable"));
    expect(effect(10, 10)).toEqual(BLANK);
  });

  test("budget 0: variance is the spend, the rate is #DIV/0!", () => {
    expect(variance(3, 0)).toEqual(ok(3));
    expect(variancePct(3, 0)).toEqual(errorOf("DIV0"));
  });

  test("negative amounts and text are #VALUE!", () => {
    expect(variance(5, -1)).toEqual(errorOf("VALUE"));
    expect(variance(-5, 1)).toEqual(errorOf("VALUE"));
    expect(variance("很多", 10)).toEqual(errorOf("VALUE"));
  });

  test("numbers typed as text are read", () => {
    expect(variance("11", "10")).toEqual(ok(1));
    expect(variance("1,200", "1,000")).toEqual(ok(200));
    expect(variance("１１", 10)).toEqual(ok(1));
  });

  test("contingency share", () => {
    expect(contingencyShareOf(5, 50)).toEqual(ok(0.1));
    expect(contingencyShareOf(0, 0)).toEqual(errorOf("DIV0"));
  });
});

describe("deviation and status", () => {
  test.each([
    [0.2, 0.16, "alert"], // exactly 20% short: at the alert threshold is Alert
    [0.2, 0.1600001, "warning"],
    [100, 80, "alert"],
    [100, 80.0001, "warning"],
    [100, 99.999, "warning"], // tolerance 0: any shortfall is off track
    [100, 100, "onTrack"],
    [100, 150, "onTrack"],
  ])("higher is better: target %p, actual %p → %s", (target, actual, s) => {
    expect(status(actual, target, "≥", 0.2, 0)).toEqual(ok(s));
  });

  test("lower is better: above target is the shortfall", () => {
    expect(status(120, 100, "≤", 0.2, 0)).toEqual(ok("alert"));
    expect(status(110, 100, "<=", 0.2, 0)).toEqual(ok("warning"));
    expect(status(90, 100, "≤", 0.2, 0)).toEqual(ok("onTrack"));
  });

  test("closer is better: either side is a shortfall", () => {
    expect(status(105, 100, "=", 0.2, 0)).toEqual(ok("warning"));
    expect(status(95, 100, "=", 0.2, 0)).toEqual(ok("warning"));
    expect(status(100, 100, "=", 0.2, 0)).toEqual(ok("onTrack"));
    expect(status(75, 100, "=", 0.2, 0)).toEqual(ok("alert"));
  });

  test("tolerance: a shortfall within it is On track, on both sides of the line", () => {
    expect(status(95, 100, "≥", 0.2, 0.05)).toEqual(ok("onTrack"));
    expect(status(94.999, 100, "≥", 0.2, 0.05)).toEqual(ok("warning"));
    expect(status(0.95, 1, "≥", 0.2, 0.05)).toEqual(ok("onTrack")); // 0.95 − 1 is −0.050000000000000044
  });

  test("blank actual is not reported: blank, never 0 or −100%", () => {
    expect(deviation("", 100)).toEqual(BLANK);
    expect(deviation(null, 100)).toEqual(BLANK);
    expect(status(undefined, 100)).toEqual(BLANK);
  });

  test("target 0 is #DIV/0!; text is #VALUE!", () => {
    expect(deviation(5, 0)).toEqual(errorOf("DIV0"));
    expect(status(5, 0)).toEqual(errorOf("DIV0"));
    expect(deviation("好", 10)).toEqual(errorOf("VALUE"));
    expect(status(5, 10, "higher")).toEqual(errorOf("VALUE"));
  });

  test("negative targets: the sign still means above target (a loss of −5 against −10 is +50%)", () => {
    expect(deviation(-5, -10)).toEqual(ok(0.5));
    expect(status(-5, -10, "≥")).toEqual(ok("onTrack"));
    expect(deviation(-15, -10)).toEqual(ok(-0.5));
    expect(status(-15, -10, "≥")).toEqual(ok("alert"));
  });

  test("text input: percentages and 万", () => {
    expect(deviation("1.5%", "2%")).toEqual(ok(-0.25));
    expect(deviation("1.2万", 10000)).toEqual(ok(0.2));
    expect(deviation(" 12 ", "15")).toEqual(ok(-0.2));
  });
});

describe("ROI", () => {
  test("cost 0 or below is #DIV/0!", () => {
    expect(roi(360, 0)).toEqual(errorOf("DIV0"));
    expect(roi(360, -1)).toEqual(errorOf("DIV0"));
  });
  test("blank revenue is blank", () => {
    expect(roi("", 100)).toEqual(BLANK);
  });
});
