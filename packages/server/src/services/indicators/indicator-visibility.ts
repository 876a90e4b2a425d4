import { type Db, indicatorDefinitions, organisations } from "@ricochet/db";
import { ancestorIds } from "@ricochet/domain";
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";

/** The viewer's place in the tree, which decides which shared definitions it sees. */
export interface IndicatorViewer {
  organisationId: string;
  ancestorIds: string[];
}

export async function loadViewer(db: Db, organisationId: string): Promise<IndicatorViewer> {
  const [row] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return {
    organisationId,
    ancestorIds: row ? ancestorIds(row.path).filter((id) => id !== organisationId) : [],
  };
}

/** SQL twin of the domain's isIndicatorVisible: public, own, or shared by an ancestor. */
export function visibleTo(viewer: IndicatorViewer): SQL {
  const shared =
    viewer.ancestorIds.length > 0
      ? and(
          eq(indicatorDefinitions.scope, "network"),
          inArray(indicatorDefinitions.organisationId, viewer.ancestorIds),
        )
      : undefined;
  return or(
    eq(indicatorDefinitions.scope, "public"),
    eq(indicatorDefinitions.organisationId, viewer.organisationId),
    shared,
  ) as SQL;
}

/** Definitions owned by the organisation's descendants: a network-shared code must not shadow theirs. */
export function ownedBelow(organisationPath: string): SQL {
  return sql`${indicatorDefinitions.organisationId} in (select o.id from organisations o where o.path like ${`${organisationPath}%`} and o.path <> ${organisationPath})`;
}
