import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../open-db.ts";

/** The hash of the last applied migration: a backup restores only into the same schema. */
export async function migrationLevel(db: Db): Promise<string | null> {
  const rows = await queryRows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1`,
  );
  return rows[0]?.hash ?? null;
}
