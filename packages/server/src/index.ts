export * from "./auth/create-auth.ts";
export * from "./config/config.ts";
export * from "./http/create-app.ts";
export * from "./jobs/index.ts";
export * from "./runtime.ts";
export * from "./seed/demo-data.ts";
export * from "./seed/seed-demo.ts";
export * from "./services/index.ts";
