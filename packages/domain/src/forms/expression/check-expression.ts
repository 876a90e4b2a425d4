import type { Expr } from "./ast.ts";
import { type ExpressionError, expressionError } from "./expression-errors.ts";
import {
  EXPRESSION_FUNCTION_NAMES,
  type ExpressionFunction,
  expressionFunction,
  quotedReference,
} from "./expression-functions.ts";
import { parseExpression } from "./parse-expression.ts";
import { suggestName } from "./suggest-name.ts";

/** The kind of value a name holds; "none" for what has no value of its own (a note, a matrix). */
export type ValueKind = "text" | "number" | "date" | "boolean" | "choice" | "choices" | "none";

export interface ExpressionScope {
  /** The names an expression may reference, with the kind of their value. */
  names: ReadonlyMap<string, ValueKind>;
  /** Whether `.` is allowed (constraints, choice filters) and its kind. */
  dot?: ValueKind;
  /** Whether bare column names are allowed (choice_filter), and which. */
  columns?: ReadonlySet<string>;
}

const didYouMean = (suggestion: string | undefined) =>
  suggestion
    ? { fr: ` Vouliez-vous dire ${suggestion} ?`, en: ` Did you mean ${suggestion}?` }
    : { fr: "", en: "" };

function unknownQuestion(name: string, start: number, end: number, scope: ExpressionScope): ExpressionError {
  const suggestion = suggestName(name, scope.names.keys());
  const hint = didYouMean(suggestion === undefined ? undefined : `\${${suggestion}}`);
  return expressionError(
    `La question « ${name} » n'existe pas dans ce questionnaire.${hint.fr}`,
    `There is no question “${name}” in this questionnaire.${hint.en}`,
    start,
    end,
  );
}

function arity({ min, max }: ExpressionFunction): { fr: string; en: string } {
  const fr = (n: number) => (n === 0 ? "aucune valeur" : `${n} valeur${n > 1 ? "s" : ""}`);
  const en = (n: number) => (n === 0 ? "no value" : `${n} value${n === 1 ? "" : "s"}`);
  if (max === Number.POSITIVE_INFINITY) return { fr: `au moins ${fr(min)}`, en: `at least ${en(min)}` };
  if (min === max) return { fr: fr(min), en: en(min) };
  return { fr: `${min} ou ${fr(max)}`, en: `${min} or ${en(max)}` };
}

function checkColumn(node: Expr & { kind: "column" }, scope: ExpressionScope): ExpressionError | undefined {
  const { name, span } = node;
  const at = (fr: string, en: string) => expressionError(fr, en, span.start, span.end);
  if (scope.columns?.has(name)) return undefined;
  if (scope.names.has(name))
    return at(
      `Pour désigner la question « ${name} », écrivez \${${name}}.`,
      `To refer to the question “${name}”, write \${${name}}.`,
    );
  if (name === "true" || name === "false")
    return at(`Écrivez ${name}() avec les parenthèses.`, `Write ${name}() with the parentheses.`);
  if (scope.columns) {
    const hint = didYouMean(suggestName(name, scope.columns));
    return at(
      `La liste de choix n'a pas de colonne « ${name} ».${hint.fr}`,
      `The choice list has no column “${name}”.${hint.en}`,
    );
  }
  return at(
    `« ${name} » n'est pas compris. Pour un texte, mettez-le entre apostrophes : '${name}'. Pour une question, écrivez \${${name}}.`,
    `“${name}” is not understood. For a text, put it between apostrophes: '${name}'. For a question, write \${${name}}.`,
  );
}

function checkCall(node: Expr & { kind: "call" }, scope: ExpressionScope, errors: ExpressionError[]): void {
  const { name, args, span } = node;
  const end = span.start + name.length;
  const f = expressionFunction(name);
  if (!f) {
    const hint = didYouMean(suggestName(name, EXPRESSION_FUNCTION_NAMES));
    errors.push(
      expressionError(
        `La fonction « ${name} » n'existe pas.${hint.fr}`,
        `There is no function “${name}”.${hint.en}`,
        span.start,
        end,
      ),
    );
  } else if (args.length < f.min || args.length > f.max) {
    const expected = arity(f);
    const given = args.length;
    errors.push(
      expressionError(
        `La fonction ${name}() ${f.max === 0 ? "n'attend" : "attend"} ${expected.fr}, mais ${given === 0 ? "n'en reçoit aucune" : `en reçoit ${given}`}.`,
        `The function ${name}() takes ${expected.en}, but is given ${given === 0 ? "none" : given}.`,
        span.start,
        end,
      ),
    );
  }
  // jr:choice-name(${q}, '${q}'): the quoted name must be a question too.
  const question = args[1];
  if (name === "jr:choice-name" && question?.kind === "string") {
    const named = quotedReference(question.value);
    if (named !== undefined && !scope.names.has(named))
      errors.push(unknownQuestion(named, question.span.start, question.span.end, scope));
  }
}

function walk(node: Expr, scope: ExpressionScope, errors: ExpressionError[]): void {
  switch (node.kind) {
    case "ref":
      if (!scope.names.has(node.name))
        errors.push(unknownQuestion(node.name, node.span.start, node.span.end, scope));
      return;
    case "dot":
      if (scope.dot === undefined)
        errors.push(
          expressionError(
            `« . » désigne la réponse de la question elle-même : il ne s'emploie que dans une contrainte ou un filtre de choix. Pour une autre question, écrivez \${nom}.`,
            `“.” stands for the question's own answer: it is only used in a constraint or a choice filter. For another question, write \${name}.`,
            node.span.start,
            node.span.end,
          ),
        );
      return;
    case "column": {
      const error = checkColumn(node, scope);
      if (error) errors.push(error);
      return;
    }
    case "negate":
      walk(node.operand, scope, errors);
      return;
    case "binary":
      walk(node.left, scope, errors);
      walk(node.right, scope, errors);
      return;
    case "call":
      checkCall(node, scope, errors);
      for (const arg of node.args) walk(arg, scope, errors);
      return;
    default:
      return;
  }
}

/**
 * What is wrong with a parsed expression in its place in the questionnaire: questions that do
 * not exist, unknown functions, a wrong number of values, `.` or a column where none is allowed.
 * In source order; empty when all is well.
 */
export function checkExpression(ast: Expr, scope: ExpressionScope): ExpressionError[] {
  const errors: ExpressionError[] = [];
  walk(ast, scope, errors);
  return errors.sort((a, b) => a.span.start - b.span.start);
}

/** Parses and checks in one go, for validation as the author types. Empty when valid. */
export function validateExpression(source: string, scope: ExpressionScope): ExpressionError[] {
  const parsed = parseExpression(source);
  return parsed.ok ? checkExpression(parsed.ast, scope) : [parsed.error];
}

/** The `${names}` an expression reads, each once, in order of first appearance. */
export function expressionReferences(ast: Expr): string[] {
  const names = new Set<string>();
  const visit = (node: Expr): void => {
    if (node.kind === "ref") names.add(node.name);
    else if (node.kind === "negate") visit(node.operand);
    else if (node.kind === "binary") {
      visit(node.left);
      visit(node.right);
    } else if (node.kind === "call") {
      const question = node.args[1];
      node.args.forEach(visit);
      if (node.name === "jr:choice-name" && question?.kind === "string") {
        const named = quotedReference(question.value);
        if (named) names.add(named);
      }
    }
  };
  visit(ast);
  return [...names];
}
