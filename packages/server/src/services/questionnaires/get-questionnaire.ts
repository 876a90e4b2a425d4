import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { authorizeQuestionnaire } from "./questionnaire-access.ts";
import {
  listQuestionnaireRows,
  loadQuestionnaireDetail,
  type QuestionnaireDetail,
  type QuestionnaireSummary,
  summariseQuestionnaires,
} from "./questionnaire-view.ts";

export async function listQuestionnaires(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<QuestionnaireSummary[]> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  return summariseQuestionnaires(ctx.db, await listQuestionnaireRows(ctx.db, evaluationId));
}

export async function getQuestionnaire(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  questionnaireId: string,
): Promise<QuestionnaireDetail> {
  const { questionnaire } = await authorizeQuestionnaire(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    questionnaireId,
    "evaluation.read",
  );
  return loadQuestionnaireDetail(ctx.db, questionnaire);
}
