import type { QuestionType } from "@ricochet/domain";

/** Question types grouped as the type picker shows them, the most common first. */
export const TYPE_GROUPS: Array<{ key: string; types: QuestionType[] }> = [
  {
    key: "choices",
    types: ["single_choice", "multiple_choice", "yes_no", "likert", "rating", "matrix", "ranking"],
  },
  { key: "typed", types: ["text", "long_text", "integer", "decimal", "date"] },
  { key: "other", types: ["note", "consent", "calculate"] },
];

export const CHOICE_TYPES: QuestionType[] = [
  "single_choice",
  "multiple_choice",
  "likert",
  "ranking",
  "matrix",
];
export const ANSWERLESS: QuestionType[] = ["note", "calculate"];
/** Types whose answer a rule (`.`) can check. */
export const CONSTRAINABLE: QuestionType[] = [
  "text",
  "long_text",
  "integer",
  "decimal",
  "date",
  "rating",
  "multiple_choice",
];

export const TYPE_ICONS: Record<QuestionType, string> = {
  text: "Aa",
  long_text: "¶",
  integer: "12",
  decimal: "1,5",
  single_choice: "◉",
  multiple_choice: "☑",
  likert: "≋",
  rating: "★",
  yes_no: "±",
  date: "📅",
  matrix: "▦",
  ranking: "⇅",
  note: "ℹ",
  consent: "✍",
  calculate: "∑",
};
