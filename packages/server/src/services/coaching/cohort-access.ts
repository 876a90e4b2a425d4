import { accompaniments, type Db, organisations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { Actor } from "../context.ts";

/**
 * A support organisation's members see a structure only while an accompaniment is active, that
 * is while the structure's consent stands. Everything else answers "not found".
 */
export async function authorizeCohortMember(
  db: Db,
  actor: Actor,
  supportOrganisationId: string,
  structureId: string,
): Promise<{ structure: { id: string; name: string }; cohort: string | null }> {
  await authorize(db, actor, supportOrganisationId, "cohort.read");
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, cohort: accompaniments.cohort })
    .from(accompaniments)
    .innerJoin(organisations, eq(organisations.id, accompaniments.organisationId))
    .where(
      and(
        eq(accompaniments.supportOrganisationId, supportOrganisationId),
        eq(accompaniments.organisationId, structureId),
        eq(accompaniments.status, "active"),
      ),
    );
  if (!row) throw new AppError("ORGANISATION_NOT_FOUND");
  return { structure: { id: row.id, name: row.name }, cohort: row.cohort };
}
