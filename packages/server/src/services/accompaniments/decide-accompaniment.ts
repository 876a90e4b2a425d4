import { accompaniments } from "@ricochet/db";
import { AppError, parseInput, type TAccompanimentDecision, ZAccompanimentDecision } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { type AccompanimentView, loadAccompanimentView } from "./accompaniment-view.ts";

/** The support organisation takes a structure into a cohort, for a period, or declines. */
export async function decideAccompaniment(
  ctx: ServiceContext,
  supportOrganisationId: string,
  accompanimentId: string,
  input: TAccompanimentDecision,
): Promise<AccompanimentView> {
  const data = parseInput(ZAccompanimentDecision, input);
  return ctx.db.transaction(async (tx) => {
    await authorize(tx, ctx.actor, supportOrganisationId, "accompaniment.manage");
    const [row] = await tx
      .select()
      .from(accompaniments)
      .where(
        and(
          eq(accompaniments.id, accompanimentId),
          eq(accompaniments.supportOrganisationId, supportOrganisationId),
        ),
      )
      .for("update");
    if (!row) throw new AppError("ACCOMPANIMENT_NOT_FOUND");
    if (row.status !== "requested") throw new AppError("JOIN_REQUEST_ALREADY_DECIDED");
    const decided = { decidedAt: nowOf(ctx), decidedByUserId: actorUserId(ctx.actor) };
    await tx
      .update(accompaniments)
      .set(
        data.decision === "accept"
          ? {
              ...decided,
              status: "active",
              cohort: data.cohort,
              startsOn: data.startsOn,
              endsOn: data.endsOn ?? null,
            }
          : { ...decided, status: "declined" },
      )
      .where(eq(accompaniments.id, accompanimentId));
    const view = await loadAccompanimentView(tx, accompanimentId);
    for (const orgId of [supportOrganisationId, row.organisationId]) {
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: orgId,
        action: data.decision === "accept" ? "accompaniment.accepted" : "accompaniment.declined",
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
