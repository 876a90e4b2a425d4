import { campaigns, questionnaireVersions, submissions } from "@ricochet/db";
import { AppError, parseInput, type TUpdateCampaign, ZUpdateCampaign } from "@ricochet/domain";
import { count, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { touchEvaluation } from "../evaluations/evaluation-access.ts";
import { forgetCampaignToken } from "../submissions/public-form.ts";
import { authorizeCampaign } from "./campaign-access.ts";
import { type CampaignView, loadCampaignViews } from "./campaign-view.ts";
import { assertStakeholderOfEvaluation, resolveCampaignVersion } from "./resolve-campaign-version.ts";

export async function countSubmissions(tx: ServiceContext["db"], campaignId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(submissions)
    .where(eq(submissions.campaignId, campaignId));
  return Number(row?.n ?? 0);
}

/**
 * Changes a campaign's settings, opens or closes it. Its questionnaire version may change only
 * while it has no answer: answers always keep the version they were given on.
 */
export async function updateCampaign(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
  input: TUpdateCampaign,
): Promise<CampaignView> {
  const data = parseInput(ZUpdateCampaign, input);
  let token: string | null = null;
  const view = await ctx.db.transaction(async (tx) => {
    const { campaign } = await authorizeCampaign(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      campaignId,
      "evaluation.write",
    );
    const { version, ...fields } = data;
    let questionnaireVersionId = campaign.questionnaireVersionId;
    if (version !== undefined) {
      const [current] = await tx
        .select({
          questionnaireId: questionnaireVersions.questionnaireId,
          version: questionnaireVersions.version,
        })
        .from(questionnaireVersions)
        .where(eq(questionnaireVersions.id, campaign.questionnaireVersionId));
      if (current && current.version !== version) {
        const answers = await countSubmissions(tx, campaign.id);
        if (answers > 0)
          throw new AppError("CAMPAIGN_HAS_ANSWERS", {
            name: campaign.name,
            count: answers,
            action: { fr: "changer de version du questionnaire", en: "changing the questionnaire version" },
          });
        questionnaireVersionId = (
          await resolveCampaignVersion(tx, evaluationId, current.questionnaireId, version)
        ).id;
      }
    }
    if (fields.stakeholderId !== undefined)
      await assertStakeholderOfEvaluation(tx, evaluationId, fields.stakeholderId);
    const opensOn = fields.opensOn === undefined ? campaign.opensOn : fields.opensOn;
    const closesOn = fields.closesOn === undefined ? campaign.closesOn : fields.closesOn;
    if (opensOn && closesOn && opensOn > closesOn)
      throw new AppError("VALIDATION_FAILED", {}, [
        {
          path: "closesOn",
          message: {
            fr: "La date de clôture précède la date d'ouverture.",
            en: "The closing date is before the opening date.",
          },
        },
      ]);
    const now = nowOf(ctx);
    const [row] = await tx
      .update(campaigns)
      .set({ ...fields, questionnaireVersionId, updatedAt: now })
      .where(eq(campaigns.id, campaign.id))
      .returning();
    if (!row) throw new AppError("CAMPAIGN_NOT_FOUND");
    token = row.publicToken;
    await touchEvaluation(tx, evaluationId, now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: data.status && data.status !== campaign.status ? `campaign.${data.status}` : "campaign.updated",
      targetType: "campaign",
      targetId: campaign.id,
      summary: { name: row.name, fields: Object.keys(data) },
    });
    const [view] = await loadCampaignViews(tx, [row], ctx.publicUrl, now);
    if (!view) throw new Error("campaign view missing");
    return view;
  });
  // Once committed: a submission arriving meanwhile must not cache the settings being replaced.
  if (token) forgetCampaignToken(token);
  return view;
}
