export * from "./enqueue-job.ts";
export * from "./job-definition.ts";
export * from "./job-worker.ts";
export * from "./registry.ts";
