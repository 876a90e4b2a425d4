import { type BinaryOp, type Expr, PRECEDENCE_LEVELS } from "./ast.ts";
import { type ExpressionError, expressionError } from "./expression-errors.ts";
import { type Token, tokenize } from "./tokens.ts";

export const MAX_EXPRESSION_LENGTH = 4000;
/** Parentheses, calls and minus signs nested in one another; far beyond any real form, and well within the stack. */
export const MAX_EXPRESSION_DEPTH = 100;

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ExpressionError };

const KEYWORDS = ["and", "or", "div", "mod"];

class Failure {
  constructor(readonly error: ExpressionError) {}
}

const failAt = (token: Token, fr: string, en: string): Failure =>
  new Failure(expressionError(fr, en, token.start, token.end));

function shown(token: Token): string {
  if (token.kind === "ref") return `\${${token.text}}`;
  if (token.kind !== "string") return token.text;
  const text = token.text.length > 30 ? `${token.text.slice(0, 30)}…` : token.text;
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}

/** A token where an operator or the end was expected: say what is probably missing. */
function unexpectedAfterValue(token: Token, inCall: boolean): Failure {
  if (token.kind === ")")
    return failAt(
      token,
      "Cette parenthèse fermante « ) » n'a pas de parenthèse ouvrante correspondante.",
      "This closing parenthesis “)” has no matching opening parenthesis.",
    );
  if (token.kind === ",")
    return failAt(
      token,
      `Virgule inattendue : les virgules séparent les valeurs données à une fonction, comme dans if(\${a} = 1, 'oui', 'non').`,
      `Unexpected comma: commas separate the values given to a function, as in if(\${a} = 1, 'yes', 'no').`,
    );
  const word = token.kind === "name" ? token.text : "";
  const lower = word.toLowerCase();
  if (KEYWORDS.includes(lower))
    return failAt(token, `Écrivez « ${lower} » en minuscules.`, `Write “${lower}” in lowercase.`);
  if (lower === "et" || lower === "ou") {
    const english = lower === "et" ? "and" : "or";
    return failAt(
      token,
      `Écrivez « ${english} » au lieu de « ${word} ».`,
      `Write “${english}” instead of “${word}”.`,
    );
  }
  return failAt(
    token,
    `« ${shown(token)} » est inattendu ici : il manque sans doute ${inCall ? "une virgule ou " : ""}un opérateur (and, or, =, +…) avant.`,
    `“${shown(token)}” is unexpected here: ${inCall ? "a comma or " : ""}an operator (and, or, =, +…) is probably missing before it.`,
  );
}

