import { invitations } from "@ricochet/db";
import {
  AppError,
  canAssignRole,
  parseInput,
  type TCreateInvitation,
  ZCreateInvitation,
} from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";
import { hashInvitationToken, invitationLink, newInvitationToken } from "./invitation-token.ts";
import { type InvitationView, toInvitationView } from "./invitation-view.ts";

export interface CreatedInvitation extends InvitationView {
  /** Shown once: only its hash is stored. */
  token: string;
  link: string;
}

export async function createInvitation(
  ctx: ServiceContext,
  organisationId: string,
  input: TCreateInvitation,
): Promise<CreatedInvitation> {
  const data = parseInput(ZCreateInvitation, input);
  return ctx.db.transaction(async (tx) => {
    const { grants } = await authorize(tx, ctx.actor, organisationId, "member.invite");
    if (!canAssignRole(grants.own ?? "viewer", undefined, data.role)) throw new AppError("ROLE_ESCALATION");
    const token = newInvitationToken();
    const now = nowOf(ctx);
    const [row] = await tx
      .insert(invitations)
      .values({
        id: newId(),
        organisationId,
        role: data.role,
        email: data.email?.toLowerCase() ?? null,
        tokenHash: hashInvitationToken(token),
        invitedByUserId: actorUserId(ctx.actor),
        expiresAt: new Date(now.getTime() + data.expiresInDays * 86_400_000),
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "invitation.created",
      targetType: "invitation",
      targetId: row.id,
      summary: { role: row.role, email: row.email, expiresAt: row.expiresAt.toISOString() },
    });
    return { ...toInvitationView(row, now), token, link: invitationLink(ctx.publicUrl, token) };
  });
}
