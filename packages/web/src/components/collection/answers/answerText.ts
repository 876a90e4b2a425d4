import {
  allQuestions,
  type Choice,
  NON_ANSWER_QUESTION_TYPES,
  type Page,
  pickText,
  type Question,
  type QuestionnaireDefinition,
  type Texts,
} from "@ricochet/domain";

// Reading stored answers back as words: each question's label and each choice's label, in the
// app's language when the questionnaire has it (else its default language).

export interface QuestionEntry {
  question: Question;
  page: Page;
  pageIndex: number;
}

/** Every question by name, in questionnaire order; notes are left out (nothing to answer). */
export function questionEntries(definition: QuestionnaireDefinition): QuestionEntry[] {
  return allQuestions(definition)
    .filter(({ question }) => question.type !== "note")
    .map(({ page, question }) => ({ page, question, pageIndex: definition.pages.indexOf(page) }));
}

/** Whether a team member may correct this question's answer (calculations are recomputed). */
export function isCorrectable(question: Question): boolean {
  return !NON_ANSWER_QUESTION_TYPES.includes(question.type);
}

export function textIn(definition: QuestionnaireDefinition, language: string) {
  return (texts: Texts | undefined) => pickText(texts, language, definition.defaultLanguage);
}

/** The choices a question answers with: its list, or yes/no. */
export function choicesOf(
  definition: QuestionnaireDefinition,
  question: Question,
  yesNo: { yes: string; no: string },
): Choice[] {
  if (question.type === "yes_no")
    return [
      { value: "yes", label: { [definition.defaultLanguage]: yesNo.yes } },
      { value: "no", label: { [definition.defaultLanguage]: yesNo.no } },
    ];
  return definition.choiceLists.find((l) => l.name === question.choiceList)?.choices ?? [];
}

export interface AnswerWords {
  /** Values that are empty say so: the caller shows its "no answer" text. */
  empty: boolean;
  text: string;
  /** A matrix, row by row. */
  rows?: Array<{ label: string; value: string }>;
}

export interface AnswerTexts {
  yes: string;
  no: string;
  checked: string;
  unchecked: string;
  rank: (n: number) => string;
  number: (n: number) => string;
  date: (iso: string) => string;
}

/** One stored answer in words: choice labels instead of codes, matrix row by row. */
export function answerWords(
  definition: QuestionnaireDefinition,
  question: Question,
  value: unknown,
  language: string,
  words: AnswerTexts,
): AnswerWords {
  const text = textIn(definition, language);
  const choices = choicesOf(definition, question, words);
  const label = (v: unknown) => {
    if (typeof v !== "string") return String(v);
    const choice = choices.find((c) => c.value === v);
    return choice
      ? question.type === "yes_no"
        ? v === "yes"
          ? words.yes
          : words.no
        : text(choice.label)
      : v;
  };
  if (value === undefined || value === null || value === "") return { empty: true, text: "" };
  if (Array.isArray(value)) {
    if (value.length === 0) return { empty: true, text: "" };
    if (question.type === "ranking")
      return { empty: false, text: value.map((v, i) => `${words.rank(i + 1)} ${label(v)}`).join(" · ") };
    return { empty: false, text: value.map(label).join(", ") };
  }
  if (typeof value === "object") {
    const row = value as Record<string, unknown>;
    const rows = (question.items ?? [])
      .filter((item) => row[item.name] !== undefined)
      .map((item) => ({ label: text(item.label) || item.name, value: label(row[item.name]) }));
    return { empty: rows.length === 0, text: rows.map((r) => `${r.label} : ${r.value}`).join(" ; "), rows };
  }
  if (typeof value === "boolean") return { empty: false, text: value ? words.checked : words.unchecked };
  if (typeof value === "number") return { empty: false, text: words.number(value) };
  if (question.type === "date") return { empty: false, text: words.date(value as string) };
  if (["single_choice", "likert", "yes_no"].includes(question.type))
    return { empty: false, text: label(value) };
  return { empty: false, text: String(value) };
}
