import { accompaniments } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";

export interface StartAccompanimentInput {
  organisationId: string;
  cohort: string;
  startsOn: string;
  endsOn?: string | null;
  /** Set when the structure's owner has agreed to be followed (recorded with who and when). */
  consentedByUserId?: string | null;
}

/** A support organisation starts following a structure as part of a cohort. */
export async function startAccompaniment(
  ctx: ServiceContext,
  supportOrganisationId: string,
  input: StartAccompanimentInput,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const { organisation: support } = await authorize(
      tx,
      ctx.actor,
      supportOrganisationId,
      "organisation.update",
    );
    if (support.kind !== "support_organisation") throw new AppError("FORBIDDEN");
    const id = newId();
    await tx.insert(accompaniments).values({
      id,
      supportOrganisationId,
      organisationId: input.organisationId,
      cohort: input.cohort,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      consentedAt: input.consentedByUserId ? nowOf(ctx) : null,
      consentedByUserId: input.consentedByUserId ?? null,
    });
    for (const orgId of [supportOrganisationId, input.organisationId]) {
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: orgId,
        action: "accompaniment.started",
        targetType: "accompaniment",
        targetId: id,
        summary: { cohort: input.cohort, by: actorUserId(ctx.actor) },
      });
    }
    return { id };
  });
}
