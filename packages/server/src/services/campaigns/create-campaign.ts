import { randomBytes } from "node:crypto";
import { campaigns } from "@ricochet/db";
import { parseInput, type TCreateCampaign, ZCreateCampaign } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";
import { type CampaignView, loadCampaignViews } from "./campaign-view.ts";
import { assertStakeholderOfEvaluation, resolveCampaignVersion } from "./resolve-campaign-version.ts";

/** 128 random bits: the public link cannot be guessed, and it only lets one answer. */
export const newPublicToken = (): string => randomBytes(16).toString("base64url");

export async function createCampaign(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TCreateCampaign,
): Promise<CampaignView> {
  const data = parseInput(ZCreateCampaign, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const version = await resolveCampaignVersion(tx, evaluationId, data.questionnaireId, data.version);
    await assertStakeholderOfEvaluation(tx, evaluationId, data.stakeholderId);
    const now = nowOf(ctx);
    const { questionnaireId: _q, version: _v, ...fields } = data;
    const [row] = await tx
      .insert(campaigns)
      .values({
        id: newId(),
        organisationId,
        evaluationId,
        questionnaireVersionId: version.id,
        ...fields,
        stakeholderId: fields.stakeholderId ?? null,
        opensOn: fields.opensOn ?? null,
        closesOn: fields.closesOn ?? null,
        targetResponses: fields.targetResponses ?? null,
        publicToken: newPublicToken(),
        createdByUserId: actorUserId(ctx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("campaign not inserted");
    await touchEvaluation(tx, evaluationId, now);
    await markStepStarted(tx, evaluationId, "collection", now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "campaign.created",
      targetType: "campaign",
      targetId: row.id,
      summary: {
        name: row.name,
        evaluation: evaluation.title,
        questionnaire: version.title,
        version: version.version,
      },
    });
    const [view] = await loadCampaignViews(tx, [row], ctx.publicUrl, now);
    if (!view) throw new Error("campaign view missing");
    return view;
  });
}
