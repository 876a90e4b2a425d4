import { PERMISSIONS, type Permission } from "./permissions.ts";
import { type Role, roleAtLeast } from "./roles.ts";

/** The roles an actor holds on an organisation: in it, and in its ancestors. */
export interface RoleGrants {
  own?: Role;
  inherited?: Role;
}

export function can(grants: RoleGrants, permission: Permission): boolean {
  const rule = PERMISSIONS[permission];
  if (grants.own && roleAtLeast(grants.own, rule.minRole)) return true;
  return rule.reach === "ownOrAncestor" && !!grants.inherited && roleAtLeast(grants.inherited, rule.minRole);
}

/** Whether the actor may see that the organisation exists at all. */
export function hasAnyGrant(grants: RoleGrants): boolean {
  return !!grants.own || !!grants.inherited;
}

/**
 * Owner-related role changes need an owner: an admin may not create an owner, nor
 * demote or remove one.
 */
export function canAssignRole(
  actorRole: Role,
  fromRole: Role | undefined,
  toRole: Role | undefined,
): boolean {
  if (actorRole === "owner") return true;
  return fromRole !== "owner" && toRole !== "owner";
}
