import { z } from "@hono/zod-openapi";
import { ORGANISATION_KINDS, ROLES } from "@ricochet/domain";

// Response contracts of the API. Request contracts live in @ricochet/domain (shared with forms).

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const kind = z.enum(ORGANISATION_KINDS);
const role = z.enum(ROLES);

export const ZOrganisation = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    kind,
    parentId: z.string().nullable(),
    rootId: z.string(),
    depth: z.number().int(),
    sectorTags: z.array(z.string()),
    territory: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Organisation");

export const ZOrganisationWithAccess = ZOrganisation.extend({
  myRole: role.nullable(),
  inheritedRole: role.nullable(),
}).openapi("OrganisationWithAccess");

export const ZMyOrganisation = ZOrganisation.extend({ myRole: role }).openapi("MyOrganisation");

export const ZMe = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    locale: z.enum(["fr", "en"]),
    organisations: z.array(ZMyOrganisation),
  })
  .openapi("Me");

export const ZOrganisationTree = z
  .object({
    ancestors: z.array(z.object({ id: z.string(), name: z.string(), kind })),
    nodes: z.array(ZOrganisation),
  })
  .openapi("OrganisationTree");

export const ZMember = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role,
    joinedAt: z.string(),
  })
  .openapi("Member");

const invitationFields = {
  id: z.string(),
  role,
  email: z.string().nullable(),
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
  expiresAt: z.string(),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
};
export const ZInvitation = z.object(invitationFields).openapi("Invitation");
export const ZCreatedInvitation = z
  .object({ ...invitationFields, token: z.string(), link: z.string() })
  .openapi("CreatedInvitation");

export const ZInvitationPreview = z
  .object({
    organisationName: z.string(),
    organisationKind: z.string(),
    role,
    email: z.string().nullable(),
    expiresAt: z.string(),
  })
  .openapi("InvitationPreview");

export const ZAcceptedInvitation = z
  .object({ organisationId: z.string(), organisationName: z.string(), role })
  .openapi("AcceptedInvitation");

export const ZJoinRequest = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    targetOrganisationId: z.string(),
    targetOrganisationName: z.string(),
    message: z.string().nullable(),
    status: z.enum(["pending", "accepted", "rejected", "cancelled"]),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi("JoinRequest");

export const ZJoinRequestLists = z
  .object({ incoming: z.array(ZJoinRequest), outgoing: z.array(ZJoinRequest) })
  .openapi("JoinRequestLists");

export const ZDirectoryEntry = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(["network", "regional_body", "support_organisation"]),
    territory: z.string().nullable(),
    rootId: z.string(),
  })
  .openapi("DirectoryEntry");

export const ZAuditEvent = z
  .object({
    id: z.number().int(),
    actorUserId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    summary: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .openapi("AuditEvent");

export const ZAuditPage = z
  .object({ events: z.array(ZAuditEvent), nextCursor: z.number().int().nullable() })
  .openapi("AuditPage");

export const ZAccompaniment = z
  .object({
    id: z.string(),
    supportOrganisationId: z.string(),
    supportOrganisationName: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    status: z.enum(["requested", "active", "declined", "ended"]),
    cohort: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    message: z.string().nullable(),
    consented: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("Accompaniment");

export const ZOrgIdParam = z.object({
  orgId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "orgId", in: "path" } }),
});
