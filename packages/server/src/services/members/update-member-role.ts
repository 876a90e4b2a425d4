import { memberships } from "@ricochet/db";
import { AppError, canAssignRole, type Role } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { lockedOwnerCount, lockMembership } from "./find-membership.ts";

export async function updateMemberRole(
  ctx: ServiceContext,
  organisationId: string,
  membershipId: string,
  role: Role,
): Promise<{ id: string; role: Role }> {
  return ctx.db.transaction(async (tx) => {
    const { grants } = await authorize(tx, ctx.actor, organisationId, "member.updateRole");
    const member = await lockMembership(tx, organisationId, membershipId);
    if (member.role === role) return { id: member.id, role };
    if (!canAssignRole(grants.own ?? "viewer", member.role, role)) throw new AppError("ROLE_ESCALATION");
    if (member.role === "owner" && (await lockedOwnerCount(tx, organisationId)) <= 1) {
      throw new AppError("LAST_OWNER");
    }
    await tx.update(memberships).set({ role, updatedAt: new Date() }).where(eq(memberships.id, membershipId));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "member.role_changed",
      targetType: "membership",
      targetId: membershipId,
      summary: { userId: member.userId, memberName: member.memberName, from: member.role, to: role },
    });
    return { id: membershipId, role };
  });
}
