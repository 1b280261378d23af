import type { CalendarDate } from "../dates/calendar-date";
import { compareFindings, type Finding } from "../findings/finding";
import type { Lang } from "../language";
import type { SheetGrid } from "../read/grid";
import { readSheet } from "../read/read-sheet";
import { DEFAULT_SPLIT_PRESET, type BudgetSplitPreset } from "../settings/budget-split";
import type { Thresholds } from "../settings/thresholds";
import { checkBudget } from "./budget-check";
import { checkGoals } from "./goals-check";
import { checkLinks } from "./links-check";
import { checkMonitoring } from "./monitoring-check";
import type { PlanReads } from "./place";
import { checkSplit } from "./split-check";
import { checkStrategies } from "./strategies-check";
import { checkTimeline } from "./timeline-check";
import { checkTraceability } from "./traceability-check";
import { summarize, type PlanSummary } from "./summary";

export interface PlanCheckInput {
  /** Each plan sheet's grid; leave a sheet out when the workbook does not have it. */
  readonly goals?: SheetGrid;
  readonly strategies?: SheetGrid;
  readonly budget?: SheetGrid;
  readonly monitoring?: SheetGrid;
  readonly thresholds: Thresholds;
  /** Language of the summary's labels; zh-CN when omitted. */
  readonly lang?: Lang;
  /** The day "overdue" is judged on: today in Excel, --as-of on the command line. Without it nothing is overdue. */
  readonly asOf?: CalendarDate;
  /** The budget split the settings sheet names (PlanBudgetSplit); none when omitted. */
  readonly split?: BudgetSplitPreset;
}

/** What the rules need besides the thresholds. */
export interface CheckOptions {
  readonly asOf?: CalendarDate;
  readonly split?: BudgetSplitPreset;
}

export interface PlanCheckResult {
  /** Every finding, sheet by sheet, top to bottom. */
  readonly findings: Finding[];
  readonly summary: PlanSummary;
  /** The sheets as read, for callers that go on to act on rows. */
  readonly reads: PlanReads;
}

/** Reads whichever plan sheets are given and runs every check over them. */
export function checkPlan(input: PlanCheckInput): PlanCheckResult {
  const reads: PlanReads = {
    goals: input.goals && readSheet("goals", input.goals),
    strategies: input.strategies && readSheet("strategies", input.strategies),
    budget: input.budget && readSheet("budget", input.budget),
    monitoring: input.monitoring && readSheet("monitoring", input.monitoring),
  };
  const options = { asOf: input.asOf, split: input.split };
  return {
    findings: checkReads(reads, input.thresholds, options),
    summary: summarize(reads, input.thresholds, input.lang ?? "zh-CN"),
    reads,
  };
}

/** The checks over sheets already read: reader findings plus the plan rules. */
export function checkReads(reads: PlanReads, t: Thresholds, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [
    ...(reads.goals?.findings ?? []),
    ...(reads.strategies?.findings ?? []),
    ...(reads.budget?.findings ?? []),
    ...(reads.monitoring?.findings ?? []),
    ...(reads.goals ? checkGoals(reads.goals, t) : []),
    ...(reads.strategies ? checkStrategies(reads.strategies) : []),
    ...(reads.strategies ? checkTimeline(reads.strategies, options.asOf) : []),
    ...(reads.budget ? checkBudget(reads.budget, t) : []),
    ...(reads.budget ? checkSplit(reads.budget, t, options.split ?? DEFAULT_SPLIT_PRESET) : []),
    ...(reads.monitoring ? checkMonitoring(reads.monitoring, reads, t) : []),
    ...checkLinks(reads),
    ...checkTraceability(reads, t),
  ];
  return findings.sort(compareFindings);
}
