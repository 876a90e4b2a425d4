// The questionnaire as Ricochet stores and edits it (the draft), free of zod and of any I/O so
// that the light public form can import it. XLSForm concepts map onto it one to one where they
// exist: a page is a group with "field-list", a question's `name` is its XLSForm name, choice
// lists are the choices sheet, expressions use XLSForm's syntax (`${q} > 3 and selected(${c}, 'x')`).

export const QUESTION_TYPES = [
  "text",
  "long_text",
  "integer",
  "decimal",
  "single_choice",
  "multiple_choice",
  "likert",
  "rating",
  "yes_no",
  "date",
  "matrix",
  "ranking",
  "note",
  "consent",
  "calculate",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answer is one or several values of a choice list. */
export const CHOICE_QUESTION_TYPES: readonly QuestionType[] = [
  "single_choice",
  "multiple_choice",
  "likert",
  "ranking",
  "matrix",
];

/** Types that carry no answer of the respondent (a note is text only; a calculation is computed). */
export const NON_ANSWER_QUESTION_TYPES: readonly QuestionType[] = ["note", "calculate"];

/**
 * Texts by language code (`fr`, `en`, `es`, `ar`…). The questionnaire's default language is
 * always present; a missing other language is "untranslated" and falls back to the default.
 */
export type Texts = Record<string, string>;

/** Language codes: ISO 639-1/639-3 with an optional region (`fr`, `en`, `pt-BR`). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Question, item, page and list names: XLSForm's rule (a letter or _ first, then letters, digits, _ . -). */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

export interface Choice {
  value: string;
  label: Texts;
  /** Easy-to-read (FALC) wording of the choice. */
  easyRead?: Texts;
  /** A pictogram: an image reference (data: URL or asset id). */
  image?: string | null;
  /** Extra columns of the choices sheet that a `choiceFilter` may test (XLSForm choice_filter). */
  filters?: Record<string, string>;
}

export interface ChoiceList {
  name: string;
  choices: Choice[];
}

/** One row of a matrix: answered on the matrix's choice list; its name is a question name too. */
export interface MatrixItem {
  name: string;
  label: Texts;
  easyRead?: Texts;
}

export interface RatingScale {
  min: number;
  max: number;
  minLabel?: Texts;
  maxLabel?: Texts;
}

export interface Question {
  /** Unique in the questionnaire; what expressions reference as `${name}`. */
  name: string;
  type: QuestionType;
  label: Texts;
  hint?: Texts;
  /** The easy-to-read (FALC) wording, shown when the respondent turns the easy-read switch on. */
  easyRead?: Texts;
  image?: string | null;
  required?: boolean;
  requiredMessage?: Texts;
  /** Must hold for the answer to be accepted; `.` is the answer itself. */
  constraint?: string;
  constraintMessage?: Texts;
  /** The question is asked only when this holds (skip logic). */
  relevant?: string;
  /** For `calculate`: the value, computed from other answers. */
  calculation?: string;
  /** For choice types: the name of a choice list of the questionnaire. */
  choiceList?: string;
  /** Show choices in a random order (each respondent gets their own order). */
  randomizeChoices?: boolean;
  /** XLSForm choice_filter: a choice is offered when this holds, the choice's columns readable by name. */
  choiceFilter?: string;
  /** For `rating`: the numeric scale (e.g. 0–10). */
  scale?: RatingScale;
  /** For `matrix`: the rows, each answered on `choiceList`. */
  items?: MatrixItem[];
  /** Library indicator definitions this question feeds. */
  indicatorIds?: string[];
  /** XLSForm appearance, kept for round trips (e.g. "minimal", "likert"). */
  appearance?: string;
}

/** A page (section): shown together; skipped as a whole when `relevant` is false. */
export interface Page {
  name: string;
  title: Texts;
  relevant?: string;
  questions: Question[];
}

export interface QuestionnaireDefinition {
  defaultLanguage: string;
  /** Every language of the questionnaire, the default first. */
  languages: string[];
  title: Texts;
  description?: Texts;
  choiceLists: ChoiceList[];
  pages: Page[];
}

/**
 * One answer, as submitted and stored: text, date ("YYYY-MM-DD") and single choices are
 * strings, numbers are numbers, multiple choices and rankings are arrays of choice values (a
 * ranking in its order), a matrix is `{ itemName: choiceValue }`, a consent is a boolean.
 */
export type AnswerValue = string | number | boolean | string[] | Record<string, string>;

/** The answers of one submission by question name; an unanswered question is absent. */
export type Answers = Record<string, AnswerValue>;

/** Picks the text of a language, falling back to the default language, then to any text. */
export function pickText(texts: Texts | undefined, language: string, defaultLanguage: string): string {
  if (!texts) return "";
  return texts[language] ?? texts[defaultLanguage] ?? Object.values(texts)[0] ?? "";
}

/** Every question of the questionnaire in order, with its page. */
export function allQuestions(definition: QuestionnaireDefinition): Array<{ page: Page; question: Question }> {
  return definition.pages.flatMap((page) => page.questions.map((question) => ({ page, question })));
}
