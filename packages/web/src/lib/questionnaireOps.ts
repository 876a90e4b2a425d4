import {
  type ChoiceList,
  type Page,
  type Question,
  type QuestionnaireDefinition,
  type QuestionType,
  renameReference,
  type Texts,
} from "@ricochet/domain";
import { generatedName, takenNames, uniqueName } from "./questionnaireNames.ts";
import { likertPreset } from "./questionnairePresets.ts";

// Pure, immutable edits of a questionnaire draft: every function returns a new definition.

type Definition = QuestionnaireDefinition;

/** Sets one language of a text; an emptied language is removed. */
export function setText(texts: Texts | undefined, language: string, value: string): Texts {
  const next = { ...(texts ?? {}) };
  if (value === "") delete next[language];
  else next[language] = value;
  return next;
}

/** Like setText for optional texts: undefined once no language is left. */
export function setOptionalText(
  texts: Texts | undefined,
  language: string,
  value: string,
): Texts | undefined {
  const next = setText(texts, language, value);
  return Object.keys(next).length === 0 ? undefined : next;
}

export function withPage(definition: Definition, p: number, change: (page: Page) => Page): Definition {
  return { ...definition, pages: definition.pages.map((page, i) => (i === p ? change(page) : page)) };
}

export function withQuestion(
  definition: Definition,
  p: number,
  q: number,
  change: (question: Question) => Question,
): Definition {
  return withPage(definition, p, (page) => ({
    ...page,
    questions: page.questions.map((question, i) => (i === q ? change(question) : question)),
  }));
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function addPage(definition: Definition, title: string): { definition: Definition; page: number } {
  const names = new Set(definition.pages.map((p) => p.name));
  const name = uniqueName(`page_${definition.pages.length + 1}`, names);
  const page: Page = { name, title: { [definition.defaultLanguage]: title }, questions: [] };
  return { definition: { ...definition, pages: [...definition.pages, page] }, page: definition.pages.length };
}

export function movePage(definition: Definition, p: number, delta: -1 | 1): Definition {
  const to = p + delta;
  if (to < 0 || to >= definition.pages.length) return definition;
  return { ...definition, pages: move(definition.pages, p, to) };
}

/** Removes a page and its questions; the last page stays (a questionnaire has at least one). */
export function removePage(definition: Definition, p: number): Definition {
  if (definition.pages.length <= 1) return definition;
  return { ...definition, pages: definition.pages.filter((_, i) => i !== p) };
}

/** A new question of a type, with what that type needs to be usable right away. */
export function addQuestion(
  definition: Definition,
  p: number,
  type: QuestionType,
): { definition: Definition; question: number } {
  const name = generatedName("", takenNames(definition), type === "calculate" ? "calcul" : "question");
  const question: Question = { name, type, label: {} };
  let next = definition;
  if (type === "rating") question.scale = { min: 0, max: 10 };
  if (type === "calculate") question.calculation = "";
  if (type === "likert" || type === "matrix") {
    const preset = likertPreset(definition.languages);
    const existing = definition.choiceLists.find((l) => l.name === preset.name);
    if (!existing) next = { ...next, choiceLists: [...next.choiceLists, preset] };
    question.choiceList = preset.name;
  }
  if (type === "matrix") question.items = [];
  const index = definition.pages[p]?.questions.length ?? 0;
  next = withPage(next, p, (page) => ({ ...page, questions: [...page.questions, question] }));
  return { definition: next, question: index };
}

/** Moves a question up or down; past the top or bottom of its page, into the page next to it. */
export function moveQuestion(
  definition: Definition,
  p: number,
  q: number,
  delta: -1 | 1,
): { definition: Definition; page: number; question: number } {
  const page = definition.pages[p];
  const question = page?.questions[q];
  if (!page || !question) return { definition, page: p, question: q };
  const to = q + delta;
  if (to >= 0 && to < page.questions.length)
    return {
      definition: withPage(definition, p, (pg) => ({ ...pg, questions: move(pg.questions, q, to) })),
      page: p,
      question: to,
    };
  const target = p + delta;
  const other = definition.pages[target];
  if (!other) return { definition, page: p, question: q };
  const removed = withPage(definition, p, (pg) => ({
    ...pg,
    questions: pg.questions.filter((_, i) => i !== q),
  }));
  const at = delta < 0 ? other.questions.length : 0;
  const inserted = withPage(removed, target, (pg) => {
    const questions = [...pg.questions];
    questions.splice(at, 0, question);
    return { ...pg, questions };
  });
  return { definition: inserted, page: target, question: at };
}

/** A copy right after the original, with new unique names (matrix rows too). */
export function duplicateQuestion(definition: Definition, p: number, q: number): Definition {
  const original = definition.pages[p]?.questions[q];
  if (!original) return definition;
  const taken = takenNames(definition);
  const name = uniqueName(`${original.name.replace(/_\d+$/, "")}_copie`, taken);
  taken.add(name);
  const items = original.items?.map((item) => {
    const itemName = uniqueName(`${item.name}_copie`, taken);
    taken.add(itemName);
    return { ...structuredClone(item), name: itemName };
  });
  const copy: Question = { ...structuredClone(original), name, ...(items ? { items } : {}) };
  return withPage(definition, p, (page) => {
    const questions = [...page.questions];
    questions.splice(q + 1, 0, copy);
    return { ...page, questions };
  });
}

export function removeQuestion(definition: Definition, p: number, q: number): Definition {
  return withPage(definition, p, (page) => ({
    ...page,
    questions: page.questions.filter((_, i) => i !== q),
  }));
}

const EXPRESSION_FIELDS = ["relevant", "constraint", "calculation", "choiceFilter"] as const;

/** Renames a question (or a matrix row) and rewrites `${from}` in every expression. */
export function renameQuestion(definition: Definition, from: string, to: string): Definition {
  if (from === to) return definition;
  const rename = (source: string | undefined) =>
    source === undefined ? undefined : renameReference(source, from, to);
  return {
    ...definition,
    pages: definition.pages.map((page) => {
      const next: Page = {
        ...page,
        questions: page.questions.map((question) => {
          const changed: Question = { ...question, name: question.name === from ? to : question.name };
          for (const field of EXPRESSION_FIELDS) {
            const value = rename(question[field]);
            if (value !== undefined) changed[field] = value;
          }
          if (question.items)
            changed.items = question.items.map((item) => (item.name === from ? { ...item, name: to } : item));
          return changed;
        }),
      };
      const relevant = rename(page.relevant);
      if (relevant !== undefined) next.relevant = relevant;
      return next;
    }),
  };
}

// Choice lists are shared between questions: editing one changes every question using it.

export function addChoiceList(
  definition: Definition,
  base: string,
): { definition: Definition; name: string } {
  const name = uniqueName(base || "liste", new Set(definition.choiceLists.map((l) => l.name)));
  const list: ChoiceList = { name, choices: [{ value: "choix_1", label: {} }] };
  return { definition: { ...definition, choiceLists: [...definition.choiceLists, list] }, name };
}

export function withChoiceList(
  definition: Definition,
  name: string,
  change: (list: ChoiceList) => ChoiceList,
): Definition {
  return { ...definition, choiceLists: definition.choiceLists.map((l) => (l.name === name ? change(l) : l)) };
}

/** Renames a list and points every question that used it to the new name. */
export function renameChoiceList(definition: Definition, from: string, to: string): Definition {
  if (from === to) return definition;
  return {
    ...withChoiceList(definition, from, (list) => ({ ...list, name: to })),
    pages: definition.pages.map((page) => ({
      ...page,
      questions: page.questions.map((q) => (q.choiceList === from ? { ...q, choiceList: to } : q)),
    })),
  };
}

export function removeChoiceList(definition: Definition, name: string): Definition {
  return { ...definition, choiceLists: definition.choiceLists.filter((l) => l.name !== name) };
}

export function moveItem<T>(items: readonly T[], from: number, delta: -1 | 1): T[] {
  const to = from + delta;
  return to < 0 || to >= items.length ? [...items] : move(items, from, to);
}

/** Questions that use a list, as "page.question" positions. */
export function listUsers(definition: Definition, name: string): Question[] {
  return definition.pages.flatMap((page) => page.questions.filter((q) => q.choiceList === name));
}
