export * from "./audit.ts";
export * from "./auth.ts";
export * from "./evaluations.ts";
export * from "./frameworks.ts";
export * from "./idempotency.ts";
export * from "./indicators.ts";
export * from "./jobs.ts";
export * from "./organisations.ts";
