import { type Db, interviewGuides, interviews } from "@ricochet/db";
import { AppError, parseInput, type TInterviewInput, ZInterviewInput } from "@ricochet/domain";
import { and, desc, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";

type InterviewRow = typeof interviews.$inferSelect;

export interface InterviewView {
  id: string;
  guideId: string | null;
  heldOn: string;
  interviewer: string;
  stakeholderCategory: string;
  respondentCode: string | null;
  consentGiven: "oral" | "written";
  notes: string | null;
  transcript: string | null;
  transcriptFileName: string | null;
  /** Length of the transcript in words, for the list. */
  words: number;
  updatedAt: string;
}

const view = (row: InterviewRow): InterviewView => ({
  id: row.id,
  guideId: row.guideId,
  heldOn: row.heldOn,
  interviewer: row.interviewer,
  stakeholderCategory: row.stakeholderCategory,
  respondentCode: row.respondentCode,
  consentGiven: row.consentGiven,
  notes: row.notes,
  transcript: row.transcript,
  transcriptFileName: row.transcriptFileName,
  words: row.transcript ? row.transcript.split(/\s+/).filter(Boolean).length : 0,
  updatedAt: row.updatedAt.toISOString(),
});

async function assertGuide(tx: Db, evaluationId: string, guideId: string | null | undefined) {
  if (!guideId) return;
  const [guide] = await tx
    .select({ id: interviewGuides.id })
    .from(interviewGuides)
    .where(and(eq(interviewGuides.id, guideId), eq(interviewGuides.evaluationId, evaluationId)));
  if (!guide) throw new AppError("INTERVIEW_GUIDE_NOT_FOUND");
}

/** Interviews are personal data: contributors and above, never viewers. */
export async function listInterviews(ctx: ServiceContext, organisationId: string, evaluationId: string) {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "submission.read");
  const rows = await ctx.db
    .select()
    .from(interviews)
    .where(eq(interviews.evaluationId, evaluationId))
    .orderBy(desc(interviews.heldOn), desc(interviews.createdAt));
  return rows.map(view);
}

export async function getInterview(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  interviewId: string,
) {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "submission.read");
  const [row] = await ctx.db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.evaluationId, evaluationId)));
  if (!row) throw new AppError("INTERVIEW_NOT_FOUND");
  return view(row);
}

/** Records an interview, or replaces one (`interviewId`) of this evaluation. */
export async function saveInterview(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  interviewId: string | null,
  input: TInterviewInput,
): Promise<InterviewView> {
  const data = parseInput(ZInterviewInput, input);
  return ctx.db.transaction(async (tx) => {
    // Recording is collecting; rewriting an existing record (which can empty it) is managing.
    await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      interviewId ? "submission.manage" : "data.collect",
    );
    await assertGuide(tx, evaluationId, data.guideId);
    const now = nowOf(ctx);
    const values = {
      guideId: data.guideId ?? null,
      heldOn: data.heldOn,
      interviewer: data.interviewer,
      stakeholderCategory: data.stakeholderCategory,
      respondentCode: data.respondentCode ?? null,
      consentGiven: data.consentGiven,
      notes: data.notes,
      transcript: data.transcript,
      transcriptFileName: data.transcriptFileName,
      updatedAt: now,
    };
    let row: InterviewRow | undefined;
    if (interviewId) {
      [row] = await tx
        .update(interviews)
        .set(values)
        .where(and(eq(interviews.id, interviewId), eq(interviews.evaluationId, evaluationId)))
        .returning();
      if (!row) throw new AppError("INTERVIEW_NOT_FOUND");
    } else {
      [row] = await tx
        .insert(interviews)
        .values({
          id: newId(),
          organisationId,
          evaluationId,
          ...values,
          createdByUserId: actorUserId(ctx.actor),
          createdAt: now,
        })
        .returning();
      if (!row) throw new Error("interview not inserted");
      await markStepStarted(tx, evaluationId, "collection", now);
    }
    await touchEvaluation(tx, evaluationId, now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: interviewId ? "interview.updated" : "interview.recorded",
      targetType: "interview",
      targetId: row.id,
      summary: { heldOn: row.heldOn, stakeholderCategory: row.stakeholderCategory },
    });
    return view(row);
  });
}

export async function deleteInterview(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  interviewId: string,
) {
  await ctx.db.transaction(async (tx) => {
    await authorizeEvaluation(tx, ctx.actor, organisationId, evaluationId, "submission.manage");
    const [row] = await tx
      .delete(interviews)
      .where(and(eq(interviews.id, interviewId), eq(interviews.evaluationId, evaluationId)))
      .returning();
    if (!row) throw new AppError("INTERVIEW_NOT_FOUND");
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "interview.deleted",
      targetType: "interview",
      targetId: row.id,
      summary: { heldOn: row.heldOn },
    });
  });
}
