import type {
  Answers,
  AnswerValue,
  CompiledQuestionnaire,
  FormState,
  Page,
  Question,
  QuestionnaireDefinition,
} from "@ricochet/domain/forms/public-runtime";
import type { Fill } from "./types.ts";

// Which pages and questions the respondent sees, derived from evaluateForm's state.

/** Shown on a page: asked, and not a calculation. */
export const isShown = (state: FormState, question: Question) =>
  question.type !== "calculate" && state.relevantQuestions.has(question.name);

export const shownQuestions = (state: FormState, page: Page) =>
  page.questions.filter((q) => isShown(state, q));

/** Pages asked that have something to show, in order. */
export function shownPages(definition: QuestionnaireDefinition, state: FormState): Page[] {
  return definition.pages.filter(
    (page) => state.relevantPages.has(page.name) && shownQuestions(state, page).length > 0,
  );
}

export const pageIndex = (definition: QuestionnaireDefinition, name: string | null) =>
  definition.pages.findIndex((p) => p.name === name);

/** The page after (or before) the named one among those shown; null past either end. */
export function neighbourPage(
  definition: QuestionnaireDefinition,
  state: FormState,
  name: string | null,
  direction: 1 | -1,
): Page | null {
  const from = pageIndex(definition, name);
  const pages = shownPages(definition, state);
  const candidates = pages.filter((p) => (pageIndex(definition, p.name) - from) * direction > 0);
  return (direction === 1 ? candidates[0] : candidates[candidates.length - 1]) ?? null;
}

/** The page that asks a question (or a matrix row) of this name. */
export function pageOfQuestion(definition: QuestionnaireDefinition, name: string): Page | null {
  return (
    definition.pages.find((page) =>
      page.questions.some((q) => q.name === name || q.items?.some((item) => item.name === name)),
    ) ?? null
  );
}

export function findQuestion(definition: QuestionnaireDefinition, name: string): Question | null {
  for (const page of definition.pages)
    for (const q of page.questions) if (q.name === name || q.items?.some((i) => i.name === name)) return q;
  return null;
}

/** What is sent: the answers of the questions asked, without notes and calculations. */
export function answersToSend(compiled: CompiledQuestionnaire, state: FormState): Answers {
  const kinds = new Map<string, Question["type"]>();
  for (const page of compiled.definition.pages) for (const q of page.questions) kinds.set(q.name, q.type);
  const answers: Answers = {};
  for (const [name, value] of Object.entries(state.values)) {
    const type = kinds.get(name);
    if (type && type !== "calculate" && type !== "note") answers[name] = value;
  }
  return answers;
}

const SECONDS: Partial<Record<Question["type"], number>> = {
  long_text: 60,
  ranking: 40,
  note: 10,
  text: 25,
};

/** A rough time to answer the questions shown, in minutes (at least one). */
export function estimatedMinutes(definition: QuestionnaireDefinition, state: FormState): number {
  let seconds = 0;
  for (const page of shownPages(definition, state))
    for (const q of shownQuestions(state, page))
      seconds += q.type === "matrix" ? 10 * (q.items?.length ?? 1) + 5 : (SECONDS[q.type] ?? 15);
  return Math.max(1, Math.round(seconds / 60));
}

/** Each question's type and the values its answer may hold (null: any), by question name. */
function answerShapes(compiled: CompiledQuestionnaire) {
  const lists = new Map(compiled.definition.choiceLists.map((l) => [l.name, l.choices.map((c) => c.value)]));
  const shapes = new Map<string, { type: Question["type"]; values: Set<string> | null; rows: Set<string> }>();
  for (const page of compiled.definition.pages)
    for (const q of page.questions) {
      const values = q.choiceList ? new Set(lists.get(q.choiceList) ?? []) : null;
      shapes.set(q.name, { type: q.type, values, rows: new Set((q.items ?? []).map((i) => i.name)) });
    }
  return shapes;
}

/**
 * The filling-in once the questionnaire changed under it (an edit in the builder's preview): the
 * answers of questions that still exist with the same type, without choices or matrix rows that
 * were removed; the page shown, or the first page when it no longer exists. Unchanged (the same
 * object) when everything still fits.
 */
export function keepWhatFits(fill: Fill, before: CompiledQuestionnaire, after: CompiledQuestionnaire): Fill {
  const was = answerShapes(before);
  const now = answerShapes(after);
  let changed = false;
  const answers: Answers = {};
  for (const [name, value] of Object.entries(fill.answers)) {
    const shape = now.get(name);
    let kept: AnswerValue | undefined = shape?.type === was.get(name)?.type ? value : undefined;
    if (shape && kept !== undefined && shape.values) {
      const fits = (v: unknown) => typeof v === "string" && (shape.values as Set<string>).has(v);
      if (Array.isArray(kept)) {
        const list = kept.filter(fits);
        kept = list.length === kept.length ? kept : list.length > 0 ? list : undefined;
      } else if (shape.type === "matrix" && typeof kept === "object") {
        const rows = Object.entries(kept).filter(([row, v]) => shape.rows.has(row) && fits(v));
        kept =
          rows.length === Object.keys(kept).length
            ? kept
            : rows.length > 0
              ? Object.fromEntries(rows)
              : undefined;
      } else if (!fits(kept)) kept = undefined;
    }
    if (kept === undefined) changed = true;
    else {
      if (kept !== value) changed = true;
      answers[name] = kept;
    }
  }
  const drafts: Record<string, string> = {};
  for (const [name, draft] of Object.entries(fill.drafts))
    if (now.get(name)?.type === was.get(name)?.type && now.has(name)) drafts[name] = draft;
    else changed = true;
  const pageGone = fill.page !== null && pageIndex(after.definition, fill.page) < 0;
  if (!changed && !pageGone) return fill;
  return {
    ...fill,
    answers,
    drafts,
    ...(pageGone ? { page: after.definition.pages[0]?.name ?? null } : {}),
  };
}
