export * from "./plan-review";
export * from "./goals-review";
export * from "./strategies-review";
export * from "./metric-series";
export * from "./review-sheet";
