import { useOutletContext } from "react-router";
import type { OrganisationWithAccess } from "../api/types.ts";

export interface OrganisationContext {
  org: OrganisationWithAccess;
}

/** The organisation of the current /o/:orgId page, loaded by OrganisationLayout. */
export function useCurrentOrganisation(): OrganisationWithAccess {
  return useOutletContext<OrganisationContext>().org;
}
