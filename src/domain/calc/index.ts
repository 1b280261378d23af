export * from "./direction";
export * from "./deviation";
export * from "./status";
export * from "./roi";
export * from "./budget";
