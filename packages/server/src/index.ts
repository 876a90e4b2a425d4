export * from "./auth/create-auth.ts";
export * from "./config/config.ts";
export * from "./http/create-app.ts";
export * from "./runtime.ts";
export * from "./services/index.ts";
