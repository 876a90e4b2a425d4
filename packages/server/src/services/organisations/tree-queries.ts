import { type Db, organisations } from "@ricochet/db";
import { inArray, sql } from "drizzle-orm";

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

export async function organisationNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = ids.filter((id): id is string => !!id);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
