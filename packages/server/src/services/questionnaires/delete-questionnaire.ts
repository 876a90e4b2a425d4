import { campaigns, questionnaires, questionnaireVersions } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { count, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../context.ts";
import { authorizeQuestionnaire } from "./questionnaire-access.ts";

/** Deletes a questionnaire and its versions; refused while a campaign uses one of them. */
export async function deleteQuestionnaire(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  questionnaireId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { questionnaire } = await authorizeQuestionnaire(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      questionnaireId,
      "evaluation.write",
    );
    const [usage] = await tx
      .select({ n: count() })
      .from(campaigns)
      .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, campaigns.questionnaireVersionId))
      .where(eq(questionnaireVersions.questionnaireId, questionnaire.id));
    const used = Number(usage?.n ?? 0);
    if (used > 0) throw new AppError("QUESTIONNAIRE_IN_USE", { title: questionnaire.title, count: used });
    await tx.delete(questionnaires).where(eq(questionnaires.id, questionnaire.id));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "questionnaire.deleted",
      targetType: "questionnaire",
      targetId: questionnaire.id,
      summary: { title: questionnaire.title },
    });
  });
}
