import { createHash } from "node:crypto";
import { type Db, respondentCodes, submissions } from "@ricochet/db";
import {
  type Answers,
  AppError,
  checkAnswers,
  parseInput,
  type TSubmissionInput,
  ZSubmissionInput,
} from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import type { CampaignRow } from "../campaigns/campaign-view.ts";
import { runtimeClockAt } from "../local-date.ts";
import { newId } from "../new-id.ts";
import { answerIssuesToFieldIssues } from "./answer-issues.ts";
import { loadCompiledVersion } from "./compiled-versions.ts";
import { submissionBatcher } from "./submission-batcher.ts";

export interface RecordedSubmission {
  id: string;
  receivedAt: string;
  /** The same idempotency key was already stored: this is that submission, nothing new was written. */
  duplicate: boolean;
}

export function consentNoticeHash(campaign: CampaignRow): string {
  return createHash("sha256").update(JSON.stringify(campaign.consent)).digest("hex").slice(0, 16);
}

/**
 * Checks one submission against the campaign and its questionnaire version, then stores it
 * exactly once per idempotency key: a retry, a double click or a replayed offline queue gets the
 * first submission back. Nothing is stored when anything is wrong.
 */
export async function recordSubmission(
  db: Db,
  campaign: CampaignRow,
  input: TSubmissionInput,
  options: {
    source: "web" | "staff" | "import";
    now: Date;
    enteredByUserId?: string | null;
    /** Checks run only for a new submission (a retry of a stored one is answered regardless). */
    beforeInsert?: () => void;
    /** Outside a transaction: join concurrent submissions into one INSERT (public forms). */
    batched?: boolean;
  },
): Promise<RecordedSubmission> {
  const data = parseInput(ZSubmissionInput, input);
  const where = and(
    eq(submissions.campaignId, campaign.id),
    eq(submissions.idempotencyKey, data.idempotencyKey),
  );
  const stored = async (): Promise<RecordedSubmission | null> => {
    const [row] = await db
      .select({ id: submissions.id, receivedAt: submissions.receivedAt })
      .from(submissions)
      .where(where);
    return row ? { id: row.id, receivedAt: row.receivedAt.toISOString(), duplicate: true } : null;
  };
  try {
    options.beforeInsert?.();
  } catch (error) {
    // A retry of a stored submission answers the same, even after the campaign closed.
    const existing = await stored();
    if (existing) return existing;
    throw error;
  }
  if (!data.consent) throw new AppError("CONSENT_REQUIRED");
  let code: string | null = null;
  if (campaign.respondentCodes !== "none") {
    if (!data.respondentCode) throw new AppError("RESPONDENT_CODE_REQUIRED");
    code = data.respondentCode;
    if (campaign.respondentCodes === "panel") {
      const [known] = await db
        .select({ id: respondentCodes.id })
        .from(respondentCodes)
        .where(and(eq(respondentCodes.evaluationId, campaign.evaluationId), eq(respondentCodes.code, code)));
      if (!known) throw new AppError("RESPONDENT_CODE_UNKNOWN", { code });
    }
  }
  const version = await loadCompiledVersion(db, campaign.questionnaireVersionId);
  const clock = runtimeClockAt(options.now);
  const { state, issues } = checkAnswers(version.compiled, data.answers as Answers, clock);
  if (issues.length > 0)
    throw new AppError(
      "SUBMISSION_INVALID",
      { count: issues.length },
      answerIssuesToFieldIssues(issues, version.compiled.definition),
    );
  const receivedAt = options.now;
  const id = newId();
  const row = {
    id,
    organisationId: campaign.organisationId,
    evaluationId: campaign.evaluationId,
    campaignId: campaign.id,
    questionnaireVersionId: version.id,
    idempotencyKey: data.idempotencyKey,
    respondentCode: code,
    // Stored as asked: answers to questions not asked were refused, calculations recomputed here.
    answers: state.values,
    consent: { given: true, at: receivedAt.toISOString(), noticeHash: consentNoticeHash(campaign) },
    source: options.source,
    language: data.language,
    easyRead: data.easyRead,
    startedAt: data.startedAt ? new Date(data.startedAt) : null,
    submittedAt: data.submittedAt ? new Date(data.submittedAt) : receivedAt,
    receivedAt,
    enteredByUserId: options.enteredByUserId ?? null,
  };
  const isNew = options.batched
    ? await submissionBatcher(db).insert(row)
    : (
        await db
          .insert(submissions)
          .values(row)
          .onConflictDoNothing({ target: [submissions.campaignId, submissions.idempotencyKey] })
          .returning({ id: submissions.id })
      ).length > 0;
  if (!isNew) {
    // Already stored (a retry, or two copies racing): answer with the first one.
    const existing = await stored();
    if (!existing) throw new Error("submission vanished after a conflict");
    return existing;
  }
  return { id, receivedAt: receivedAt.toISOString(), duplicate: false };
}
