import { NAME_PATTERN as NAME } from "../questionnaire-model.ts";
import { type ExpressionError, expressionError } from "./expression-errors.ts";

export type TokenKind =
  | "number"
  | "string"
  | "ref"
  | "dot"
  | "name"
  | "op"
  | "("
  | ")"
  | ","
  | "eof"
  | "error";

export interface Token {
  kind: TokenKind;
  /** The source text of the token (for a ref, the name only; for a string, without quotes). */
  text: string;
  start: number;
  end: number;
  /** Set on the `error` token, always the last one. */
  error?: ExpressionError;
}

const NUMBER = /\d+(?:\.\d*)?|\.\d+/y;
// XPath lets `-` and `.` inside names (so `a-b` is one name) and a prefix such as `jr:`.
const IDENTIFIER = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const REF_CHARS = /[\w.-]*/y;
const OPERATORS = ["!=", "<=", ">=", "=", "<", ">", "+", "-", "*"];
const KEYWORD_AFTER = /(?:and|or|div|mod)(?![\w.-])/y;
const WORD_START = /[\p{L}\p{N}]/uy;

const use = (word: string, instead: string) => [
  `Écrivez « ${word} » au lieu de « ${instead} ».`,
  `Write “${word}” instead of “${instead}”.`,
];
const quotes = [
  "Les guillemets typographiques ne sont pas compris : entourez les textes d'apostrophes droites ' ou de guillemets droits \".",
  "Typographic quotes are not understood: surround texts with straight apostrophes ' or straight double quotes \".",
];

// Habits from spreadsheets and programming languages, each with the XPath way to say it.
// Two-character entries are tried before single characters.
const MISTAKES: Record<string, string[]> = {
  "==": [
    "Pour comparer, écrivez un seul « = » (« == » n'existe pas ici).",
    "To compare, write a single “=” (“==” does not exist here).",
  ],
  "&&": use("and", "&&"),
  "||": use("or", "||"),
  "<>": use("!=", "<>"),
  "=<": use("<=", "=<"),
  "=>": use(">=", "=>"),
  "!": [
    "« ! » n'existe pas : écrivez not(…) pour une négation, ou « != » pour « différent de ».",
    "“!” does not exist: write not(…) for a negation, or “!=” for “not equal to”.",
  ],
  "&": use("and", "&"),
  "|": use("or", "|"),
  "/": [
    `Pour diviser, écrivez « div » (par exemple \${a} div 2).`,
    `To divide, write “div” (for example \${a} div 2).`,
  ],
  "%": [
    `Pour le reste d'une division, écrivez « mod » (par exemple \${a} mod 2).`,
    `For the remainder of a division, write “mod” (for example \${a} mod 2).`,
  ],
  "’": quotes,
  "‘": quotes,
  "“": quotes,
  "”": quotes,
  "«": quotes,
  "»": quotes,
};

const fail = (fr: string, en: string, start: number, end: number): Token => ({
  kind: "error",
  text: "",
  start,
  end,
  error: expressionError(fr, en, start, end),
});

