import { accompaniments, organisations } from "@ricochet/db";
import { AppError, parseInput, type TRequestAccompaniment, ZRequestAccompaniment } from "@ricochet/domain";
import { and, eq, inArray } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";
import { type AccompanimentView, loadAccompanimentView } from "./accompaniment-view.ts";

/**
 * A structure asks a support organisation (an incubator) to follow it. The request is the
 * structure's consent, recorded with who gave it and when.
 */
export async function requestAccompaniment(
  ctx: ServiceContext,
  organisationId: string,
  input: TRequestAccompaniment,
): Promise<AccompanimentView> {
  const data = parseInput(ZRequestAccompaniment, input);
  return ctx.db.transaction(async (tx) => {
    const { organisation } = await authorize(tx, ctx.actor, organisationId, "accompaniment.manage");
    const [support] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, data.supportOrganisationId));
    if (!support) throw new AppError("ORGANISATION_NOT_FOUND");
    if (support.kind !== "support_organisation" || support.id === organisation.id) {
      throw new AppError("NOT_A_SUPPORT_ORGANISATION", { organisation: support.name });
    }
    const [open] = await tx
      .select({ id: accompaniments.id })
      .from(accompaniments)
      .where(
        and(
          eq(accompaniments.organisationId, organisationId),
          eq(accompaniments.supportOrganisationId, support.id),
          inArray(accompaniments.status, ["requested", "active"]),
        ),
      );
    if (open) throw new AppError("ACCOMPANIMENT_EXISTS", { support: support.name });
    const id = newId();
    await tx.insert(accompaniments).values({
      id,
      supportOrganisationId: support.id,
      organisationId,
      status: "requested",
      message: data.message ?? null,
      consentedAt: nowOf(ctx),
      consentedByUserId: actorUserId(ctx.actor),
    });
    for (const orgId of [organisationId, support.id]) {
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: orgId,
        action: "accompaniment.requested",
        targetType: "accompaniment",
        targetId: id,
        summary: { organisation: organisation.name, support: support.name },
      });
    }
    return loadAccompanimentView(tx, id);
  });
}
