import * as fs from "fs";
import * as path from "path";

/** The shared spec lives beside the repository: /work/shared/spec. */
const SPEC_DIR = path.resolve(__dirname, "../../../../shared/spec");

export interface GoldenExample {
  goals: Record<string, unknown>[];
  strategies: Record<string, unknown>[];
  budget: (Record<string, unknown> & {
    expect: { variance: number; variancePct: number; approval: string; needsExplanation: boolean };
  })[];
  monitoring: (Record<string, unknown> & { expect: { deviation: number; status: string } })[];
  roi: Record<string, unknown>[];
  thresholds: Record<string, number>;
}

export function loadGolden(): GoldenExample {
  return JSON.parse(fs.readFileSync(path.join(SPEC_DIR, "golden-example.json"), "utf8"));
}

export function loadSpecMarkdown(): string {
  return fs.readFileSync(path.join(SPEC_DIR, "plan-sheets.md"), "utf8");
}
