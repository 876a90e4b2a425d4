import { type Db, memberships, organisations } from "@ricochet/db";
import {
  AppError,
  ancestorIds,
  can,
  hasAnyGrant,
  type Permission,
  type Role,
  type RoleGrants,
  strongestRole,
} from "@ricochet/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "./context.ts";

export type OrganisationRow = typeof organisations.$inferSelect;

export interface Authorized {
  organisation: OrganisationRow;
  grants: RoleGrants;
}

/** The actor's roles on an organisation: its own membership and the strongest one above it. */
export async function grantsOn(db: Db, actor: Actor, organisation: OrganisationRow): Promise<RoleGrants> {
  if (actor.type === "system") return { own: "owner" };
  const ids = [...ancestorIds(organisation.path), organisation.id];
  const rows = await db
    .select({ organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, actor.userId), inArray(memberships.organisationId, ids)));
  const own = rows.find((r) => r.organisationId === organisation.id)?.role;
  const inherited = strongestRole(
    rows.filter((r) => r.organisationId !== organisation.id).map((r) => r.role as Role),
  );
  return { own, inherited };
}

/**
 * Loads the organisation and checks the permission. An actor with no role on it, nor above it,
 * is told it does not exist (404) so that ids cannot be probed; one with a weaker role gets 403.
 */
export async function authorize(
  db: Db,
  actor: Actor,
  organisationId: string,
  permission: Permission,
): Promise<Authorized> {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new AppError("ORGANISATION_NOT_FOUND");
  const grants = await grantsOn(db, actor, organisation);
  if (!hasAnyGrant(grants)) throw new AppError("ORGANISATION_NOT_FOUND");
  if (!can(grants, permission)) throw new AppError("FORBIDDEN");
  return { organisation, grants };
}
