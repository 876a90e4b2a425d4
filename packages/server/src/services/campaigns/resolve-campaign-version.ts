import { type Db, questionnaires, questionnaireVersions, stakeholders } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";

/** The published version a campaign sends: the one asked for, or the newest. */
export async function resolveCampaignVersion(
  tx: Db,
  evaluationId: string,
  questionnaireId: string,
  version: number | null | undefined,
): Promise<{ id: string; version: number; title: string }> {
  const [questionnaire] = await tx
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.id, questionnaireId), eq(questionnaires.evaluationId, evaluationId)));
  if (!questionnaire) throw new AppError("QUESTIONNAIRE_NOT_FOUND");
  if (questionnaire.currentVersion === null)
    throw new AppError("QUESTIONNAIRE_NOT_PUBLISHED", { title: questionnaire.title });
  const wanted = version ?? questionnaire.currentVersion;
  const [row] = await tx
    .select({ id: questionnaireVersions.id, version: questionnaireVersions.version })
    .from(questionnaireVersions)
    .where(
      and(
        eq(questionnaireVersions.questionnaireId, questionnaire.id),
        eq(questionnaireVersions.version, wanted),
      ),
    );
  if (!row) throw new AppError("QUESTIONNAIRE_VERSION_NOT_FOUND", { version: wanted });
  return { ...row, title: questionnaire.title };
}

/** A stakeholder group must be one of this evaluation's. */
export async function assertStakeholderOfEvaluation(
  tx: Db,
  evaluationId: string,
  stakeholderId: string | null | undefined,
): Promise<void> {
  if (!stakeholderId) return;
  const [row] = await tx
    .select({ id: stakeholders.id })
    .from(stakeholders)
    .where(and(eq(stakeholders.id, stakeholderId), eq(stakeholders.evaluationId, evaluationId)));
  if (!row) throw new AppError("EVALUATION_ITEM_NOT_FOUND", { item: stakeholderId });
}
