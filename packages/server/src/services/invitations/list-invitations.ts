import { invitations } from "@ricochet/db";
import { desc, eq } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { type InvitationView, toInvitationView } from "./invitation-view.ts";

export async function listInvitations(
  ctx: ServiceContext,
  organisationId: string,
): Promise<InvitationView[]> {
  await authorize(ctx.db, ctx.actor, organisationId, "member.invite");
  const rows = await ctx.db
    .select()
    .from(invitations)
    .where(eq(invitations.organisationId, organisationId))
    .orderBy(desc(invitations.createdAt));
  const now = nowOf(ctx);
  return rows.map((row) => toInvitationView(row, now));
}
