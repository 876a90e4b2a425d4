import { campaigns, interviews, submissionRevisions, submissions } from "@ricochet/db";
import { AppError, ZRespondentCode } from "@ricochet/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";

/** Everything the evaluation holds under one respondent code (GDPR access and portability). */
export interface RespondentData {
  code: string;
  submissions: Array<{
    id: string;
    campaignId: string;
    questionnaireVersionId: string;
    campaign: string;
    wave: string;
    arm: string;
    source: string;
    submittedAt: string;
    deletedAt: string | null;
    consent: unknown;
    answers: Record<string, unknown>;
    corrections: Array<{ changedAt: string; reason: string | null; changes: unknown }>;
  }>;
  interviews: Array<{
    id: string;
    heldOn: string;
    stakeholderCategory: string;
    consentGiven: string;
    notes: string | null;
    transcript: string | null;
  }>;
}

function codeOf(raw: string): string {
  const parsed = ZRespondentCode.safeParse(raw);
  if (!parsed.success) throw new AppError("RESPONDENT_CODE_UNKNOWN", { code: raw.slice(0, 40) });
  return parsed.data;
}

async function collect(ctx: ServiceContext, evaluationId: string, code: string): Promise<RespondentData> {
  const rows = await ctx.db
    .select({ submission: submissions, campaign: campaigns.name, wave: campaigns.wave, arm: campaigns.arm })
    .from(submissions)
    .innerJoin(campaigns, eq(campaigns.id, submissions.campaignId))
    .where(and(eq(submissions.evaluationId, evaluationId), eq(submissions.respondentCode, code)))
    .orderBy(asc(submissions.submittedAt));
  const revisions =
    rows.length === 0
      ? []
      : await ctx.db
          .select()
          .from(submissionRevisions)
          .where(
            inArray(
              submissionRevisions.submissionId,
              rows.map((r) => r.submission.id),
            ),
          );
  const talks = await ctx.db
    .select()
    .from(interviews)
    .where(and(eq(interviews.evaluationId, evaluationId), eq(interviews.respondentCode, code)))
    .orderBy(asc(interviews.heldOn));
  return {
    code,
    submissions: rows.map(({ submission, campaign, wave, arm }) => ({
      id: submission.id,
      campaignId: submission.campaignId,
      questionnaireVersionId: submission.questionnaireVersionId,
      campaign,
      wave,
      arm,
      source: submission.source,
      submittedAt: submission.submittedAt.toISOString(),
      deletedAt: submission.deletedAt?.toISOString() ?? null,
      consent: submission.consent,
      answers: submission.answers,
      corrections: revisions
        .filter((r) => r.submissionId === submission.id)
        .map((r) => ({ changedAt: r.changedAt.toISOString(), reason: r.reason, changes: r.changes })),
    })),
    interviews: talks.map((i) => ({
      id: i.id,
      heldOn: i.heldOn,
      stakeholderCategory: i.stakeholderCategory,
      consentGiven: i.consentGiven,
      notes: i.notes,
      transcript: i.transcript,
    })),
  };
}

/** Finds (and, for an export, hands over) everything about one code; the access is recorded. */
export async function getRespondentData(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  rawCode: string,
  purpose: "view" | "export",
): Promise<RespondentData> {
  const { evaluation } = await authorizeEvaluation(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    "respondent.rights",
  );
  const code = codeOf(rawCode);
  const data = await collect(ctx, evaluationId, code);
  await recordAuditEvent(ctx.db, ctx.actor, {
    organisationId,
    action: purpose === "export" ? "respondent.exported" : "respondent.viewed",
    targetType: "evaluation",
    targetId: evaluationId,
    summary: {
      evaluation: evaluation.title,
      code,
      submissions: data.submissions.length,
      interviews: data.interviews.length,
    },
  });
  return data;
}

/**
 * Erases everything held under one code (GDPR right to erasure): submissions, their corrections
 * and interviews are deleted for good, not soft-deleted. The audit log keeps that it happened.
 */
export async function eraseRespondent(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  rawCode: string,
): Promise<{ code: string; submissions: number; interviews: number }> {
  const code = codeOf(rawCode);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "respondent.rights",
    );
    const erased = await tx
      .delete(submissions)
      .where(and(eq(submissions.evaluationId, evaluationId), eq(submissions.respondentCode, code)))
      .returning({ id: submissions.id });
    const talks = await tx
      .delete(interviews)
      .where(and(eq(interviews.evaluationId, evaluationId), eq(interviews.respondentCode, code)))
      .returning({ id: interviews.id });
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "respondent.erased",
      targetType: "evaluation",
      targetId: evaluationId,
      summary: { evaluation: evaluation.title, code, submissions: erased.length, interviews: talks.length },
    });
    return { code, submissions: erased.length, interviews: talks.length };
  });
}
