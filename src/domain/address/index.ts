export * from "./a1";
