export * from "./cell-values";
