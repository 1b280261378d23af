import { compareFindings, type Finding } from "../findings/finding";
import type { Lang } from "../language";
import type { SheetGrid } from "../read/grid";
import { readSheet } from "../read/read-sheet";
import type { Thresholds } from "../settings/thresholds";
import { checkBudget } from "./budget-check";
import { checkGoals } from "./goals-check";
import { checkLinks } from "./links-check";
import { checkMonitoring } from "./monitoring-check";
import type { PlanReads } from "./place";
import { checkStrategies } from "./strategies-check";
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
  return { findings: checkReads(reads, input.thresholds), summary: summarize(reads, input.thresholds, input.lang ?? "zh-CN"), reads };
}

/** The checks over sheets already read: reader findings plus the plan rules. */
export function checkReads(reads: PlanReads, t: Thresholds): Finding[] {
  const findings: Finding[] = [
    ...(reads.goals?.findings ?? []),
    ...(reads.strategies?.findings ?? []),
    ...(reads.budget?.findings ?? []),
    ...(reads.monitoring?.findings ?? []),
    ...(reads.goals ? checkGoals(reads.goals, t) : []),
    ...(reads.strategies ? checkStrategies(reads.strategies) : []),
    ...(reads.budget ? checkBudget(reads.budget, t) : []),
    ...(reads.monitoring ? checkMonitoring(reads.monitoring, reads, t) : []),
    ...checkLinks(reads),
  ];
  return findings.sort(compareFindings);
}
