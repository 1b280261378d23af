/** `plan review FILE.xlsx [--json] [--lang …]`: the review (复盘) of a plan workbook. */
import { checkPlan } from "../domain/check/check-plan";
import type { PlanReview } from "../domain/review";
import { reviewPlan } from "../domain/review";
import type { SheetGrid } from "../domain/read/grid";
import type { PlanSheetKey } from "../domain/schema/sheet-keys";
import { thresholdsFromValues } from "../domain/settings/settings-sheet";
import type { Thresholds } from "../domain/settings/thresholds";
import { fileProblemText } from "../domain/findings/file-problems";
import { FileError } from "../files/caps";
import { readPlanFile } from "../files/check-file";
import { readPlanFileBytes } from "../files/read-file";
import { langOption, parseCommandArgs, UsageError } from "./args";
import type { CliCommand } from "./commands";
import { EXIT } from "./io";
import { reviewText } from "./review-words";

export interface WorkbookGrids {
  grids: Partial<Record<PlanSheetKey, SheetGrid>>;
  thresholds: Thresholds;
}

/** Where the grids come from (tests may read from memory). */
export type GridsReader = (file: string) => Promise<WorkbookGrids>;

/** A plan file through the same guarded reader `plan check` uses: caps, plan tables wherever they stand, named thresholds. */
export async function readReviewGrids(file: string): Promise<WorkbookGrids> {
  const { grids, names } = await readPlanFile(await readPlanFileBytes(file), file);
  const { thresholds } = thresholdsFromValues((name) => {
    const found = names.get(name);
    return found ? (found.value ?? null) : undefined;
  });
  return { grids, thresholds };
}

/** The --json contract: rates as fractions, roi the x of 1:x, null when not computable. */
export function reviewJson(r: PlanReview) {
  return {
    plan: { ...r.plan },
    goals: r.goals.map(({ id, metric, target, actual, completion, status }) => ({
      id,
      metric,
      target,
      actual,
      completion,
      status,
    })),
    strategies: r.strategies.map(({ id, cost, spend, revenue, roi, contribution }) => ({
      id,
      cost,
      spend,
      revenue,
      roi,
      contribution,
    })),
    categories: r.categories.map(({ category, budget, actual, share }) => ({ category, budget, actual, share })),
  };
}

export function makeReviewCommand(read: GridsReader): CliCommand {
  return {
    name: "review",
    summary: {
      "zh-CN": "复盘:目标完成、策略 ROI 与贡献、预算执行",
      "en-US": "the review: goal completion, ROI and contribution by strategy, budget execution",
    },
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
        if (e instanceof FileError) {
          io.err(fileProblemText(file, e.problem, lang));
          return EXIT.usage;
        }
        throw new UsageError({
          code: "cannotRead",
          file,
          reason: e instanceof Error ? e.message.split("\n")[0] : String(e),
        });
      }
      const { reads } = checkPlan({ ...workbook.grids, thresholds: workbook.thresholds, lang });
      const review = reviewPlan(reads, workbook.thresholds, lang);
      io.out(
        values.json ? JSON.stringify(reviewJson(review)) : reviewText(file, review, workbook.thresholds.minROI, lang),
      );
      return EXIT.ok;
    },
  };
}

export const reviewCommand = makeReviewCommand(readReviewGrids);
