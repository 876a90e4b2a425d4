import { createHash } from "node:crypto";
import { questionnaires, questionnaireVersions } from "@ricochet/db";
import { AppError, type CompiledQuestionnaire, canonicalJson, compileQuestionnaire } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";
import { authorizeQuestionnaire } from "./questionnaire-access.ts";
import { draftOf, loadQuestionnaireDetail, type QuestionnaireDetail } from "./questionnaire-view.ts";

export function contentHashOf(compiled: CompiledQuestionnaire): string {
  return createHash("sha256").update(canonicalJson(compiled)).digest("hex");
}

/**
 * Freezes the draft as version n+1, compiled once and stored as compiled: campaigns send that
 * version, answers keep it. A draft with any problem is refused with all of them.
 */
export async function publishQuestionnaire(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  questionnaireId: string,
): Promise<QuestionnaireDetail> {
  return ctx.db.transaction(async (tx) => {
    const { questionnaire } = await authorizeQuestionnaire(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      questionnaireId,
      "evaluation.write",
    );
    const [locked] = await tx
      .select()
      .from(questionnaires)
      .where(eq(questionnaires.id, questionnaire.id))
      .for("update");
    if (!locked) throw new AppError("QUESTIONNAIRE_NOT_FOUND");
    const compiled = compileQuestionnaire(draftOf(locked));
    if (locked.currentVersion !== null) {
      const [current] = await tx
        .select({ compiled: questionnaireVersions.compiled })
        .from(questionnaireVersions)
        .where(
          and(
            eq(questionnaireVersions.questionnaireId, locked.id),
            eq(questionnaireVersions.version, locked.currentVersion),
          ),
        );
      const previous = current?.compiled as unknown as CompiledQuestionnaire | undefined;
      if (previous && canonicalJson(previous.definition) === canonicalJson(compiled.definition))
        throw new AppError("QUESTIONNAIRE_UNCHANGED", { version: locked.currentVersion });
    }
    const version = (locked.currentVersion ?? 0) + 1;
    const now = nowOf(ctx);
    await tx.insert(questionnaireVersions).values({
      id: newId(),
      questionnaireId: locked.id,
      organisationId,
      version,
      compiled: compiled as never,
      contentHash: contentHashOf(compiled),
      publishedByUserId: actorUserId(ctx.actor),
      publishedAt: now,
    });
    const [row] = await tx
      .update(questionnaires)
      .set({ currentVersion: version, updatedAt: now })
      .where(eq(questionnaires.id, locked.id))
      .returning();
    if (!row) throw new AppError("QUESTIONNAIRE_NOT_FOUND");
    await touchEvaluation(tx, evaluationId, now);
    await markStepStarted(tx, evaluationId, "collection", now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "questionnaire.published",
      targetType: "questionnaire",
      targetId: locked.id,
      summary: { title: locked.title, version },
    });
    return loadQuestionnaireDetail(tx, row);
  });
}
