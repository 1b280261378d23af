export * from "./grid";
export * from "./header-map";
export * from "./cell-number";
export * from "./read-cell";
export * from "./rows";
export * from "./read-sheet";
export * from "../address/a1";
