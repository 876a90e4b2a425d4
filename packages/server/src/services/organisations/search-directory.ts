import { organisations } from "@ricochet/db";
import { and, asc, ilike, inArray } from "drizzle-orm";
import type { ServiceContext } from "../context.ts";

export interface DirectoryEntry {
  id: string;
  name: string;
  kind: "network" | "regional_body" | "support_organisation";
  territory: string | null;
  /** The root of its tree: a client hides entries of its own tree. */
  rootId: string;
}

const JOINABLE_KINDS = ["network", "regional_body", "support_organisation"] as const;

/**
 * Networks, regional bodies and support organisations a structure can ask to join.
 * Structures and establishments are never listed: who belongs to a network is its business.
 */
export async function searchDirectory(ctx: ServiceContext, query: string): Promise<DirectoryEntry[]> {
  const q = query.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await ctx.db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      territory: organisations.territory,
    })
    .from(organisations)
    .where(and(inArray(organisations.kind, [...JOINABLE_KINDS]), ilike(organisations.name, `%${q}%`)))
    .orderBy(asc(organisations.name))
    .limit(20);
  return rows as DirectoryEntry[];
}
