import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { checkPlan } from "../../src/domain/check";
import { GOLDEN_EXAMPLE, REVIEW_EXAMPLE, exampleThresholds, type PlanExample } from "../../src/domain/example";
import { reviewPlan } from "../../src/domain/review";
import { PLAN_SHEET_KEYS } from "../../src/domain/schema";
import { exampleGrids } from "../domain/helpers/example-grids";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-review-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The example as an .xlsx people would have: each plan sheet with its table starting at row 1, and PlanMinROI on 设置. */
async function writePlan(
  name: string,
  example: PlanExample,
  opts: { dropRevenue?: boolean; minRoi?: number } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const grids = exampleGrids(example);
  for (const key of PLAN_SHEET_KEYS) {
    const ws = wb.addWorksheet(grids[key].sheetName);
    const revenueCol = grids[key].values[0].indexOf("归因收入(万元)");
    for (const row of grids[key].values)
      ws.addRow(opts.dropRevenue && revenueCol >= 0 ? row.filter((_, i) => i !== revenueCol) : [...row]);
  }
  if (opts.minRoi !== undefined) {
    const settings = wb.addWorksheet("设置");
    settings.getCell("B2").value = opts.minRoi;
    wb.definedNames.add("设置!$B$2", "PlanMinROI");
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

test("plan review --json: the worked example's figures, in the issue's shape", async () => {
  const file = await writePlan("review.xlsx", REVIEW_EXAMPLE);
  const { code, out } = await run(["review", file, "--json"]);
  expect(code).toBe(0);
  const json = JSON.parse(out);
  expect(Object.keys(json)).toEqual(["plan", "goals", "strategies", "categories"]);
  expect(Object.keys(json.plan)).toEqual(["budget", "actual", "executionRate", "revenue", "roi", "contingencyShare"]);
  expect(json.plan).toMatchObject({ budget: 110, actual: 100, revenue: 360, roi: 3.6 });
  expect(json.goals[1]).toEqual({
    id: "G2",
    metric: "新产品月销量",
    target: 10000,
    actual: 12000,
    completion: 1.2,
    status: "onTrack",
  });
  expect(json.strategies[0]).toEqual({ id: "S1", cost: 20, spend: 18, revenue: 63, roi: 3.5, contribution: 0.175 });
  expect(Object.keys(json.categories[0])).toEqual(["category", "budget", "actual", "share"]);
});

test("the review's numbers from the file equal the domain's from the same rows", async () => {
  const file = await writePlan("same.xlsx", REVIEW_EXAMPLE);
  const json = JSON.parse((await run(["review", file, "--json", "--lang", "en-US"])).out);
  const t = exampleThresholds(REVIEW_EXAMPLE);
  const review = reviewPlan(checkPlan({ ...exampleGrids(REVIEW_EXAMPLE), thresholds: t }).reads, t, "en-US");
  expect(json.plan).toEqual(review.plan);
  expect(json.strategies.map((s: { roi: number }) => s.roi)).toEqual(review.strategies.map((s) => s.roi));
  expect(json.goals.map((g: { completion: number }) => g.completion)).toEqual(review.goals.map((g) => g.completion));
  expect(json.categories.map((c: { share: number }) => c.share)).toEqual(review.categories.map((c) => c.share));
});

test("a workbook from before attributed revenue: revenue and ROI are null, not 0", async () => {
  const file = await writePlan("old.xlsx", GOLDEN_EXAMPLE, { dropRevenue: true });
  const { code, out } = await run(["review", file, "--json"]);
  expect(code).toBe(0);
  const json = JSON.parse(out);
  expect(json.plan).toMatchObject({ revenue: null, roi: null, actual: 33.5 });
  expect(json.strategies.every((s: { revenue: unknown; roi: unknown }) => s.revenue === null && s.roi === null)).toBe(
    true,
  );
});

test("text: the workbook's own PlanMinROI flags a strategy below it", async () => {
  const file = await writePlan("minroi.xlsx", REVIEW_EXAMPLE, { minRoi: 4 });
  const { code, out } = await run(["review", file, "--lang", "en-US"]);
  expect(code).toBe(0);
  expect(out).toContain("ROI 1:3.6");
  expect(out).toContain("minimum ROI 1:4.0");
  const kolLine = out.split("\n").find((l) => l.includes("S1 "))!;
  expect(kolLine).toMatch(/ROI 1:3\.5 .*below the minimum ROI/);
  expect(out.split("\n").find((l) => l.includes("S2 "))).not.toContain("below");
});

test("a file that cannot be read: one line naming it, exit 2", async () => {
  const missing = path.join(dir, "nope.xlsx");
  const { code, err } = await run(["review", missing, "--lang", "en-US"]);
  expect(code).toBe(2);
  expect(err.split("\n")).toHaveLength(1);
  expect(err).toContain(missing);
  expect(err).toContain("ENOENT");
  expect((await run(["review"])).code).toBe(2);
});

test("npx plan review runs from the bin (tsx, no build)", async () => {
  const file = await writePlan("bin.xlsx", REVIEW_EXAMPLE);
  const out = execFileSync(
    process.execPath,
    [path.resolve(__dirname, "../../bin/plan.mjs"), "review", file, "--json"],
    { encoding: "utf8" },
  );
  expect(JSON.parse(out).plan.roi).toBe(3.6);
}, 30000);
