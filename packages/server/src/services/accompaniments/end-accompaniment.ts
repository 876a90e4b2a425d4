import { accompaniments } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq, or } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { type AccompanimentView, loadAccompanimentView } from "./accompaniment-view.ts";

/**
 * Ends an accompaniment (or withdraws a request), from either side. For the structure this is
 * withdrawing its consent: from then on the support organisation sees nothing of it.
 */
export async function endAccompaniment(
  ctx: ServiceContext,
  organisationId: string,
  accompanimentId: string,
): Promise<AccompanimentView> {
  return ctx.db.transaction(async (tx) => {
    await authorize(tx, ctx.actor, organisationId, "accompaniment.manage");
    const [row] = await tx
      .select()
      .from(accompaniments)
      .where(
        and(
          eq(accompaniments.id, accompanimentId),
          or(
            eq(accompaniments.organisationId, organisationId),
            eq(accompaniments.supportOrganisationId, organisationId),
          ),
        ),
      )
      .for("update");
    if (!row) throw new AppError("ACCOMPANIMENT_NOT_FOUND");
    if (row.status !== "requested" && row.status !== "active") {
      throw new AppError("ACCOMPANIMENT_NOT_OPEN", {
        status: row.status === "declined" ? { fr: "refusé", en: "declined" } : { fr: "terminé", en: "ended" },
      });
    }
    const byStructure = row.organisationId === organisationId;
    await tx
      .update(accompaniments)
      .set({ status: "ended", endedAt: nowOf(ctx), ...(byStructure ? { consentedAt: null } : {}) })
      .where(eq(accompaniments.id, accompanimentId));
    const view = await loadAccompanimentView(tx, accompanimentId);
    for (const orgId of [row.supportOrganisationId, row.organisationId]) {
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: orgId,
        action: byStructure ? "accompaniment.consent_withdrawn" : "accompaniment.ended",
        targetType: "accompaniment",
        targetId: accompanimentId,
        summary: {
          organisation: view.organisationName,
          support: view.supportOrganisationName,
          cohort: view.cohort,
        },
      });
    }
    return view;
  });
}
