/**
 * The shape of the framework's worked example (golden-example.json): the four
 * template tables as the framework prints them, list values in Chinese,
 * money in 万元, percentages as fractions.
 */
export interface ExampleGoal {
  id: string;
  dimension: string;
  metric: string;
  direction?: string;
  baseline?: number;
  target: number | string;
  stretch?: number;
  unit?: string;
  criterion?: string;
  owner: string;
  source?: string;
  period?: string;
}

export interface ExampleStrategy {
  id: string;
  goalId?: string;
  strategy: string;
  action: string;
  start?: string;
  due: string;
  owner: string;
  partners?: string;
  dependsOn?: string;
  resources?: string;
  cost?: number;
  expected?: string;
  status?: string;
  priority?: string;
  /** 归因收入(万元): revenue the strategy brought (the review's ROI and contribution). */
  revenue?: number;
}

export interface ExampleBudgetLine {
  category: string;
  item: string;
  strategyId?: string;
  budget: number;
  actual?: number;
  explanation?: string;
  approver?: string;
}

export interface ExampleMonitoringRow {
  period: string;
  metric: string;
  goalId?: string;
  source?: string;
  frequency?: string;
  direction?: string;
  target: number;
  actual?: number;
  action?: string;
}

export interface PlanExample {
  goals: ExampleGoal[];
  strategies: ExampleStrategy[];
  budget: ExampleBudgetLine[];
  monitoring: ExampleMonitoringRow[];
  /** Settings by their workbook names (PlanApprovalLead …); missing ones take the defaults. */
  thresholds: Record<string, number>;
}
