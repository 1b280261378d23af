export * from "./calendar-date";
export * from "./excel-serial";
