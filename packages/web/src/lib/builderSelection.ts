// What the builder's editor shows: the questionnaire's settings, a page, a question or a choice list.

export type Selection =
  | { kind: "settings" }
  | { kind: "page"; page: number }
  | { kind: "question"; page: number; question: number }
  | { kind: "list"; name: string };

/**
 * The item a problem's path points to: `pages.0.questions.2.relevant` → that question,
 * `choiceLists.1.choices.0.label` → that list, `title` → the settings.
 */
export function selectionOfPath(path: string, listNames: readonly string[]): Selection {
  const question = /^pages\.(\d+)\.questions\.(\d+)/.exec(path);
  if (question) return { kind: "question", page: Number(question[1]), question: Number(question[2]) };
  const page = /^pages\.(\d+)/.exec(path);
  if (page) return { kind: "page", page: Number(page[1]) };
  const list = /^choiceLists\.(\d+)/.exec(path);
  const name = list ? listNames[Number(list[1])] : undefined;
  if (name !== undefined) return { kind: "list", name };
  return { kind: "settings" };
}

export const sameSelection = (a: Selection, b: Selection): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The path prefix of a question, as validateQuestionnaire writes it. */
export const questionPath = (page: number, question: number): string => `pages.${page}.questions.${question}`;
