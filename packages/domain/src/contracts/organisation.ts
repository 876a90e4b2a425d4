import { z } from "zod";
import { ROLES } from "../access/roles.ts";
import { ORGANISATION_KINDS } from "../organisations/organisation-kind.ts";

export const ZId = z.string().min(1).max(64);
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
export const ZRole = z.enum(ROLES);

const ZSectorTags = z.array(z.string().trim().min(1).max(40)).max(20);

export const ZCreateOrganisation = z.object({
  name: z.string().trim().min(2).max(120),
  kind: ZOrganisationKind,
  parentId: ZId.nullish(),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .min(2)
    .max(60)
    .optional(),
  sectorTags: ZSectorTags.default([]),
  territory: z.string().trim().max(120).nullish(),
});
export type TCreateOrganisation = z.input<typeof ZCreateOrganisation>;

export const ZUpdateOrganisation = z
  .object({
    name: z.string().trim().min(2).max(120),
    kind: ZOrganisationKind,
    sectorTags: ZSectorTags,
    territory: z.string().trim().max(120).nullable(),
  })
  .partial();
export type TUpdateOrganisation = z.infer<typeof ZUpdateOrganisation>;

export const ZMoveOrganisation = z.object({ parentId: ZId.nullable() });
export type TMoveOrganisation = z.infer<typeof ZMoveOrganisation>;

export const ZUpdateMemberRole = z.object({ role: ZRole });

export const ZCreateInvitation = z.object({
  role: ZRole,
  email: z.email().max(254).nullish(),
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type TCreateInvitation = z.input<typeof ZCreateInvitation>;

export const ZCreateJoinRequest = z.object({
  targetOrganisationId: ZId,
  message: z.string().trim().max(1000).nullish(),
});
export type TCreateJoinRequest = z.input<typeof ZCreateJoinRequest>;

export const ZJoinRequestDecision = z.object({ decision: z.enum(["accept", "reject"]) });

export const ZRequestAccompaniment = z.object({
  supportOrganisationId: ZId,
  message: z.string().trim().max(1000).nullish(),
});
export type TRequestAccompaniment = z.input<typeof ZRequestAccompaniment>;

const ZIsoDate = z.iso.date();

export const ZAccompanimentDecision = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("accept"),
    cohort: z.string().trim().min(2).max(120),
    startsOn: ZIsoDate,
    endsOn: ZIsoDate.nullish(),
  }),
  z.object({ decision: z.literal("decline") }),
]);
export type TAccompanimentDecision = z.input<typeof ZAccompanimentDecision>;
