import { type Db, memberships, users } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq, sql } from "drizzle-orm";

export async function lockMembership(tx: Db, organisationId: string, membershipId: string) {
  const [row] = await tx
    .select({ membership: memberships, memberName: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)))
    .for("update", { of: memberships });
  if (!row) throw new AppError("MEMBER_NOT_FOUND");
  return { ...row.membership, memberName: row.memberName };
}

/** Counts owners with their rows locked, so two concurrent demotions cannot both pass. */
export async function lockedOwnerCount(tx: Db, organisationId: string): Promise<number> {
  const rows = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), sql`${memberships.role} = 'owner'`))
    .for("update");
  return rows.length;
}
