export * from "./example-shape";
export * from "./golden-example";
export * from "./example-rows";
export * from "./worked-example";
