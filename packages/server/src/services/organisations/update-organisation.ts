import { organisations } from "@ricochet/db";
import {
  AppError,
  canBePlacedUnder,
  ORGANISATION_KIND_LABELS,
  parseInput,
  type TUpdateOrganisation,
  ZUpdateOrganisation,
} from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { type OrganisationView, toOrganisationView } from "./organisation-view.ts";

/** Edits name, kind, sector tags or territory; the audit keeps each field's before and after. */
export async function updateOrganisation(
  ctx: ServiceContext,
  organisationId: string,
  input: TUpdateOrganisation,
): Promise<OrganisationView> {
  const data = parseInput(ZUpdateOrganisation, input);
  return ctx.db.transaction(async (tx) => {
    const { organisation } = await authorize(tx, ctx.actor, organisationId, "organisation.update");
    if (data.kind && data.kind !== organisation.kind) await assertKindFits(tx, organisation, data.kind);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(data) as (keyof typeof data)[]) {
      const to = data[key];
      const from = organisation[key];
      if (to !== undefined && JSON.stringify(to) !== JSON.stringify(from)) changes[key] = { from, to };
    }
    if (Object.keys(changes).length === 0) return toOrganisationView(organisation);
    const [row] = await tx
      .update(organisations)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(organisations.id, organisationId))
      .returning();
    if (!row) throw new AppError("ORGANISATION_NOT_FOUND");
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "organisation.updated",
      targetType: "organisation",
      targetId: organisationId,
      summary: { changes },
    });
    return toOrganisationView(row);
  });
}

async function assertKindFits(
  tx: Parameters<typeof authorize>[0],
  organisation: typeof organisations.$inferSelect,
  kind: typeof organisations.$inferSelect.kind,
): Promise<void> {
  const parent = organisation.parentId
    ? (await tx.select().from(organisations).where(eq(organisations.id, organisation.parentId)))[0]
    : undefined;
  if (!canBePlacedUnder(kind, parent?.kind ?? null)) {
    throw new AppError("TREE_KIND_MISMATCH", {
      childKind: ORGANISATION_KIND_LABELS[kind],
      parentKind: parent
        ? ORGANISATION_KIND_LABELS[parent.kind]
        : { fr: "aucun (racine)", en: "none (root)" },
    });
  }
  const children = await tx.select().from(organisations).where(eq(organisations.parentId, organisation.id));
  const misfit = children.find((child) => !canBePlacedUnder(child.kind, kind));
  if (misfit) {
    throw new AppError("TREE_KIND_MISMATCH", {
      childKind: ORGANISATION_KIND_LABELS[misfit.kind],
      parentKind: ORGANISATION_KIND_LABELS[kind],
    });
  }
}
