#!/usr/bin/env node
// Loads the TypeScript entry point in this same process through tsx's loader: no build step,
// and signals (Ctrl-C, SIGTERM from a supervisor) reach the server directly.
import { register } from "tsx/esm/api";

register();
await import("./src/main.ts");
