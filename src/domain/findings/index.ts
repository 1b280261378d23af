export * from "./finding";
export * from "./messages";
export * from "./format-values";
