import { campaigns, type Db } from "@ricochet/db";
import { AppError, type Permission } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import type { CampaignRow } from "./campaign-view.ts";

/** The campaign of this evaluation of this organisation, after authorization; else not found. */
export async function authorizeCampaign(
  tx: Db,
  actor: Actor,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
  permission: Permission,
) {
  const authorized = await authorizeEvaluation(tx, actor, organisationId, evaluationId, permission);
  const [campaign]: CampaignRow[] = await tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.evaluationId, evaluationId)));
  if (!campaign) throw new AppError("CAMPAIGN_NOT_FOUND");
  return { ...authorized, campaign };
}
