/**
 * Every failure the Excel layer reports, worded in both pane languages: the
 * zh-CN pane never shows English for an Excel-layer error ("The workbook has
 * no PlanMonitoring table" was seen by a zh-CN user).
 */
import { LANGS } from "../../src/domain/language";
import { OUTCOME_NOTE_CODES, WORKBOOK_ERROR_CODES, type WorkbookErrorCode } from "../../src/excel/contract";
import { toWorkbookError, WorkbookError } from "../../src/excel/errors";
import { STRINGS } from "../../src/taskpane/app/i18n";
import { errorMessage } from "../../src/taskpane/app/lib/errors";

const PARAMS: Record<WorkbookErrorCode, Record<string, string>> = {
  noMonitoringTable: { table: "PlanMonitoring" },
  badPeriod: { period: "下周" },
  frequencyMismatch: { period: "2026-02", frequency: "weekly" },
  notAnAddress: { address: "预算!!" },
  noStrategies: { sheetName: "Timeline" },
  timelineSheetTaken: { sheetName: "Timeline" },
  cellNotEmpty: { address: "Budget!E2" },
  cellEditMode: {},
  requestTooLarge: { officeCode: "RequestPayloadSizeLimitExceeded" },
  itemNotFound: {},
  accessDenied: {},
  office: { officeCode: "InsertDeleteConflict" },
};

const HAN = /[\u4e00-\u9fff]/;

describe.each(WORKBOOK_ERROR_CODES.map((c) => [c] as [WorkbookErrorCode]))("%s", (code) => {
  test("worded in each language, params filled in", () => {
    const error = new WorkbookError(code, PARAMS[code]);
    const zh = errorMessage(error, STRINGS["zh-CN"]);
    const en = errorMessage(error, STRINGS["en-US"]);
    expect(zh).not.toBe(en);
    expect(HAN.test(zh)).toBe(true);
    expect(HAN.test(en.replace(/"[^"]*"/g, ""))).toBe(false);
    for (const m of [zh, en]) {
      expect(m).not.toMatch(/undefined|NaN|\[object|\$\{/);
      expect(m).not.toBe(code);
      // What the person typed is quoted back to them.
      for (const key of ["period", "address"]) if (PARAMS[code][key]) expect(m).toContain(PARAMS[code][key]);
    }
  });
});

test("the zh-CN pane words a missing monitoring table in Chinese, without the table's English name", () => {
  const m = errorMessage(new WorkbookError("noMonitoringTable", { table: "PlanMonitoring" }), STRINGS["zh-CN"]);
  expect(m).toContain("效果监控");
  expect(m).not.toMatch(/PlanMonitoring|workbook/i);
});

test.each([
  ["InvalidOperationInCellEditMode", "cellEditMode"],
  ["RequestPayloadSizeLimitExceeded", "requestTooLarge"],
  ["ResponsePayloadSizeLimitExceeded", "requestTooLarge"],
  ["ItemNotFound", "itemNotFound"],
  ["AccessDenied", "accessDenied"],
  ["InsertDeleteConflict", "office"],
])("an Office %s becomes %s, worded in the pane's language", (officeCode, code) => {
  const e = toWorkbookError(Object.assign(new Error("Office's own English"), { code: officeCode }));
  expect(e.code).toBe(code);
  for (const lang of LANGS) expect(errorMessage(e, STRINGS[lang])).not.toContain("Office's own English");
});

test("every outcome note is worded in both languages", () => {
  const params = { sheetName: "预算分配", taken: "设置", free: "设置 (2)" };
  for (const code of OUTCOME_NOTE_CODES) {
    const zh = STRINGS["zh-CN"].create.notes[code](params);
    const en = STRINGS["en-US"].create.notes[code](params);
    expect(HAN.test(zh)).toBe(true);
    expect(zh).not.toBe(en);
    expect(`${zh}${en}`).not.toMatch(/undefined/);
  }
});
