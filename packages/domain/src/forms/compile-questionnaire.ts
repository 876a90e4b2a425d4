import { AppError } from "../errors/app-error.ts";
import {
  type CompiledQuestionnaire,
  type ExpressionField,
  expressionKey,
  pageExpressionKey,
} from "./compiled-questionnaire.ts";
import { parseExpression } from "./expression/index.ts";
import type { QuestionnaireDefinition } from "./questionnaire-model.ts";
import { calculationOrder, validateQuestionnaire } from "./validate-questionnaire.ts";

const FIELDS: ExpressionField[] = ["relevant", "constraint", "calculation", "choiceFilter"];

/**
 * Checks the questionnaire as a whole and parses every expression once, for publication. A
 * questionnaire with any problem is refused with all of them (VALIDATION_FAILED).
 */
export function compileQuestionnaire(definition: QuestionnaireDefinition): CompiledQuestionnaire {
  const issues = validateQuestionnaire(definition);
  if (issues.length > 0) throw new AppError("VALIDATION_FAILED", {}, issues);
  const expressions: CompiledQuestionnaire["expressions"] = {};
  const compile = (key: string, source: string | undefined) => {
    if (!source?.trim()) return;
    const parsed = parseExpression(source);
    // validateQuestionnaire parsed it already; a failure here would be a bug in one of them.
    if (!parsed.ok) throw new Error(`expression ${key} did not parse after validation`);
    expressions[key] = parsed.ast;
  };
  for (const page of definition.pages) {
    compile(pageExpressionKey(page.name), page.relevant);
    for (const question of page.questions)
      for (const field of FIELDS) compile(expressionKey(question.name, field), question[field]);
  }
  return { format: 1, definition, expressions, calculationOrder: calculationOrder(definition) };
}
