import type { CompiledQuestionnaire } from "./compiled-questionnaire.ts";
import { type AnswerValue, allQuestions, pickText, type Question } from "./questionnaire-model.ts";

// Submissions as a flat table for CSV and XLSX exports: one row per submission, one column per
// simple question, one per choice of a multiple choice (1/0), one per matrix row, one per rank.

export interface SubmissionRecord {
  id: string;
  respondentCode: string | null;
  source: string;
  language: string;
  easyRead: boolean;
  submittedAt: string;
  answers: Record<string, unknown>;
}

export type Cell = string | number | null;

export interface SubmissionTable {
  header: string[];
  rows: Cell[][];
}

interface Column {
  header: (labels: boolean) => string;
  value: (answers: Record<string, unknown>, labels: boolean) => Cell;
}

const META_HEADERS = {
  codes: ["submission_id", "respondent_code", "source", "language", "easy_read", "submitted_at"],
  labels: ["Réponse", "Code répondant", "Source", "Langue", "Facile à lire", "Envoyée le"],
};

function columnsOf(compiled: CompiledQuestionnaire, language: string): Column[] {
  const { definition } = compiled;
  const text = (texts: Record<string, string> | undefined) =>
    pickText(texts, language, definition.defaultLanguage);
  const list = (question: Question) => definition.choiceLists.find((l) => l.name === question.choiceList);
  const choiceLabel = (question: Question, value: unknown, labels: boolean): Cell => {
    if (typeof value !== "string") return null;
    if (!labels) return value;
    if (question.type === "yes_no")
      return value === "yes" ? (language === "en" ? "Yes" : "Oui") : language === "en" ? "No" : "Non";
    const choice = list(question)?.choices.find((c) => c.value === value);
    return choice ? text(choice.label) : value;
  };
  const scalar = (value: unknown): Cell =>
    typeof value === "number" || typeof value === "string"
      ? value
      : typeof value === "boolean"
        ? value
          ? 1
          : 0
        : null;
  return allQuestions(definition).flatMap(({ question }): Column[] => {
    const title = (labels: boolean) => (labels ? text(question.label) || question.name : question.name);
    switch (question.type) {
      case "note":
        return [];
      case "multiple_choice":
        return (list(question)?.choices ?? []).map((choice) => ({
          header: (labels) =>
            labels ? `${title(true)} : ${text(choice.label)}` : `${question.name}/${choice.value}`,
          value: (answers) => {
            const v = answers[question.name];
            return Array.isArray(v) ? (v.includes(choice.value) ? 1 : 0) : null;
          },
        }));
      case "ranking":
        return (list(question)?.choices ?? []).map((_choice, index) => ({
          header: (labels) =>
            labels ? `${title(true)} : rang ${index + 1}` : `${question.name}/${index + 1}`,
          value: (answers, labels) => {
            const v = answers[question.name];
            return Array.isArray(v) ? choiceLabel(question, v[index], labels) : null;
          },
        }));
      case "matrix":
        return (question.items ?? []).map((item) => ({
          header: (labels) => (labels ? `${title(true)} : ${text(item.label)}` : item.name),
          value: (answers, labels) => {
            const row = answers[question.name] as Record<string, string> | undefined;
            return row && typeof row === "object" ? choiceLabel(question, row[item.name], labels) : null;
          },
        }));
      case "single_choice":
      case "likert":
      case "yes_no":
        return [
          {
            header: title,
            value: (answers, labels) => choiceLabel(question, answers[question.name], labels),
          },
        ];
      default:
        return [
          { header: title, value: (answers) => scalar(answers[question.name] as AnswerValue | undefined) },
        ];
    }
  });
}

/** The export table; `labels` writes the questions' and choices' wording instead of their codes. */
export function submissionTable(
  compiled: CompiledQuestionnaire,
  records: readonly SubmissionRecord[],
  options: { labels: boolean; language?: string },
): SubmissionTable {
  const language = options.language ?? compiled.definition.defaultLanguage;
  const columns = columnsOf(compiled, language);
  const meta = options.labels ? META_HEADERS.labels : META_HEADERS.codes;
  return {
    header: [...meta, ...columns.map((c) => c.header(options.labels))],
    rows: records.map((r) => [
      r.id,
      r.respondentCode,
      r.source,
      r.language,
      r.easyRead ? 1 : 0,
      r.submittedAt,
      ...columns.map((c) => c.value(r.answers, options.labels)),
    ]),
  };
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab/CR first) gets a
 * leading apostrophe: an answer typed by a respondent must never execute in an analyst's Excel.
 */
export function neutraliseFormula(cell: string): string {
  // A plain signed number (a Likert value of -2, a balance of -12,5) is data, not a formula.
  if (/^[-+]?\d+([.,]\d+)?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
