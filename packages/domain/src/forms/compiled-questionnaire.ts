import type { Expr } from "./expression/index.ts";
import type { QuestionnaireDefinition } from "./questionnaire-model.ts";

/**
 * What a published version stores and a respondent's device runs: the definition and every
 * expression already parsed, so the public form needs no parser and a version is never
 * recompiled. Keys of `expressions` are `<question name>#<field>` or `page:<page name>#relevant`.
 */
export interface CompiledQuestionnaire {
  format: 1;
  definition: QuestionnaireDefinition;
  expressions: Record<string, Expr>;
  /** Calculations in dependency order. */
  calculationOrder: string[];
}

export type ExpressionField = "relevant" | "constraint" | "calculation" | "choiceFilter";

export const expressionKey = (questionName: string, field: ExpressionField): string =>
  `${questionName}#${field}`;
export const pageExpressionKey = (pageName: string): string => `page:${pageName}#relevant`;
