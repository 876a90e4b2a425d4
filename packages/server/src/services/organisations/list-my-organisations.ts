import { memberships, organisations } from "@ricochet/db";
import type { Role } from "@ricochet/domain";
import { asc, eq } from "drizzle-orm";
import type { ServiceContext } from "../context.ts";
import { type OrganisationView, toOrganisationView } from "./organisation-view.ts";

export interface MyOrganisation extends OrganisationView {
  myRole: Role;
}

/** The organisations the caller is a member of (the organisation switcher). */
export async function listMyOrganisations(ctx: ServiceContext): Promise<MyOrganisation[]> {
  if (ctx.actor.type !== "user") return [];
  const rows = await ctx.db
    .select({ organisation: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, ctx.actor.userId))
    .orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...toOrganisationView(r.organisation), myRole: r.role }));
}
