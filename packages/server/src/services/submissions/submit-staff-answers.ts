import { AppError, type TSubmissionInput } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorizeCampaign } from "../campaigns/campaign-access.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { assertAccepting } from "./public-form.ts";
import { type RecordedSubmission, recordSubmission } from "./record-submission.ts";

/** A staff member types in answers collected face to face or on paper (channel "staff entry"). */
export async function submitStaffAnswers(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
  input: TSubmissionInput,
): Promise<RecordedSubmission> {
  return ctx.db.transaction(async (tx) => {
    const { campaign } = await authorizeCampaign(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      campaignId,
      "data.collect",
    );
    if (!campaign.staffEntry)
      throw new AppError("CAMPAIGN_CHANNEL_CLOSED", {
        name: campaign.name,
        channel: { fr: "la saisie par l'équipe", en: "staff entry" },
      });
    const now = nowOf(ctx);
    const result = await recordSubmission(tx, campaign, input, {
      source: "staff",
      now,
      enteredByUserId: actorUserId(ctx.actor),
      beforeInsert: () => assertAccepting(campaign, now),
    });
    if (!result.duplicate)
      await recordAuditEvent(tx, ctx.actor, {
        organisationId,
        action: "submission.entered",
        targetType: "submission",
        targetId: result.id,
        summary: { campaign: campaign.name },
      });
    return result;
  });
}
