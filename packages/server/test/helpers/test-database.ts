import { randomBytes } from "node:crypto";
import { type Database, openDb } from "@ricochet/db";
import pg from "pg";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new
 * database created on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openDb("memory://");
    await database.migrate();
    return database;
  }
  const name = `ricochet_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDb(url.toString());
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
