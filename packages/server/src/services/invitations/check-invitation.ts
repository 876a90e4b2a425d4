import type { invitations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { invitationStatus } from "./invitation-view.ts";

/** Throws the precise reason an invitation cannot be used now. */
export function assertInvitationUsable(row: typeof invitations.$inferSelect, now: Date): void {
  const status = invitationStatus(row, now);
  if (status === "accepted") throw new AppError("INVITATION_ALREADY_USED");
  if (status === "revoked") throw new AppError("INVITATION_REVOKED");
  if (status === "expired") {
    throw new AppError("INVITATION_EXPIRED", { expiredOn: row.expiresAt.toISOString().slice(0, 10) });
  }
}
