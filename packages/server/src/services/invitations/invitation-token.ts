import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe. The link carries the token; the database keeps only its hash. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invitations/${token}`;
}
