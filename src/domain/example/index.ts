export * from "./example-shape";
export * from "./golden-example";
export * from "./example-rows";
export * from "./review-example";
export * from "./worked-example";
