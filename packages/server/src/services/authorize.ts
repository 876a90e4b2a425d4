import { type Db, organisations } from "@ricochet/db";
import {
  AppError,
  can,
  hasAnyGrant,
  type Permission,
  type Role,
  type RoleGrants,
  strongestRole,
} from "@ricochet/domain";
import { eq, sql } from "drizzle-orm";
import type { Actor } from "./context.ts";

export type OrganisationRow = typeof organisations.$inferSelect;

export interface Authorized {
  organisation: OrganisationRow;
  grants: RoleGrants;
}

/**
 * Loads the organisation with the actor's roles on it and on its ancestors, in one query:
 * every request that touches an organisation goes through here.
 */
async function loadWithGrants(db: Db, actor: Actor, organisationId: string) {
  const userId = actor.type === "user" ? actor.userId : "";
  const [row] = await db
    .select({
      organisation: organisations,
      // Qualified by hand: drizzle drops table names inside a single-table select.
      own: sql<Role | null>`(select m.role from memberships m
        where m.organisation_id = organisations.id and m.user_id = ${userId})`,
      above: sql<Role[] | null>`(select array_agg(m.role) from memberships m
        where m.user_id = ${userId} and m.organisation_id <> organisations.id
        and m.organisation_id = any(string_to_array(trim(both '/' from organisations.path), '/')))`,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!row) return undefined;
  const grants: RoleGrants =
    actor.type === "system"
      ? { own: "owner" }
      : { own: row.own ?? undefined, inherited: strongestRole(row.above ?? []) };
  return { organisation: row.organisation, grants };
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
  const loaded = await loadWithGrants(db, actor, organisationId);
  if (!loaded || !hasAnyGrant(loaded.grants)) throw new AppError("ORGANISATION_NOT_FOUND");
  if (!can(loaded.grants, permission)) throw new AppError("FORBIDDEN");
  return loaded;
}
