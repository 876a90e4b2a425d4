import { type Db, invitations, organisations } from "@ricochet/db";
import { AppError, type Role } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { assertInvitationUsable } from "./check-invitation.ts";
import { hashInvitationToken } from "./invitation-token.ts";

export interface InvitationPreview {
  organisationName: string;
  organisationKind: string;
  role: Role;
  email: string | null;
  expiresAt: string;
}

/**
 * What the holder of a link is invited to, shown before they sign in or sign up.
 * The token is the credential; an unusable one gets its precise reason.
 */
export async function previewInvitation(db: Db, token: string, now = new Date()): Promise<InvitationPreview> {
  const [row] = await db
    .select({
      invitation: invitations,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  if (!row) throw new AppError("INVITATION_NOT_FOUND");
  assertInvitationUsable(row.invitation, now);
  return {
    organisationName: row.organisationName,
    organisationKind: row.organisationKind,
    role: row.invitation.role,
    email: row.invitation.email,
    expiresAt: row.invitation.expiresAt.toISOString(),
  };
}