function lexRef(source: string, start: number): Token {
  const close = source.indexOf("}", start + 2);
  const content = close < 0 ? "" : source.slice(start + 2, close);
  if (close >= 0 && NAME.test(content)) return { kind: "ref", text: content, start, end: close + 1 };
  if (close >= 0 && content.trim() === "")
    return fail(
      `Le nom de la question manque entre « \${ » et « } ».`,
      `The question name is missing between “\${” and “}”.`,
      start,
      close + 1,
    );
  if (close >= 0 && NAME.test(content.trim()))
    return fail(
      `Pas d'espace entre les accolades : écrivez \${${content.trim()}}.`,
      `No spaces inside the braces: write \${${content.trim()}}.`,
      start,
      close + 1,
    );
  if (close >= 0 && !/[\s'"$(){},]/.test(content))
    return fail(
      `« ${content} » n'est pas un nom de question valide : un nom commence par une lettre ou « _ », suivie de lettres sans accent, de chiffres, de « _ », « . » ou « - », 64 caractères au plus.`,
      `“${content}” is not a valid question name: a name starts with a letter or “_”, followed by unaccented letters, digits, “_”, “.” or “-”, 64 characters at most.`,
      start,
      close + 1,
    );
  REF_CHARS.lastIndex = start + 2;
  const end = start + 2 + (REF_CHARS.exec(source)?.[0].length ?? 0);
  return fail(
    `« \${${source.slice(start + 2, end)} » n'est pas fermé : il manque « } » après le nom de la question.`,
    `“\${${source.slice(start + 2, end)}” is not closed: “}” is missing after the question name.`,
    start,
    end,
  );
}

function lexString(source: string, start: number): Token {
  const quote = source[start] as string;
  const close = source.indexOf(quote, start + 1);
  if (close < 0)
    return fail(
      `Le texte commencé par ${quote} n'est pas fermé : ajoutez ${quote} à la fin du texte.`,
      `The text starting with ${quote} is not closed: add ${quote} at the end of the text.`,
      start,
      source.length,
    );
  WORD_START.lastIndex = close + 1;
  KEYWORD_AFTER.lastIndex = close + 1;
  // `'l'école'`: the apostrophe of the French word closed the text early.
  if (WORD_START.test(source) && !KEYWORD_AFTER.test(source)) {
    const [other, fr, en, example] =
      quote === "'"
        ? ['"', "Cette apostrophe", "This apostrophe", `"l'école"`]
        : ["'", "Ce guillemet", "This quote", `'dire "oui"'`];
    return fail(
      `${fr} ${quote} termine le texte trop tôt. Pour mettre ${quote} dans un texte, entourez le texte de ${other}, par exemple ${example}.`,
      `${en} ${quote} ends the text too early. To put ${quote} inside a text, surround the text with ${other}, for example ${example}.`,
      close,
      close + 1,
    );
  }
  return { kind: "string", text: source.slice(start + 1, close), start, end: close + 1 };
}

function lexOne(source: string, i: number): Token {
  const c = source[i] as string;
  const two = source.slice(i, i + 2);
  if (two === "${") return lexRef(source, i);
  if (c === "'" || c === '"') return lexString(source, i);
  NUMBER.lastIndex = i;
  const number = NUMBER.exec(source)?.[0];
  if (number !== undefined) {
    if (!Number.isFinite(Number(number)))
      return fail("Ce nombre est trop grand.", "This number is too large.", i, i + number.length);
    return { kind: "number", text: number, start: i, end: i + number.length };
  }
  if (c === ".") return { kind: "dot", text: ".", start: i, end: i + 1 };
  IDENTIFIER.lastIndex = i;
  const name = IDENTIFIER.exec(source)?.[0];
  if (name !== undefined) return { kind: "name", text: name, start: i, end: i + name.length };
  for (const op of [two, c]) {
    if (OPERATORS.includes(op)) return { kind: "op", text: op, start: i, end: i + op.length };
    const mistake = MISTAKES[op];
    if (mistake) return fail(mistake[0] as string, mistake[1] as string, i, i + op.length);
  }
  if (c === "(" || c === ")" || c === ",") return { kind: c, text: c, start: i, end: i + 1 };
  if (c === "$")
    return fail(
      `« $ » doit être suivi d'accolades autour du nom de la question, par exemple \${age}.`,
      `“$” must be followed by braces around the question name, for example \${age}.`,
      i,
      i + 1,
    );
  const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
  return fail(`Caractère « ${char} » inattendu.`, `Unexpected character “${char}”.`, i, i + char.length);
}

/** The tokens of the source, ending with `eof`, or with `error` at the first one that cannot be read. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  for (;;) {
    while (i < source.length && /\s/.test(source[i] as string)) i += 1;
    if (i >= source.length) {
      tokens.push({ kind: "eof", text: "", start: source.length, end: source.length });
      return tokens;
    }
    const token = lexOne(source, i);
    tokens.push(token);
    if (token.kind === "error") return tokens;
    i = token.end;
  }
}
