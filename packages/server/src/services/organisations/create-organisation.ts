import { memberships, organisations } from "@ricochet/db";
import {
  AppError,
  canBePlacedUnder,
  childPath,
  depthOf,
  ORGANISATION_KIND_LABELS,
  parseInput,
  rootIdOf,
  type TCreateOrganisation,
  ZCreateOrganisation,
} from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";
import { type OrganisationView, toOrganisationView } from "./organisation-view.ts";
import { uniqueSlug } from "./unique-slug.ts";

export interface CreateOrganisationOptions {
  /** For the CLI and the seed: who becomes owner when the actor is not a person. */
  ownerUserId?: string;
}

/**
 * Creates an organisation, at the root or under a parent the actor administers (a network
 * creating a member). The person who creates it becomes its owner.
 */
export async function createOrganisation(
  ctx: ServiceContext,
  input: TCreateOrganisation,
  options: CreateOrganisationOptions = {},
): Promise<OrganisationView> {
  const data = parseInput(ZCreateOrganisation, input);
  return ctx.db.transaction(async (tx) => {
    let parentPath: string | null = null;
    if (data.parentId) {
      const { organisation: parent } = await authorize(tx, ctx.actor, data.parentId, "tree.manage");
      if (!canBePlacedUnder(data.kind, parent.kind)) {
        throw new AppError("TREE_KIND_MISMATCH", {
          childKind: ORGANISATION_KIND_LABELS[data.kind],
          parentKind: ORGANISATION_KIND_LABELS[parent.kind],
        });
      }
      parentPath = parent.path;
    } else if (!canBePlacedUnder(data.kind, null)) {
      throw new AppError("VALIDATION_FAILED", {}, [
        {
          path: "parentId",
          message: {
            fr: "Ce type d'organisation doit être rattaché à un parent.",
            en: "This kind of organisation needs a parent.",
          },
        },
      ]);
    }
    if (data.slug) {
      const [clash] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.slug, data.slug));
      if (clash) throw new AppError("SLUG_TAKEN", { slug: data.slug });
    }
    const id = newId();
    const path = childPath(parentPath, id);
    const [row] = await tx
      .insert(organisations)
      .values({
        id,
        name: data.name,
        slug: data.slug ?? (await uniqueSlug(tx, data.name)),
        kind: data.kind,
        parentId: data.parentId ?? null,
        path,
        rootId: rootIdOf(path),
        depth: depthOf(path),
        sectorTags: data.sectorTags,
        territory: data.territory ?? null,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    const ownerUserId = ctx.actor.type === "user" ? ctx.actor.userId : options.ownerUserId;
    if (ownerUserId) {
      await tx
        .insert(memberships)
        .values({ id: newId(), organisationId: id, userId: ownerUserId, role: "owner" });
    }
    await recordAuditEvent(tx, ctx.actor, {
      organisationId: id,
      action: "organisation.created",
      targetType: "organisation",
      targetId: id,
      summary: { name: row.name, kind: row.kind, parentId: row.parentId, ownerUserId: ownerUserId ?? null },
    });
    if (row.parentId) {
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: row.parentId,
        action: "organisation.child_created",
        targetType: "organisation",
        targetId: id,
        summary: { name: row.name, kind: row.kind },
      });
    }
    return toOrganisationView(row);
  });
}
