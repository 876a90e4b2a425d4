import { memberships } from "@ricochet/db";
import { AppError, canAssignRole } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { lockedOwnerCount, lockMembership } from "./find-membership.ts";

/** Removes a member; anyone may remove themselves (leave), as long as an owner remains. */
export async function removeMember(
  ctx: ServiceContext,
  organisationId: string,
  membershipId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { grants } = await authorize(tx, ctx.actor, organisationId, "member.read");
    const member = await lockMembership(tx, organisationId, membershipId);
    const leaving = ctx.actor.type === "user" && member.userId === ctx.actor.userId;
    if (!leaving) {
      await authorize(tx, ctx.actor, organisationId, "member.remove");
      if (!canAssignRole(grants.own ?? "viewer", member.role, undefined))
        throw new AppError("ROLE_ESCALATION");
    }
    if (member.role === "owner" && (await lockedOwnerCount(tx, organisationId)) <= 1) {
      throw new AppError("LAST_OWNER");
    }
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: leaving ? "member.left" : "member.removed",
      targetType: "membership",
      targetId: membershipId,
      summary: { userId: member.userId, memberName: member.memberName, role: member.role },
    });
  });
}
