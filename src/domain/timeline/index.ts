export * from "./gantt";
