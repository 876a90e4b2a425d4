import { invitations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { invitationStatus } from "./invitation-view.ts";

export async function revokeInvitation(
  ctx: ServiceContext,
  organisationId: string,
  invitationId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await authorize(tx, ctx.actor, organisationId, "member.invite");
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId)))
      .for("update");
    if (!row) throw new AppError("INVITATION_NOT_FOUND");
    const status = invitationStatus(row, nowOf(ctx));
    if (status === "accepted") throw new AppError("INVITATION_ALREADY_USED");
    if (status === "revoked") return;
    await tx
      .update(invitations)
      .set({ revokedAt: nowOf(ctx) })
      .where(eq(invitations.id, invitationId));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: invitationId,
      summary: { role: row.role, email: row.email },
    });
  });
}
