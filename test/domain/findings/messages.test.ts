import {
  FINDING_CODES,
  FINDING_SEVERITY,
  finding,
  formatFinding,
  findingMessage,
  type FindingCode,
  type FindingParams,
} from "../../../src/domain/findings";
import type { WorkbookSheetKey } from "../../../src/domain/schema";

/** A plausible finding of each code, with the params the checks give it. */
const SAMPLES: Record<FindingCode, [WorkbookSheetKey, FindingParams, string[]]> = {
  columnMissing: ["budget", { column: "budget" }, ["预算金额(万元)", "Budget (10k)"]],
  duplicateColumn: ["budget", { column: "budget", first: "D1" }, ["D1"]],
  requiredBlank: ["goals", { column: "metric" }, ["具体指标", "Metric"]],
  notANumber: ["budget", { column: "actual", text: "大约", kind: "money" }, ["大约", "万元"]],
  notADate: ["strategies", { column: "due", text: "下周" }, ["下周"]],
  notInList: ["budget", { column: "category", text: "差旅" }, ["差旅", "应急预算"]],
  ambiguousAmount: ["budget", { column: "actual", text: "1.2万", number: "1.2" }, ["1.2万", "1.2"]],
  ratioNotRoi: ["monitoring", { column: "target", text: "1:1.5" }, ["1:1.5"]],
  formulaReadsDifferently: [
    "monitoring",
    { column: "actual", text: "1.2万", value: "12000", as: "number" },
    ["1.2万", "12000"],
  ],
  computedColumnMissing: ["budget", { column: "variancePct" }, ["差异率", "Variance %"]],
  computedValueTyped: ["budget", { column: "variance", text: "-2" }, ["-2"]],
  computedCellEmpty: ["monitoring", { column: "status" }, ["状态", "Status"]],
  vagueTarget: ["goals", { column: "target", text: "显著提升" }, ["显著提升"]],
  ownerMissing: ["goals", { column: "owner", metric: "品牌搜索量" }, ["品牌搜索量"]],
  ownerMultiple: ["goals", { column: "owner", owner: "王经理/李总监", metric: "品牌搜索量" }, ["王经理/李总监"]],
  duplicateId: ["goals", { column: "id", id: "G1", first: "A2" }, ["G1", "A2"]],
  danglingLink: ["budget", { column: "strategyId", id: "S9", target: "strategies" }, ["S9"]],
  dependencyCycle: ["strategies", { column: "dependsOn", cycle: "S1 → S2 → S1" }, ["S1 → S2 → S1"]],
  dueBeforeStart: [
    "strategies",
    { column: "due", due: "2026-01-10", start: "2026-02-01" },
    ["2026-01-10", "2026-02-01"],
  ],
  negativeAmount: ["budget", { column: "budget", value: -5 }, ["-5"]],
  approverMissing: ["budget", { column: "approver", level: "lead", variancePct: 0.15 }, ["15%"]],
  explanationMissing: [
    "budget",
    { column: "explanation", variance: -2, variancePct: -0.2, threshold: 0.1 },
    ["-2", "-20%", "10%"],
  ],
  contingencyOutOfRange: ["budget", { column: "budget", share: 0.05, min: 0.1, max: 0.15 }, ["5%", "10%", "15%"]],
  badPeriod: ["monitoring", { column: "period", text: "上周" }, ["上周", "2026-W05"]],
  duplicatePeriod: [
    "monitoring",
    { column: "period", metric: "点击率", period: "2026-W05", first: "A4" },
    ["点击率", "2026-W05", "A4"],
  ],
  targetZero: ["monitoring", { column: "target", metric: "投诉数" }, ["投诉数"]],
  alertWithoutAction: [
    "monitoring",
    { column: "action", metric: "点击率", period: "2026-W05", deviation: -0.25 },
    ["点击率", "-25%"],
  ],
  adjustmentNeeded: [
    "monitoring",
    { column: "actual", metric: "点击率", count: 2, periods: "2026-W04, 2026-W05" },
    ["点击率", "2026-W04, 2026-W05"],
  ],
  roiBelowMin: [
    "monitoring",
    { column: "actual", metric: "KOL ROI", period: "2026-01", roi: 1.2, min: 1.5, strategies: "S1" },
    ["1:1.2", "1:1.5", "S1"],
  ],
  roiTargetBelowMin: ["goals", { column: "target", metric: "整体ROI", target: 1.2, min: 1.5 }, ["1:1.2", "1:1.5"]],
  settingNotANumber: ["settings", { setting: "approvalLead" }, ["0.1"]],
  settingBlank: ["settings", { setting: "approvalLead" }, ["0.1", "0"]],
  "setting.notANumber": ["settings", { setting: "minROI" }, []],
  "setting.negative": ["settings", { setting: "minROI" }, []],
  "setting.percentOver100": ["settings", { setting: "alertShortfall" }, []],
  "setting.notWholeNumber": ["settings", { setting: "streakPeriods" }, []],
  "setting.gmBelowLead": ["settings", { setting: "approvalGM" }, []],
  "setting.reserveMinAboveMax": ["settings", { setting: "reserveMin" }, []],
  goalWithoutStrategy: ["goals", { column: "id", id: "G3", metric: "复购率" }, ["G3", "复购率"]],
  goalWithoutMetric: ["goals", { column: "id", id: "G2", metric: "GMV" }, ["G2", "GMV"]],
  strategyWithoutBudget: ["strategies", { column: "id", id: "S4", action: "直播" }, ["S4", "直播"]],
  costMismatch: [
    "strategies",
    { column: "cost", id: "S1", cost: 30, lines: 28, count: 2, tolerance: 0 },
    ["S1", "30", "28"],
  ],
  overdue: [
    "strategies",
    { column: "due", id: "S2", action: "博主筛选", due: "2026-01-10", asOf: "2026-01-12" },
    ["S2", "2026-01-10", "2026-01-12"],
  ],
  dependencyOrder: [
    "strategies",
    { column: "start", id: "S3", start: "2026-01-08", dependsOn: "S2", due: "2026-01-10" },
    ["S3", "S2", "2026-01-08", "2026-01-10"],
  ],
  splitOff: [
    "budget",
    { column: "budget", preset: "40/30/25/5", group: "acquisition", share: 0.3, target: 0.4, tolerance: 0.05 },
    ["40/30/25/5", "30%", "40%", "5%"],
  ],
  targetLevels: [
    "goals",
    { column: "target", metric: "点击率", direction: "≥", baseline: 3, target: 2, stretch: 4 },
    ["点击率", "3", "2", "4"],
  ],
  periodMissing: [
    "monitoring",
    {
      column: "period",
      metric: "点击率",
      from: "2026-W07",
      to: "2026-W07",
      count: 1,
      before: "2026-W06",
      after: "2026-W08",
    },
    ["点击率", "2026-W07"],
  ],
};

