import type { OrganisationKind, Role } from "@ricochet/domain";

/** Types written from openapi/openapi.json (components.schemas). */

export interface Organisation {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  parentId: string | null;
  rootId: string;
  depth: number;
  sectorTags: string[];
  territory: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MyOrganisation extends Organisation {
  myRole: Role;
}

export interface OrganisationWithAccess extends Organisation {
  myRole: Role | null;
  inheritedRole: Role | null;
}

export interface Me {
  id: string;
  name: string;
  email: string;
  locale: "fr" | "en";
  organisations: MyOrganisation[];
}

export interface DirectoryEntry {
  id: string;
  name: string;
  kind: "network" | "regional_body" | "support_organisation";
  territory: string | null;
  rootId: string;
}

export interface OrganisationTree {
  ancestors: { id: string; name: string; kind: OrganisationKind }[];
  nodes: Organisation[];
}

export interface Accompaniment {
  id: string;
  supportOrganisationId: string;
  supportOrganisationName: string;
  organisationId: string;
  organisationName: string;
  cohort: string;
  startsOn: string;
  endsOn: string | null;
  consented: boolean;
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export interface Invitation {
  id: string;
  role: Role;
  email: string | null;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  acceptedAt: string | null;
}

export interface CreatedInvitation extends Invitation {
  token: string;
  link: string;
}

export interface InvitationPreview {
  organisationName: string;
  organisationKind: string;
  role: Role;
  email: string | null;
  expiresAt: string;
}

export interface AcceptedInvitation {
  organisationId: string;
  organisationName: string;
  role: Role;
}

export type JoinRequestStatus = "pending" | "accepted" | "rejected" | "cancelled";

export interface JoinRequest {
  id: string;
  organisationId: string;
  organisationName: string;
  targetOrganisationId: string;
  targetOrganisationName: string;
  message: string | null;
  status: JoinRequestStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface JoinRequestLists {
  incoming: JoinRequest[];
  outgoing: JoinRequest[];
}

export interface AuditEvent {
  id: number;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: Record<string, unknown>;
  createdAt: string;
}

export interface AuditPage {
  events: AuditEvent[];
  nextCursor: number | null;
}

export interface CreateOrganisationBody {
  name: string;
  kind: OrganisationKind;
  parentId?: string | null;
  sectorTags?: string[];
  territory?: string | null;
}

export type UpdateOrganisationBody = Partial<Omit<CreateOrganisationBody, "parentId">>;

export interface CreateInvitationBody {
  role: Role;
  email?: string | null;
  expiresInDays?: number;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}
