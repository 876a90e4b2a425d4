import { type Db, organisations } from "@ricochet/db";
import { sql } from "drizzle-orm";

/** LIKE pattern matching every path below (and including) `path`. */
export function subtreePattern(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function inSubtree(path: string) {
  return sql`${organisations.path} LIKE ${subtreePattern(path)}`;
}

export async function countSubtree(db: Db, path: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(inSubtree(path));
  return row?.n ?? 0;
}
