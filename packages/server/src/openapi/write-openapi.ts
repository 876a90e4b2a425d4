/**
 * Writes the OpenAPI document generated from the routes to `openapi/openapi.json`, the web
 * client's types generated from it to `packages/web/src/api/openapi.gen.ts`, and the JSON Schemas
 * of the files the CLI reads (`docs/schemas/`); with `--check`, fails when a committed file
 * differs from the code (CI).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ZSroiRequestDocument } from "@ricochet/domain";
import openapiTS, { astToString } from "openapi-typescript";
import { z } from "zod";
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
  {
    file: resolve(root, "docs/schemas/sroi-request.schema.json"),
    text: `${JSON.stringify(
      {
        $id: "https://ricochet.example/schemas/sroi-request.schema.json",
        title: "Ricochet SROI request (ricochet sroi <file>)",
        ...z.toJSONSchema(ZSroiRequestDocument, { io: "input", unrepresentable: "any" }),
      },
      null,
      2,
    )}\n`,
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
  console.log("The OpenAPI document, the web client's types and the JSON Schemas match the code.");
} else {
  for (const { file, text } of outputs) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
