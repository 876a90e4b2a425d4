import { submissionRevisions, submissions } from "@ricochet/db";
import {
  type Answers,
  AppError,
  canonicalJson,
  checkAnswers,
  parseInput,
  type TCorrectSubmission,
  ZCorrectSubmission,
} from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { runtimeClockAt } from "../local-date.ts";
import { newId } from "../new-id.ts";
import { answerIssuesToFieldIssues } from "./answer-issues.ts";
import { loadCompiledVersion } from "./compiled-versions.ts";
import { authorizeSubmission } from "./submission-access.ts";
import { loadSubmissionDetail, type SubmissionDetail } from "./submission-view.ts";

type Ids = { organisationId: string; evaluationId: string; campaignId: string; submissionId: string };

/**
 * Corrects answers (a typing error on a paper form, a respondent's request): the corrected
 * submission must still satisfy its questionnaire version; the old and new values are kept.
 */
export async function correctSubmission(
  ctx: ServiceContext,
  ids: Ids,
  input: TCorrectSubmission,
): Promise<SubmissionDetail> {
  const data = parseInput(ZCorrectSubmission, input);
  return ctx.db.transaction(async (tx) => {
    const { submission } = await authorizeSubmission(tx, ctx.actor, ids, "submission.manage");
    if (submission.deletedAt) throw new AppError("SUBMISSION_DELETED");
    const before = submission.answers as Answers;
    const next: Answers = { ...before };
    for (const [question, value] of Object.entries(data.changes)) {
      if (value === null) delete next[question];
      else next[question] = value;
    }
    const version = await loadCompiledVersion(tx, submission.questionnaireVersionId);
    const now = nowOf(ctx);
    // The clock the answers were checked with when they arrived (the device's may be wrong).
    const clock = runtimeClockAt(submission.receivedAt);
    const { state, issues } = checkAnswers(version.compiled, next, clock);
    if (issues.length > 0)
      throw new AppError(
        "SUBMISSION_INVALID",
        { count: issues.length },
        answerIssuesToFieldIssues(issues, version.compiled.definition),
      );
    const names = new Set([...Object.keys(before), ...Object.keys(state.values)]);
    const changes = [...names]
      .filter((name) => canonicalJson(before[name] ?? null) !== canonicalJson(state.values[name] ?? null))
      .map((name) => ({ question: name, before: before[name] ?? null, after: state.values[name] ?? null }));
    if (changes.length === 0) return loadSubmissionDetail(tx, submission);
    const [row] = await tx
      .update(submissions)
      .set({ answers: state.values })
      .where(eq(submissions.id, submission.id))
      .returning();
    if (!row) throw new AppError("SUBMISSION_NOT_FOUND");
    await tx.insert(submissionRevisions).values({
      id: newId(),
      organisationId: ids.organisationId,
      submissionId: submission.id,
      changes,
      reason: data.reason,
      changedByUserId: actorUserId(ctx.actor),
      changedAt: now,
    });
    await recordAuditEvent(tx, ctx.actor, {
      organisationId: ids.organisationId,
      action: "submission.corrected",
      targetType: "submission",
      targetId: submission.id,
      summary: { questions: changes.map((c) => c.question), reason: data.reason },
    });
    return loadSubmissionDetail(tx, row);
  });
}

/** Soft delete (hidden from lists, counts and results) or restore; nothing is lost. */
export async function setSubmissionDeleted(
  ctx: ServiceContext,
  ids: Ids,
  deleted: boolean,
): Promise<SubmissionDetail> {
  return ctx.db.transaction(async (tx) => {
    const { submission } = await authorizeSubmission(tx, ctx.actor, ids, "submission.manage");
    if (!!submission.deletedAt === deleted) return loadSubmissionDetail(tx, submission);
    const now = nowOf(ctx);
    const [row] = await tx
      .update(submissions)
      .set(
        deleted
          ? { deletedAt: now, deletedByUserId: actorUserId(ctx.actor) }
          : { deletedAt: null, deletedByUserId: null },
      )
      .where(eq(submissions.id, submission.id))
      .returning();
    if (!row) throw new AppError("SUBMISSION_NOT_FOUND");
    await recordAuditEvent(tx, ctx.actor, {
      organisationId: ids.organisationId,
      action: deleted ? "submission.deleted" : "submission.restored",
      targetType: "submission",
      targetId: submission.id,
      summary: { respondentCode: submission.respondentCode },
    });
    return loadSubmissionDetail(tx, row);
  });
}
