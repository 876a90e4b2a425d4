import { organisations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { asc } from "drizzle-orm";
import type { ServiceContext } from "../context.ts";
import { type OrganisationView, toOrganisationView } from "./organisation-view.ts";

/** Every organisation, in tree order: an operator's view (CLI), never exposed to people. */
export async function listAllOrganisations(ctx: ServiceContext): Promise<OrganisationView[]> {
  if (ctx.actor.type !== "system") throw new AppError("FORBIDDEN");
  const rows = await ctx.db.select().from(organisations).orderBy(asc(organisations.path));
  return rows.map(toOrganisationView);
}
