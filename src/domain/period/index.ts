export * from "./iso-week";
export * from "./period";
export * from "./frequency";
export * from "./rows-for-period";
export * from "./period-of-row";