function parseTokens(tokens: Token[]): Expr {
  let position = 0;
  let depth = 0;

  const peek = (offset = 0): Token => {
    const token = tokens[Math.min(position + offset, tokens.length - 1)] as Token;
    if (token.kind === "error" && token.error) throw new Failure(token.error);
    return token;
  };
  const next = (): Token => {
    const token = peek();
    position += 1;
    return token;
  };
  const nested = <T>(token: Token, parse: () => T): T => {
    depth += 1;
    if (depth > MAX_EXPRESSION_DEPTH)
      throw failAt(
        token,
        `L'expression est trop imbriquée : plus de ${MAX_EXPRESSION_DEPTH} parenthèses, fonctions ou signes moins les uns dans les autres.`,
        `The expression is nested too deeply: more than ${MAX_EXPRESSION_DEPTH} parentheses, functions or minus signs inside one another.`,
      );
    const result = parse();
    depth -= 1;
    return result;
  };
  const operatorOf = (token: Token): BinaryOp | undefined =>
    token.kind === "op" || (token.kind === "name" && KEYWORDS.includes(token.text))
      ? (token.text as BinaryOp)
      : undefined;

  function binary(level: number): Expr {
    const operators = PRECEDENCE_LEVELS[level];
    if (!operators) return unary();
    let left = binary(level + 1);
    for (;;) {
      const op = operatorOf(peek());
      if (!op || !operators.includes(op)) return left;
      next();
      const right = binary(level + 1);
      left = { kind: "binary", op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
  }

  function unary(): Expr {
    const token = peek();
    if (token.kind !== "op" || token.text !== "-") return primary();
    next();
    const operand = nested(token, unary);
    return { kind: "negate", operand, span: { start: token.start, end: operand.span.end } };
  }

  function missingValue(token: Token): Failure {
    const previous = tokens[position - 1];
    if (token.kind === "eof")
      return previous
        ? failAt(
            previous,
            `L'expression est incomplète : il manque une valeur après « ${shown(previous)} ».`,
            `The expression is incomplete: a value is missing after “${shown(previous)}”.`,
          )
        : failAt(token, "L'expression est vide.", "The expression is empty.");
    if (token.kind === ")" && previous?.kind === "(")
      return failAt(
        token,
        "Il n'y a rien entre ces parenthèses.",
        "There is nothing between these parentheses.",
      );
    return failAt(
      token,
      `Il manque une valeur avant « ${shown(token)} ».`,
      `A value is missing before “${shown(token)}”.`,
    );
  }

  function primary(): Expr {
    const token = peek();
    const span = { start: token.start, end: token.end };
    switch (token.kind) {
      case "number":
        next();
        return { kind: "number", value: Number(token.text), span };
      case "string":
        next();
        return { kind: "string", value: token.text, span };
      case "ref":
        next();
        return { kind: "ref", name: token.text, span };
      case "dot":
        next();
        return { kind: "dot", span };
      case "(":
        next();
        return nested(token, () => {
          const inner = binary(0);
          const close = peek();
          if (close.kind === ")") {
            next();
            return inner;
          }
          if (close.kind === "eof")
            throw failAt(
              token,
              "Cette parenthèse « ( » n'est jamais fermée : il manque « ) ».",
              "This parenthesis “(” is never closed: “)” is missing.",
            );
          throw unexpectedAfterValue(close, false);
        });
      case "name":
        if (peek(1).kind === "(") return call(token);
        if (KEYWORDS.includes(token.text)) throw missingValue(token);
        next();
        return { kind: "column", name: token.text, span };
      default:
        throw missingValue(token);
    }
  }

  function call(name: Token): Expr {
    next();
    const open = next();
    return nested(open, () => {
      const args: Expr[] = [];
      if (peek().kind !== ")")
        for (;;) {
          args.push(binary(0));
          const token = peek();
          if (token.kind === ",") {
            next();
            continue;
          }
          if (token.kind === ")") break;
          if (token.kind === "eof")
            throw new Failure(
              expressionError(
                `La fonction ${name.text}( n'est jamais fermée : il manque « ) ».`,
                `The function ${name.text}( is never closed: “)” is missing.`,
                name.start,
                open.end,
              ),
            );
          throw unexpectedAfterValue(token, true);
        }
      const close = next();
      return { kind: "call", name: name.text, args, span: { start: name.start, end: close.end } };
    });
  }

  const ast = binary(0);
  const rest = peek();
  if (rest.kind !== "eof") throw unexpectedAfterValue(rest, false);
  return ast;
}

/** Parses XLSForm's expression syntax (a subset of ODK XPath). Never throws. */
export function parseExpression(source: string): ParseResult {
  const text = typeof source === "string" ? source : "";
  if (text.length > MAX_EXPRESSION_LENGTH)
    return {
      ok: false,
      error: expressionError(
        `L'expression est trop longue : ${text.length} caractères, pour ${MAX_EXPRESSION_LENGTH} au plus.`,
        `The expression is too long: ${text.length} characters, for at most ${MAX_EXPRESSION_LENGTH}.`,
        MAX_EXPRESSION_LENGTH,
        text.length,
      ),
    };
  if (text.trim() === "")
    return {
      ok: false,
      error: expressionError("L'expression est vide.", "The expression is empty.", 0, text.length),
    };
  try {
    return { ok: true, ast: parseTokens(tokenize(text)) };
  } catch (caught) {
    if (caught instanceof Failure) return { ok: false, error: caught.error };
    // Only a bug gets here; an unreadable expression is still better than a crashed editor.
    return {
      ok: false,
      error: expressionError(
        "L'expression n'a pas pu être lue.",
        "The expression could not be read.",
        0,
        text.length,
      ),
    };
  }
}
