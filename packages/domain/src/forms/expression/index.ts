// The questionnaire expression language: XLSForm's syntax, a subset of ODK XPath. Pure code, no
// dependencies, small enough for the public form's bundle.
export type { BinaryOp, Expr } from "./ast.ts";
export {
  checkExpression,
  type ExpressionScope,
  expressionReferences,
  type ValueKind,
  validateExpression,
} from "./check-expression.ts";
export type { EvalEnv } from "./eval-env.ts";
export { evaluateExpression } from "./evaluate-expression.ts";
export type { ExpressionError, SourceSpan } from "./expression-errors.ts";
export { EXPRESSION_FUNCTION_NAMES } from "./expression-functions.ts";
export { type ExprDate, type ExprValue, toBoolean, toNumber, toText } from "./expression-values.ts";
export {
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  type ParseResult,
  parseExpression,
} from "./parse-expression.ts";
export { printExpression } from "./print-expression.ts";
export { renameReference } from "./rename-reference.ts";
