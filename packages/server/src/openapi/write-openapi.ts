/**
 * Writes the OpenAPI document generated from the routes to `openapi/openapi.json`, and the web
 * client's types generated from it to `packages/web/src/api/openapi.gen.ts`; with `--check`,
 * fails when either committed file differs from the code (CI).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocumentForTooling } from "./document.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const document = await openApiDocumentForTooling();
const outputs = [
  { file: resolve(root, "openapi/openapi.json"), text: `${JSON.stringify(document, null, 2)}\n` },
  {
    file: resolve(root, "packages/web/src/api/openapi.gen.ts"),
    text: `// Generated from openapi/openapi.json by \`npm run openapi:write\`. Do not edit.\n${astToString(
      await openapiTS(document as Parameters<typeof openapiTS>[0]),
    )}`,
  },
];

if (process.argv.includes("--check")) {
  const stale = outputs.filter(({ file, text }) => {
    try {
      return readFileSync(file, "utf8") !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    for (const { file } of stale) console.error(`${file} is out of date.`);
    console.error("Run `npm run openapi:write` and commit the result.");
    process.exit(1);
  }
  console.log("The OpenAPI document and the web client's types match the code.");
} else {
  for (const { file, text } of outputs) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
