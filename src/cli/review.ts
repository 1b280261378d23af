/** `plan review FILE.xlsx [--json] [--lang …]`: the review (复盘) of a plan workbook. */
import { checkPlan } from "../domain/check/check-plan";
import type { PlanReview } from "../domain/review";
import { reviewPlan } from "../domain/review";
import { readWorkbookGrids, type WorkbookGrids } from "../files/read-grids";
import { langOption, parseCommandArgs, UsageError } from "./args";
import type { CliCommand } from "./commands";
import { EXIT } from "./io";
import { reviewText } from "./review-words";

/** Where the grids come from; swapped for the shared file reader when the readers are unified. */
export type GridsReader = (file: string) => Promise<WorkbookGrids>;

/** The --json contract: rates as fractions, roi the x of 1:x, null when not computable. */
export function reviewJson(r: PlanReview) {
  return {
    plan: { ...r.plan },
    goals: r.goals.map(({ id, metric, target, actual, completion, status }) => ({ id, metric, target, actual, completion, status })),
    strategies: r.strategies.map(({ id, cost, spend, revenue, roi, contribution }) => ({ id, cost, spend, revenue, roi, contribution })),
    categories: r.categories.map(({ category, budget, actual, share }) => ({ category, budget, actual, share })),
  };
}

export function makeReviewCommand(read: GridsReader): CliCommand {
  return {
    name: "review",
    summary: { "zh-CN": "复盘:目标完成、策略 ROI 与贡献、预算执行", "en-US": "the review: goal completion, ROI and contribution by strategy, budget execution" },
    usage: "plan review FILE.xlsx [--json] [--lang zh-CN|en-US]",
    async run(argv, io) {
      const { values, positionals } = parseCommandArgs(argv, { json: { type: "boolean" }, lang: { type: "string" } });
      const lang = langOption(values.lang);
      const [file, ...extra] = positionals;
      if (!file) throw new UsageError({ code: "noFiles" });
      if (extra.length > 0) throw new UsageError({ code: "badOption", detail: extra.join(" ") });
      let workbook: WorkbookGrids;
      try {
        workbook = await read(file);
      } catch (e) {
        throw new UsageError({ code: "cannotRead", file, reason: e instanceof Error ? e.message.split("\n")[0] : String(e) });
      }
      const { reads } = checkPlan({ ...workbook.grids, thresholds: workbook.thresholds, lang });
      const review = reviewPlan(reads, workbook.thresholds, lang);
      io.out(values.json ? JSON.stringify(reviewJson(review)) : reviewText(file, review, workbook.thresholds.minROI, lang));
      return EXIT.ok;
    },
  };
}

export const reviewCommand = makeReviewCommand(readWorkbookGrids);
