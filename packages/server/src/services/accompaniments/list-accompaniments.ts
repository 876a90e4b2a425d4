import { accompaniments, organisations } from "@ricochet/db";
import { asc, eq, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";

export interface AccompanimentView {
  id: string;
  supportOrganisationId: string;
  supportOrganisationName: string;
  organisationId: string;
  organisationName: string;
  cohort: string;
  startsOn: string;
  endsOn: string | null;
  consented: boolean;
}

/** A support organisation's cohort, or, for a structure, who accompanies it. */
export async function listAccompaniments(
  ctx: ServiceContext,
  organisationId: string,
): Promise<AccompanimentView[]> {
  await authorize(ctx.db, ctx.actor, organisationId, "organisation.read");
  const support = alias(organisations, "support");
  const followed = alias(organisations, "followed");
  const rows = await ctx.db
    .select({ a: accompaniments, supportName: support.name, followedName: followed.name })
    .from(accompaniments)
    .innerJoin(support, eq(support.id, accompaniments.supportOrganisationId))
    .innerJoin(followed, eq(followed.id, accompaniments.organisationId))
    .where(
      or(
        eq(accompaniments.supportOrganisationId, organisationId),
        eq(accompaniments.organisationId, organisationId),
      ),
    )
    .orderBy(asc(accompaniments.cohort), asc(followed.name));
  return rows.map(({ a, supportName, followedName }) => ({
    id: a.id,
    supportOrganisationId: a.supportOrganisationId,
    supportOrganisationName: supportName,
    organisationId: a.organisationId,
    organisationName: followedName,
    cohort: a.cohort,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    consented: a.consentedAt !== null,
  }));
}
