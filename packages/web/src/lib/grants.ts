import { can, type Permission, type RoleGrants } from "@ricochet/domain";
import type { OrganisationWithAccess } from "../api/types.ts";

export function grantsOf(
  org: Pick<OrganisationWithAccess, "myRole" | "inheritedRole"> | undefined,
): RoleGrants {
  return { own: org?.myRole ?? undefined, inherited: org?.inheritedRole ?? undefined };
}

export function allowed(
  org: Pick<OrganisationWithAccess, "myRole" | "inheritedRole"> | undefined,
  permission: Permission,
): boolean {
  return !!org && can(grantsOf(org), permission);
}
