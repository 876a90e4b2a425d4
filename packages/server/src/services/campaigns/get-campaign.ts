import { campaigns } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { loadCompiledVersion } from "../submissions/compiled-versions.ts";
import { forgetCampaignToken } from "../submissions/public-form.ts";
import { authorizeCampaign } from "./campaign-access.ts";
import { type CampaignView, listCampaignRows, loadCampaignViews } from "./campaign-view.ts";
import { countSubmissions } from "./update-campaign.ts";

export async function listCampaigns(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<CampaignView[]> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  return loadCampaignViews(ctx.db, await listCampaignRows(ctx.db, evaluationId), ctx.publicUrl, nowOf(ctx));
}

export async function getCampaign(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
): Promise<CampaignView> {
  const { campaign } = await authorizeCampaign(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    campaignId,
    "evaluation.read",
  );
  const [view] = await loadCampaignViews(ctx.db, [campaign], ctx.publicUrl, nowOf(ctx));
  if (!view) throw new AppError("CAMPAIGN_NOT_FOUND");
  return view;
}

/** Deletes a campaign that has no answer yet (a campaign with answers is closed, never deleted). */
export async function deleteCampaign(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
): Promise<void> {
  const token = await ctx.db.transaction(async (tx) => {
    const { campaign } = await authorizeCampaign(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      campaignId,
      "evaluation.write",
    );
    const answers = await countSubmissions(tx, campaign.id);
    if (answers > 0)
      throw new AppError("CAMPAIGN_HAS_ANSWERS", {
        name: campaign.name,
        count: answers,
        action: { fr: "la supprimer", en: "deleting it" },
      });
    await tx.delete(campaigns).where(eq(campaigns.id, campaign.id));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "campaign.deleted",
      targetType: "campaign",
      targetId: campaign.id,
      summary: { name: campaign.name },
    });
    return campaign.publicToken;
  });
  forgetCampaignToken(token);
}

/** The questionnaire version a campaign sends, compiled: for staff entry, previews and answer labels. */
export async function getCampaignQuestionnaire(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
) {
  const { campaign } = await authorizeCampaign(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    campaignId,
    "evaluation.read",
  );
  const version = await loadCompiledVersion(ctx.db, campaign.questionnaireVersionId);
  return {
    version: { id: version.id, number: version.version, contentHash: version.contentHash },
    questionnaire: version.compiled,
  };
}
