import { interviewGuides } from "@ricochet/db";
import { AppError, parseInput, type TInterviewGuideInput, ZInterviewGuideInput } from "@ricochet/domain";
import { and, asc, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";

export interface InterviewGuideView {
  id: string;
  title: string;
  introduction: string | null;
  themes: Array<{ title: string; questions: Array<{ text: string; prompts: string[] }> }>;
  updatedAt: string;
}

const view = (row: typeof interviewGuides.$inferSelect): InterviewGuideView => ({
  id: row.id,
  title: row.title,
  introduction: row.introduction,
  themes: row.themes,
  updatedAt: row.updatedAt.toISOString(),
});

export async function listInterviewGuides(ctx: ServiceContext, organisationId: string, evaluationId: string) {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  const rows = await ctx.db
    .select()
    .from(interviewGuides)
    .where(eq(interviewGuides.evaluationId, evaluationId))
    .orderBy(asc(interviewGuides.createdAt));
  return rows.map(view);
}

/** Creates a guide, or replaces one (`guideId`) of this evaluation. */
export async function saveInterviewGuide(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  guideId: string | null,
  input: TInterviewGuideInput,
): Promise<InterviewGuideView> {
  const data = parseInput(ZInterviewGuideInput, input);
  return ctx.db.transaction(async (tx) => {
    await authorizeEvaluation(tx, ctx.actor, organisationId, evaluationId, "evaluation.write");
    const now = nowOf(ctx);
    const themes = data.themes.map((t) => ({
      title: t.title,
      questions: t.questions.map((q) => ({ text: q.text, prompts: q.prompts })),
    }));
    let row: typeof interviewGuides.$inferSelect | undefined;
    if (guideId) {
      [row] = await tx
        .update(interviewGuides)
        .set({ title: data.title, introduction: data.introduction, themes, updatedAt: now })
        .where(and(eq(interviewGuides.id, guideId), eq(interviewGuides.evaluationId, evaluationId)))
        .returning();
      if (!row) throw new AppError("INTERVIEW_GUIDE_NOT_FOUND");
    } else {
      [row] = await tx
        .insert(interviewGuides)
        .values({
          id: newId(),
          organisationId,
          evaluationId,
          title: data.title,
          introduction: data.introduction,
          themes,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error("interview guide not inserted");
      await markStepStarted(tx, evaluationId, "collection", now);
    }
    await touchEvaluation(tx, evaluationId, now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: guideId ? "interview_guide.updated" : "interview_guide.created",
      targetType: "interview_guide",
      targetId: row.id,
      summary: { title: row.title },
    });
    return view(row);
  });
}

export async function deleteInterviewGuide(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  guideId: string,
) {
  await ctx.db.transaction(async (tx) => {
    await authorizeEvaluation(tx, ctx.actor, organisationId, evaluationId, "evaluation.write");
    const [row] = await tx
      .delete(interviewGuides)
      .where(and(eq(interviewGuides.id, guideId), eq(interviewGuides.evaluationId, evaluationId)))
      .returning();
    if (!row) throw new AppError("INTERVIEW_GUIDE_NOT_FOUND");
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "interview_guide.deleted",
      targetType: "interview_guide",
      targetId: row.id,
      summary: { title: row.title },
    });
  });
}
