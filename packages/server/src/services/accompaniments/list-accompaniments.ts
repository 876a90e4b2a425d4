import { accompaniments } from "@ricochet/db";
import { can } from "@ricochet/domain";
import { and, desc, eq, inArray, or } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { type AccompanimentView, accompanimentQuery, toAccompanimentView } from "./accompaniment-view.ts";

export type { AccompanimentView } from "./accompaniment-view.ts";

/**
 * A support organisation's cohort and requests, or, for a structure, who follows it. Members
 * see current accompaniments; administrators also see requests and past ones.
 */
export async function listAccompaniments(
  ctx: ServiceContext,
  organisationId: string,
): Promise<AccompanimentView[]> {
  const { grants } = await authorize(ctx.db, ctx.actor, organisationId, "organisation.read");
  const statuses = can(grants, "accompaniment.manage")
    ? (["requested", "active", "declined", "ended"] as const)
    : (["active"] as const);
  const rows = await accompanimentQuery(ctx.db)
    .where(
      and(
        or(
          eq(accompaniments.supportOrganisationId, organisationId),
          eq(accompaniments.organisationId, organisationId),
        ),
        inArray(accompaniments.status, [...statuses]),
      ),
    )
    .orderBy(desc(accompaniments.createdAt));
  return rows.map(toAccompanimentView);
}
