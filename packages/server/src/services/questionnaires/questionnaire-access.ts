import type { Db } from "@ricochet/db";
import { AppError, type Permission } from "@ricochet/domain";
import type { Actor } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { findQuestionnaire, type QuestionnaireRow } from "./questionnaire-view.ts";

/** The questionnaire of this evaluation of this organisation, after authorization; else not found. */
export async function authorizeQuestionnaire(
  tx: Db,
  actor: Actor,
  organisationId: string,
  evaluationId: string,
  questionnaireId: string,
  permission: Permission,
) {
  const authorized = await authorizeEvaluation(tx, actor, organisationId, evaluationId, permission);
  const questionnaire: QuestionnaireRow | undefined = await findQuestionnaire(
    tx,
    evaluationId,
    questionnaireId,
  );
  if (!questionnaire) throw new AppError("QUESTIONNAIRE_NOT_FOUND");
  return { ...authorized, questionnaire };
}
