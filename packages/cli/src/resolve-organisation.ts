import { organisations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import type { ServiceContext } from "@ricochet/server";
import { eq, or } from "drizzle-orm";

/** An organisation named on the command line by its id or its slug. */
export async function resolveOrganisationId(ctx: ServiceContext, idOrSlug: string): Promise<string> {
  const [row] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(or(eq(organisations.id, idOrSlug), eq(organisations.slug, idOrSlug)));
  if (!row) throw new AppError("ORGANISATION_NOT_FOUND");
  return row.id;
}
