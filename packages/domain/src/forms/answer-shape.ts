import type { AnswerIssueKind } from "./answer-checks.ts";
import { isEmpty } from "./form-evaluation.ts";
import type { AnswerValue, Question } from "./questionnaire-model.ts";

// Whether one answer has the form its question expects (type, choices, scale, matrix rows), and
// whether a required one is complete.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What is wrong with the value of one question, by its type; null when the shape is right. */
export function typeProblem(
  question: Question,
  value: AnswerValue,
  offered: readonly string[],
): { kind: AnswerIssueKind; fr: string; en: string } | null {
  const label = `« ${question.name} »`;
  const labelEn = `“${question.name}”`;
  const type = (fr: string, en: string) => ({
    kind: "type" as const,
    fr: `${label} : ${fr}`,
    en: `${labelEn}: ${en}`,
  });
  const choice = (v: string) => ({
    kind: "choice" as const,
    fr: `${label} : « ${v} » ne fait pas partie des choix proposés.`,
    en: `${labelEn}: “${v}” is not one of the choices offered.`,
  });
  switch (question.type) {
    case "text":
    case "long_text":
      if (typeof value !== "string") return type("un texte est attendu.", "a text is expected.");
      if (value.length > (question.type === "text" ? 2000 : 20000))
        return type("le texte est trop long.", "the text is too long.");
      return null;
    case "integer":
      return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 1e12
        ? null
        : type("un nombre entier est attendu.", "a whole number is expected.");
    case "decimal":
      return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= 1e15
        ? null
        : type("un nombre est attendu.", "a number is expected.");
    case "rating": {
      const scale = question.scale ?? { min: 0, max: 10 };
      return typeof value === "number" && Number.isInteger(value) && value >= scale.min && value <= scale.max
        ? null
        : type(
            `une note entière de ${scale.min} à ${scale.max} est attendue.`,
            `a whole rating from ${scale.min} to ${scale.max} is expected.`,
          );
    }
    case "date":
      return typeof value === "string" && isIsoDate(value)
        ? null
        : type("une date (AAAA-MM-JJ) est attendue.", "a date (YYYY-MM-DD) is expected.");
    case "yes_no":
      return value === "yes" || value === "no"
        ? null
        : type("oui ou non est attendu.", "yes or no is expected.");
    case "single_choice":
    case "likert":
      if (typeof value !== "string") return type("un seul choix est attendu.", "one choice is expected.");
      return offered.includes(value) ? null : choice(value);
    case "multiple_choice":
    case "ranking": {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
        return type("une liste de choix est attendue.", "a list of choices is expected.");
      const wrong = value.find((v) => !offered.includes(v));
      if (wrong !== undefined) return choice(wrong);
      if (new Set(value).size !== value.length)
        return type("un choix est donné deux fois.", "a choice is given twice.");
      return null;
    }
    case "matrix": {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return type(
          "une réponse par ligne du tableau est attendue.",
          "one answer per row of the matrix is expected.",
        );
      const rows = new Set((question.items ?? []).map((i) => i.name));
      for (const [row, v] of Object.entries(value)) {
        if (!rows.has(row))
          return type(`la ligne « ${row} » n'existe pas.`, `the row “${row}” does not exist.`);
        if (typeof v !== "string" || !offered.includes(v)) return choice(String(v));
      }
      return null;
    }
    case "consent":
      return typeof value === "boolean" ? null : type("oui ou non est attendu.", "yes or no is expected.");
    default:
      return type("cette question n'attend pas de réponse.", "this question takes no answer.");
  }
}

export function requiredUnmet(
  question: Question,
  value: AnswerValue | undefined,
  offered: readonly string[],
): boolean {
  if (isEmpty(value)) return true;
  if (question.type === "consent") return value !== true;
  if (question.type === "matrix" && typeof value === "object" && !Array.isArray(value))
    return (question.items ?? []).some((item) => !(value as Record<string, string>)[item.name]);
  if (question.type === "ranking" && Array.isArray(value)) return value.length < offered.length;
  return false;
}
