import { questionnaireVersions } from "@ricochet/db";
import {
  AppError,
  type CompiledQuestionnaire,
  type QuestionnaireDefinition,
  questionnaireToXlsform,
  slugify,
} from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { writeXlsformWorkbook } from "../../forms/xlsform/index.ts";
import type { ServiceContext } from "../context.ts";
import { authorizeQuestionnaire } from "./questionnaire-access.ts";
import { draftOf } from "./questionnaire-view.ts";

/** A questionnaire (its draft, or a published version) as an XLSForm workbook. */
export async function exportXlsform(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  questionnaireId: string,
  version: number | null,
): Promise<{ fileName: string; body: Uint8Array }> {
  const { questionnaire } = await authorizeQuestionnaire(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    questionnaireId,
    "evaluation.read",
  );
  let definition: QuestionnaireDefinition = draftOf(questionnaire);
  if (version !== null) {
    const [row] = await ctx.db
      .select({ compiled: questionnaireVersions.compiled })
      .from(questionnaireVersions)
      .where(
        and(
          eq(questionnaireVersions.questionnaireId, questionnaire.id),
          eq(questionnaireVersions.version, version),
        ),
      );
    if (!row) throw new AppError("QUESTIONNAIRE_VERSION_NOT_FOUND", { version });
    definition = (row.compiled as unknown as CompiledQuestionnaire).definition;
  }
  const body = await writeXlsformWorkbook(questionnaireToXlsform(definition));
  const stem = slugify(questionnaire.title);
  return {
    fileName: `${stem || "questionnaire"}${version ? `-v${version}` : ""}.xlsx`,
    body: new Uint8Array(body),
  };
}
