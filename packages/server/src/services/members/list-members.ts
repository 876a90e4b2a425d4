import { memberships, users } from "@ricochet/db";
import type { Role } from "@ricochet/domain";
import { asc, eq } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export async function listMembers(ctx: ServiceContext, organisationId: string): Promise<MemberView[]> {
  await authorize(ctx.db, ctx.actor, organisationId, "member.read");
  const rows = await ctx.db
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() }));
}