const NAMES: Record<WorkbookSheetKey, string> = {
  goals: "目标分解",
  strategies: "策略执行",
  budget: "Plan Budget",
  monitoring: "效果监控",
  settings: "设置",
};

test("every code has a sample here", () => {
  expect(Object.keys(SAMPLES).sort()).toEqual([...FINDING_CODES].sort());
});

describe.each(FINDING_CODES.map((c) => [c] as [FindingCode]))("%s", (code) => {
  const [sheet, params, mentions] = SAMPLES[code];
  const f = finding(code, { sheet, sheetName: NAMES[sheet], row: 6, col: 4 }, params);

  test("addressed and graded", () => {
    expect(f.cell).toBe("E7");
    expect(f.address).toBe(`${NAMES[sheet].includes(" ") ? `'${NAMES[sheet]}'` : NAMES[sheet]}!E7`);
    expect(f.severity).toBe(FINDING_SEVERITY[code]);
  });

  test("a message in each language naming the cell and the facts", () => {
    const zh = formatFinding(f, "zh-CN");
    const en = formatFinding(f, "en-US");
    expect(zh).not.toBe(en);
    for (const m of [zh, en]) {
      expect(m.startsWith(f.address)).toBe(true);
      expect(m).not.toMatch(/undefined|NaN|null|\[object/);
    }
    for (const text of mentions) expect(zh.includes(text) || en.includes(text)).toBe(true);
    expect(/[\u4e00-\u9fff]/.test(zh.replace(f.address, "").replace(/“[^”]*”/g, ""))).toBe(true);
  });
});

test("a range finding and the task pane's view", () => {
  const f = finding(
    "columnMissing",
    { sheet: "budget", sheetName: "预算分配", row: 0, col: 0, toCol: 9 },
    { column: "budget" },
  );
  expect(f.address).toBe("预算分配!A1:J1");
  expect(findingMessage(f, "en-US")).toEqual({
    code: "columnMissing",
    severity: "error",
    sheet: "budget",
    address: "预算分配!A1:J1",
    message: formatFinding(f, "en-US"),
    detail: 'The required column "Budget (10k)" is missing, so it cannot be read or checked.',
  });
  expect(formatFinding(f, "en-US")).toBe(
    `预算分配!A1:J1: the required column "Budget (10k)" is missing, so it cannot be read or checked.`,
  );
  expect(formatFinding(f, "zh-CN").startsWith("预算分配!A1:J1：")).toBe(true);
});

test("variants: unbudgeted approval and a date serial in a period cell", () => {
  const a = finding(
    "approverMissing",
    { sheet: "budget", sheetName: "预算分配", row: 1, col: 10 },
    { column: "approver", level: "gm", unbudgeted: "yes" },
  );
  expect(formatFinding(a, "zh-CN")).toContain("总经理");
  expect(formatFinding(a, "en-US")).toContain("General manager");
  const p = finding(
    "badPeriod",
    { sheet: "monitoring", sheetName: "效果监控", row: 1, col: 0 },
    { column: "period", text: "46023", number: "yes" },
  );
  expect(formatFinding(p, "zh-CN")).toContain("文本格式");
});
