import { readSheet } from "../../../src/domain/read";
import type { Finding } from "../../../src/domain/findings";
import { fx, grid } from "../helpers/grid";

const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.address}`);

describe("goals", () => {
  const headers = [
    "编号",
    "目标维度",
    "具体指标",
    "方向",
    "基准值",
    "目标值",
    "挑战值",
    "单位",
    "完成标准",
    "责任人",
    "数据来源",
    "统计周期",
  ];

  test("values and list keys", () => {
    const read = readSheet(
      "goals",
      grid("目标分解", headers, [
        ["G1", "品牌", "品牌搜索量", "≥", "", 100000, "", "次/月", "月均搜索量≥10万次", "王经理", "百度指数", "月"],
      ]),
    );
    const c = read.rows[0].cells;
    expect([
      c.id?.value,
      c.dimension?.value,
      c.direction?.value,
      c.target?.value,
      c.baseline?.state,
      c.owner?.value,
      c.period?.value,
    ]).toEqual(["G1", "brand", "≥", 100000, "blank", "王经理", "monthly"]);
    expect(read.findings).toEqual([]);
  });

  test("a target in words is a vague goal; a goal without owner names the goal", () => {
    const read = readSheet(
      "goals",
      grid("目标分解", headers, [["G1", "品牌", "品牌知名度", "", "", "显著提升", "", "", "", "", "", ""]]),
    );
    expect(codes(read.findings)).toEqual(["vagueTarget@目标分解!F2", "ownerMissing@目标分解!J2"]);
    expect(read.findings[0].params.text).toBe("显著提升");
    expect(read.findings[1].params.metric).toBe("品牌知名度");
  });

  test("1.2万 in a metric column is 12000; 1.5% is 0.015", () => {
    const read = readSheet(
      "goals",
      grid("目标分解", headers, [["G1", "用户", "注册用户", "", "1.2万", "1.5万", "15%", "", "", "张主管", "", ""]]),
    );
    const c = read.rows[0].cells;
    expect([c.baseline?.value, c.target?.value, c.stretch?.value]).toEqual([12000, 15000, 0.15]);
  });

  test("Traditional Chinese headers", () => {
    const tw = [
      "編號",
      "目標維度",
      "具體指標",
      "方向",
      "基準值",
      "目標值",
      "挑戰值",
      "單位",
      "完成標準",
      "責任人",
      "資料來源",
      "統計週期",
    ];
    const read = readSheet(
      "goals",
      grid("目標分解", tw, [["G2", "銷售", "新產品月銷量", ">=", "", 10000, "", "件", "", "李總監", "ERP", "月"]]),
    );
    const c = read.rows[0].cells;
    expect([c.dimension?.value, c.direction?.value, c.target?.value, c.source?.value, c.period?.value]).toEqual([
      "sales",
      "≥",
      10000,
      "ERP",
      "monthly",
    ]);
    expect(read.findings).toEqual([]);
  });
});

describe("strategies", () => {
  const en = [
    "ID",
    "Goal",
    "Strategy",
    "Action",
    "Start",
    "Due",
    "Owner",
    "Partner teams",
    "Depends on",
    "Resources",
    "Cost (10k)",
    "Expected effect",
    "Status",
    "Priority",
  ];

  test("dates from serials and text, links as id lists, English headers", () => {
    const read = readSheet(
      "strategies",
      grid("Strategies", en, [
        [
          "S1",
          "G1",
          "Promotion",
          "Pick 10 KOLs",
          46023,
          "2026/1/10",
          "Zhao",
          "",
          "",
          "KOL fees",
          20,
          "",
          "In progress",
          "P1",
        ],
        ["S2", "G2", "渠道策略", "Tmall launch", "", 46054, "Zhang", "", "S1、S3", "", "10万元", "", "进行中", ""],
      ]),
    );
    const [a, b] = read.rows.map((r) => r.cells);
    expect([
      a.start?.value,
      a.due?.value,
      a.strategy?.value,
      a.status?.value,
      a.priority?.value,
      a.cost?.value,
    ]).toEqual(["2026-01-01", "2026-01-10", "promotion", "inProgress", "P1", 20]);
    expect([b.due?.value, b.dependsOn?.value, b.cost?.value, b.status?.value]).toEqual([
      "2026-02-01",
      ["S1", "S3"],
      10,
      "inProgress",
    ]);
    expect(read.findings).toEqual([]);
  });

  test("a date that is no date, a blank required date", () => {
    const read = readSheet(
      "strategies",
      grid("Strategies", en, [["S1", "G1", "Price", "Discount", "下周一", "", "Li", "", "", "", "", "", "", ""]]),
    );
    expect(codes(read.findings)).toEqual(["notADate@Strategies!E2", "requiredBlank@Strategies!F2"]);
  });
});

describe("monitoring", () => {
  const zh = [
    "周期",
    "监控指标",
    "关联目标",
    "数据来源",
    "监控频率",
    "方向",
    "目标值",
    "实际值",
    "偏差率",
    "状态",
    "改进措施",
  ];

  test("percentages, 万 and ROI ratios typed as text", () => {
    const read = readSheet(
      "monitoring",
      grid("效果监控", zh, [
        ["2026-W05", "点击率", "", "", "周", "", "2%", "1.5%", fx("=…"), fx("=…"), ""],
        ["2026-01", "新增注册", "", "", "月", "", "5万", "4.2万", fx("=…"), fx("=…"), ""],
        ["2026-01", "KOL ROI", "", "", "月", "", "1:4", "1:3.5", fx("=…"), fx("=…"), ""],
      ]),
    );
    expect(read.rows.map((r) => [r.cells.target?.value, r.cells.actual?.value])).toEqual([
      [0.02, 0.015],
      [50000, 42000],
      [4, 3.5],
    ]);
    // The check reads them; the sheet's own formula may not, so each text cell is reported.
    expect(codes(read.findings)).toEqual([
      "formulaReadsDifferently@效果监控!G2",
      "formulaReadsDifferently@效果监控!H2",
      "formulaReadsDifferently@效果监控!G3",
      "formulaReadsDifferently@效果监控!H3",
      "formulaReadsDifferently@效果监控!G4",
      "formulaReadsDifferently@效果监控!H4",
    ]);
  });

  test("ratioNotRoi: 1:1.5 as the target of a metric that is no ROI is refused, not read as 1.5", () => {
    const read = readSheet(
      "monitoring",
      grid("效果监控", zh, [["2026-01", "复购率", "", "", "月", "", "1:1.5", 1.2, fx("=…"), fx("=…"), ""]]),
    );
    expect(read.rows[0].cells.target).toMatchObject({ state: "invalid", value: null });
    expect(codes(read.findings)).toEqual(["ratioNotRoi@效果监控!G2"]);
  });

  test("a blank actual is blank (not reported), not 0", () => {
    const read = readSheet(
      "monitoring",
      grid("效果监控", zh, [["2026-W06", "点击率", "", "", "周", "", 0.02, "", fx("=…"), fx("=…"), ""]]),
    );
    expect(read.rows[0].cells.actual).toMatchObject({ state: "blank", value: null });
    expect(read.findings).toEqual([]);
  });

  test("a year typed as a number keeps its text", () => {
    const read = readSheet(
      "monitoring",
      grid("效果监控", zh, [[2026, "品牌美誉度", "", "", "", "", 80, 75, fx("=…"), fx("=…"), ""]]),
    );
    expect(read.rows[0].cells.period).toMatchObject({ value: "2026", raw: 2026 });
  });

  test("the status column deleted and a deviation typed over", () => {
    const headers = zh.filter((h) => h !== "状态");
    const read = readSheet(
      "monitoring",
      grid("效果监控", headers, [["2026-W05", "点击率", "", "", "周", "", 0.02, 0.015, -0.25, "优化标题"]]),
    );
    expect(codes(read.findings)).toEqual(["computedColumnMissing@效果监控!A1:J1", "computedValueTyped@效果监控!I2"]);
  });
});
