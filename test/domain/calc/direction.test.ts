import { parseDirection } from "../../../src/domain/calc/direction";

describe("direction as people type it", () => {
  test.each([
    ["≥", "≥"],
    [">=", "≥"],
    ["＞＝", "≥"],
    [" ≤ ", "≤"],
    ["<=", "≤"],
    ["=", "="],
    ["＝", "="],
    ["", "≥"],
    [null, "≥"],
  ])("%p reads as %p", (typed, expected) => {
    expect(parseDirection(typed)).toEqual({ kind: "ok", value: expected });
  });

  test.each(["constructor", "toString", "__proto__", "higher", "≥≥"])("%p is not a direction", (typed) => {
    const d = parseDirection(typed);
    expect(d.kind).toBe("error");
    expect(d.kind === "error" && d.code).toBe("VALUE");
  });
});
