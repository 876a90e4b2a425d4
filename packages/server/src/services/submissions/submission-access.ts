import { type Db, submissions } from "@ricochet/db";
import { AppError, type Permission } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { authorizeCampaign } from "../campaigns/campaign-access.ts";
import type { Actor } from "../context.ts";
import type { SubmissionRow } from "./submission-view.ts";

/** A submission of this campaign of this evaluation of this organisation; else not found. */
export async function authorizeSubmission(
  tx: Db,
  actor: Actor,
  ids: { organisationId: string; evaluationId: string; campaignId: string; submissionId: string },
  permission: Permission,
) {
  const authorized = await authorizeCampaign(
    tx,
    actor,
    ids.organisationId,
    ids.evaluationId,
    ids.campaignId,
    permission,
  );
  const query = tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.id, ids.submissionId), eq(submissions.campaignId, ids.campaignId)));
  // A change reads then writes the whole answers: two at once must not overwrite each other.
  const [submission]: SubmissionRow[] =
    permission === "submission.manage" ? await query.for("update") : await query;
  if (!submission) throw new AppError("SUBMISSION_NOT_FOUND");
  return { ...authorized, submission };
}
