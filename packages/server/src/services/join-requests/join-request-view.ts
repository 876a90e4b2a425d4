import type { joinRequests } from "@ricochet/db";

export interface JoinRequestView {
  id: string;
  organisationId: string;
  organisationName: string;
  targetOrganisationId: string;
  targetOrganisationName: string;
  message: string | null;
  status: "pending" | "accepted" | "rejected" | "cancelled";
  createdAt: string;
  decidedAt: string | null;
}

export function toJoinRequestView(
  row: typeof joinRequests.$inferSelect,
  names: { organisationName: string; targetOrganisationName: string },
): JoinRequestView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    targetOrganisationId: row.targetOrganisationId,
    ...names,
    message: row.message,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
