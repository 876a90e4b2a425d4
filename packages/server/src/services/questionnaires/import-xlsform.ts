import {
  AppError,
  type FieldIssue,
  parseInput,
  pickText,
  type QuestionnaireDefinition,
  type TImportXlsform,
  validateQuestionnaire,
  type XlsformIssue,
  type XlsformWorkbook,
  xlsformToQuestionnaire,
  ZImportXlsform,
  ZQuestionnaireDefinition,
  zodIssuesToFieldIssues,
} from "@ricochet/domain";
import { readXlsformWorkbook } from "../../forms/xlsform/index.ts";
import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { createQuestionnaire } from "./create-questionnaire.ts";
import type { QuestionnaireDetail } from "./questionnaire-view.ts";

export interface XlsformImport {
  questionnaire: QuestionnaireDetail;
  /** What the file had that Ricochet could not keep as it was, each with its sheet and row. */
  unmapped: XlsformIssue[];
}

const where = (issue: XlsformIssue) =>
  [issue.sheet, issue.line ?? "", issue.column ?? ""].filter((part) => part !== "").join(":");

const asFieldIssues = (issues: readonly XlsformIssue[]): FieldIssue[] =>
  issues.map((issue) => ({
    path: where(issue),
    message: {
      fr: `${issue.line ? `Feuille ${issue.sheet}, ligne ${issue.line} : ` : ""}${issue.message.fr}`,
      en: `${issue.line ? `Sheet ${issue.sheet}, row ${issue.line}: ` : ""}${issue.message.en}`,
    },
  }));

/** The survey row of a question, for problems found after conversion. */
function surveyLines(workbook: XlsformWorkbook): Map<string, number> {
  const lines = new Map<string, number>();
  for (const row of workbook.survey?.rows ?? []) {
    const name = row.cells.name ?? row.cells.Name;
    if (name && !lines.has(name)) lines.set(name, row.line);
  }
  return lines;
}

/** Problems of the converted questionnaire, located on the spreadsheet rows they come from. */
function locatedProblems(definition: QuestionnaireDefinition, workbook: XlsformWorkbook): FieldIssue[] {
  const lines = surveyLines(workbook);
  return validateQuestionnaire(definition).map((issue) => {
    const match = /^pages\.(\d+)\.questions\.(\d+)\.?(\w*)/.exec(issue.path);
    const page = match ? definition.pages[Number(match[1])] : undefined;
    const question = page && match ? page.questions[Number(match[2])] : undefined;
    const line = question ? lines.get(question.name) : undefined;
    const column = match?.[3] === "choiceFilter" ? "choice_filter" : (match?.[3] ?? "");
    if (!question || !line) return issue;
    return {
      path: `survey:${line}:${column}`,
      message: {
        fr: `Feuille survey, ligne ${line} (${question.name}) : ${issue.message.fr}`,
        en: `Sheet survey, row ${line} (${question.name}): ${issue.message.en}`,
      },
    };
  });
}

/**
 * Turns an XLSForm into a new questionnaire of the evaluation. A file that cannot be read, or
 * whose rows are wrong, is refused with every problem and its row; what exists in XLSForm but not
 * in Ricochet is listed (`unmapped`), never dropped silently.
 */
export async function importXlsform(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TImportXlsform,
): Promise<XlsformImport> {
  const data = parseInput(ZImportXlsform, input);
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.write");
  const read = await readXlsformWorkbook(Buffer.from(data.contentBase64, "base64"));
  if (!read.ok)
    throw new AppError("XLSFORM_INVALID", { count: read.errors.length }, asFieldIssues(read.errors));
  const converted = xlsformToQuestionnaire(read.workbook);
  if (!converted.ok)
    throw new AppError(
      "XLSFORM_INVALID",
      { count: converted.errors.length },
      asFieldIssues(converted.errors),
    );
  const shape = ZQuestionnaireDefinition.safeParse(converted.definition);
  if (!shape.success) {
    const issues = zodIssuesToFieldIssues(shape.error.issues);
    throw new AppError("XLSFORM_INVALID", { count: issues.length }, issues);
  }
  const problems = locatedProblems(shape.data, read.workbook);
  if (problems.length > 0 && !data.keepProblems)
    throw new AppError("XLSFORM_INVALID", { count: problems.length }, problems);
  const definition = shape.data;
  const title =
    data.title ??
    (pickText(definition.title, definition.defaultLanguage, definition.defaultLanguage).trim() ||
      data.fileName);
  const questionnaire = await createQuestionnaire(ctx, organisationId, evaluationId, {
    title: title.length >= 3 ? title.slice(0, 300) : `Questionnaire ${title}`,
    definition,
  });
  return { questionnaire, unmapped: converted.unmapped };
}
