import { questionnaires } from "@ricochet/db";
import {
  AppError,
  parseInput,
  pickText,
  type TSaveQuestionnaireDraft,
  ZSaveQuestionnaireDraft,
} from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { touchEvaluation } from "../evaluations/evaluation-access.ts";
import { authorizeQuestionnaire } from "./questionnaire-access.ts";
import { loadQuestionnaireDetail, type QuestionnaireDetail } from "./questionnaire-view.ts";

/**
 * Saves the builder's whole draft. A draft may still have problems (they are listed with it and
 * block publication only); one saved from an older revision is refused, not merged.
 */
export async function saveQuestionnaireDraft(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  questionnaireId: string,
  input: TSaveQuestionnaireDraft,
): Promise<QuestionnaireDetail> {
  const data = parseInput(ZSaveQuestionnaireDraft, input);
  return ctx.db.transaction(async (tx) => {
    await authorizeQuestionnaire(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      questionnaireId,
      "evaluation.write",
    );
    const [locked] = await tx
      .select({ revision: questionnaires.draftRevision })
      .from(questionnaires)
      .where(eq(questionnaires.id, questionnaireId))
      .for("update");
    const current = locked?.revision ?? 0;
    if (current !== data.revision) throw new AppError("STALE_REVISION", { current });
    const now = nowOf(ctx);
    const title =
      pickText(
        data.definition.title,
        data.definition.defaultLanguage,
        data.definition.defaultLanguage,
      ).trim() || "Questionnaire";
    const [row] = await tx
      .update(questionnaires)
      .set({ draft: data.definition as never, draftRevision: current + 1, title, updatedAt: now })
      .where(eq(questionnaires.id, questionnaireId))
      .returning();
    if (!row) throw new AppError("QUESTIONNAIRE_NOT_FOUND");
    await touchEvaluation(tx, evaluationId, now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "questionnaire.draft_saved",
      targetType: "questionnaire",
      targetId: questionnaireId,
      summary: { title, revision: current + 1 },
    });
    return loadQuestionnaireDetail(tx, row);
  });
}
