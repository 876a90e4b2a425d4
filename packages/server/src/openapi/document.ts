import { randomBytes } from "node:crypto";
import { openDb } from "@ricochet/db";
import { createAuth } from "../auth/create-auth.ts";
import { loadConfig } from "../config/config.ts";
import { createApiV1, openApiDocument } from "../http/create-app.ts";

/** The document as the server serves it, built without a real database or secret. */
export async function openApiDocumentForTooling() {
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: "memory://",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const database = await openDb("memory://");
  try {
    return openApiDocument(createApiV1({ db: database.db, auth: createAuth(database.db, config), config }));
  } finally {
    await database.close();
  }
}
