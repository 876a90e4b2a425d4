import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorizeCampaign } from "../campaigns/campaign-access.ts";
import type { ServiceContext } from "../context.ts";
import { authorizeSubmission } from "./submission-access.ts";
import {
  listSubmissionRows,
  loadSubmissionDetail,
  type SubmissionDetail,
  type SubmissionFilters,
  type SubmissionSummary,
} from "./submission-view.ts";

export async function listSubmissions(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
  filters: SubmissionFilters,
): Promise<{ total: number; items: SubmissionSummary[] }> {
  const { campaign } = await authorizeCampaign(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    campaignId,
    "submission.read",
  );
  return listSubmissionRows(ctx.db, campaign.id, filters);
}

/** One submission with its corrections. Reading raw answers is recorded (special-category data). */
export async function getSubmission(
  ctx: ServiceContext,
  ids: { organisationId: string; evaluationId: string; campaignId: string; submissionId: string },
): Promise<SubmissionDetail> {
  return ctx.db.transaction(async (tx) => {
    const { submission } = await authorizeSubmission(tx, ctx.actor, ids, "submission.read");
    await recordAuditEvent(tx, ctx.actor, {
      organisationId: ids.organisationId,
      action: "submission.viewed",
      targetType: "submission",
      targetId: submission.id,
      summary: { respondentCode: submission.respondentCode },
    });
    return loadSubmissionDetail(tx, submission);
  });
}
