import type { TInterviewGuideInput } from "@ricochet/domain";
import type { InterviewGuide } from "../../../api/types.ts";

// An interview guide as its editor holds it: every theme, question and prompt with a key of its
// own, so that moving one keeps its inputs (and the focus) with it.

export interface PromptDraft {
  key: string;
  text: string;
}
export interface QuestionDraft {
  key: string;
  text: string;
  prompts: PromptDraft[];
}
export interface ThemeDraft {
  key: string;
  title: string;
  questions: QuestionDraft[];
}
export interface GuideDraft {
  title: string;
  introduction: string;
  themes: ThemeDraft[];
}

let counter = 0;
export const newKey = () => `k${++counter}`;

export const blankQuestion = (): QuestionDraft => ({ key: newKey(), text: "", prompts: [] });
export const blankTheme = (): ThemeDraft => ({ key: newKey(), title: "", questions: [blankQuestion()] });

export function draftOf(guide: InterviewGuide | null): GuideDraft {
  if (!guide) return { title: "", introduction: "", themes: [blankTheme()] };
  return {
    title: guide.title,
    introduction: guide.introduction ?? "",
    themes: guide.themes.map((theme) => ({
      key: newKey(),
      title: theme.title,
      questions: theme.questions.map((q) => ({
        key: newKey(),
        text: q.text,
        prompts: q.prompts.map((text) => ({ key: newKey(), text })),
      })),
    })),
  };
}

/** The list with item `index` moved by `delta` places (nothing happens past either end). */
export function moved<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

export const without = <T>(items: readonly T[], index: number): T[] => items.filter((_x, i) => i !== index);

export const replaced = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((x, i) => (i === index ? item : x));

/** What to send: trimmed texts, empty prompts left out. */
export function guideInput(draft: GuideDraft): TInterviewGuideInput {
  return {
    title: draft.title.trim(),
    introduction: draft.introduction.trim() || null,
    themes: draft.themes.map((theme) => ({
      title: theme.title.trim(),
      questions: theme.questions.map((q) => ({
        text: q.text.trim(),
        prompts: q.prompts.map((p) => p.text.trim()).filter(Boolean),
      })),
    })),
  };
}

export type GuideProblem = "title" | `theme.${string}` | `question.${string}` | `empty.${string}`;

/** Problems by field key, checked before sending (the server checks the same rules). */
export function guideProblems(draft: GuideDraft): Set<GuideProblem> {
  const problems = new Set<GuideProblem>();
  if (draft.title.trim().length < 3) problems.add("title");
  for (const theme of draft.themes) {
    if (!theme.title.trim()) problems.add(`theme.${theme.key}`);
    if (theme.questions.length === 0) problems.add(`empty.${theme.key}`);
    for (const q of theme.questions) if (q.text.trim().length < 3) problems.add(`question.${q.key}`);
  }
  return problems;
}
