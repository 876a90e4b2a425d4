/**
 * Writes the OpenAPI document generated from the routes to `openapi/openapi.json`, or with
 * `--check` fails when the committed file differs from the code (CI).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openApiDocumentForTooling } from "./document.ts";

const target = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../openapi/openapi.json");
const text = `${JSON.stringify(await openApiDocumentForTooling(), null, 2)}\n`;

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {}
  if (committed !== text) {
    console.error("openapi/openapi.json is out of date: run `npm run openapi:write` and commit it.");
    process.exit(1);
  }
  console.log("openapi/openapi.json matches the code.");
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
