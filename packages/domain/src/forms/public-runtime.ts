// What the light public form imports: running a compiled questionnaire on the respondent's
// device. Nothing here may import zod or the error catalogue, to stay within the form's budget.
export type { CampaignClosedReason } from "./campaign-acceptance.ts";
export { type CompiledQuestionnaire, expressionKey, pageExpressionKey } from "./compiled-questionnaire.ts";
export { type ExprValue, evaluateExpression, toBoolean, toNumber, toText } from "./expression/index.ts";
export {
  type AnswerIssue,
  type AnswerIssueKind,
  checkAnswers,
  evaluateForm,
  type FormState,
  offeredChoices,
  type RuntimeClock,
} from "./form-runtime.ts";
export {
  type Answers,
  type AnswerValue,
  type Choice,
  type ChoiceList,
  type MatrixItem,
  type Page,
  pickText,
  type Question,
  type QuestionnaireDefinition,
  type QuestionType,
  type Texts,
} from "./questionnaire-model.ts";
