// Reading the data organisations already hold (CSV and XLSX exports): encoding, delimiter,
// decimal separator, dates and column types, as the import screen proposes them.
export * from "./cell-values.ts";
export * from "./column-types.ts";
export * from "./csv-dialect.ts";
export * from "./text-encoding.ts";
