import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { type OrganisationWithAccess, toOrganisationView } from "./organisation-view.ts";

export async function getOrganisation(
  ctx: ServiceContext,
  organisationId: string,
): Promise<OrganisationWithAccess> {
  const { organisation, grants } = await authorize(ctx.db, ctx.actor, organisationId, "organisation.read");
  return {
    ...toOrganisationView(organisation),
    myRole: grants.own ?? null,
    inheritedRole: grants.inherited ?? null,
  };
}
