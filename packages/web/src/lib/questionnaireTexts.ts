import type { QuestionnaireDefinition, Texts } from "@ricochet/domain";
import type { Selection } from "./builderSelection.ts";
import { setOptionalText, setText } from "./questionnaireOps.ts";

// Every text of a questionnaire, for the translation view: where it is, and how to change it.

export type TextField =
  | "title"
  | "description"
  | "pageTitle"
  | "label"
  | "hint"
  | "easyRead"
  | "requiredMessage"
  | "constraintMessage"
  | "minLabel"
  | "maxLabel"
  | "itemLabel"
  | "itemEasyRead"
  | "choiceLabel"
  | "choiceEasyRead";

export interface TextEntry {
  key: string;
  field: TextField;
  /** What the text belongs to, as the author reads it: a question's name, a list and a value… */
  owner: string;
  selection: Selection;
  texts: Texts | undefined;
  /** Whether the default language must have it (labels, titles) or it is optional (hints). */
  required: boolean;
  set: (definition: QuestionnaireDefinition, language: string, value: string) => QuestionnaireDefinition;
}

type Def = QuestionnaireDefinition;

export function collectTexts(definition: Def): TextEntry[] {
  const entries: TextEntry[] = [];
  const add = (entry: TextEntry) => entries.push(entry);
  add({
    key: "title",
    field: "title",
    owner: "",
    selection: { kind: "settings" },
    texts: definition.title,
    required: true,
    set: (d, l, v) => ({ ...d, title: setText(d.title, l, v) }),
  });
  add({
    key: "description",
    field: "description",
    owner: "",
    selection: { kind: "settings" },
    texts: definition.description,
    required: false,
    set: (d, l, v) => ({ ...d, description: setOptionalText(d.description, l, v) }),
  });
  definition.pages.forEach((page, p) => {
    const withPage = (d: Def, change: (pg: Def["pages"][number]) => Def["pages"][number]): Def => ({
      ...d,
      pages: d.pages.map((pg, i) => (i === p ? change(pg) : pg)),
    });
    add({
      key: `pages.${p}.title`,
      field: "pageTitle",
      owner: page.name,
      selection: { kind: "page", page: p },
      texts: page.title,
      required: true,
      set: (d, l, v) => withPage(d, (pg) => ({ ...pg, title: setText(pg.title, l, v) })),
    });
    page.questions.forEach((question, q) => {
      type Q = typeof question;
      const selection: Selection = { kind: "question", page: p, question: q };
      const withQ = (d: Def, change: (x: Q) => Q) =>
        withPage(d, (pg) => ({ ...pg, questions: pg.questions.map((x, i) => (i === q ? change(x) : x)) }));
      const field = (
        name: "label" | "hint" | "easyRead" | "requiredMessage" | "constraintMessage",
        required: boolean,
      ) =>
        add({
          key: `pages.${p}.questions.${q}.${name}`,
          field: name,
          owner: question.name,
          selection,
          texts: question[name],
          required,
          set: (d, l, v) =>
            withQ(d, (x) =>
              name === "label"
                ? { ...x, label: setText(x.label, l, v) }
                : { ...x, [name]: setOptionalText(x[name], l, v) },
            ),
        });
      field("label", question.type !== "calculate");
      field("hint", false);
      field("easyRead", false);
      field("requiredMessage", false);
      field("constraintMessage", false);
      for (const end of ["minLabel", "maxLabel"] as const)
        if (question.scale)
          add({
            key: `pages.${p}.questions.${q}.scale.${end}`,
            field: end,
            owner: question.name,
            selection,
            texts: question.scale[end],
            required: false,
            set: (d, l, v) =>
              withQ(d, (x) =>
                x.scale ? { ...x, scale: { ...x.scale, [end]: setOptionalText(x.scale[end], l, v) } } : x,
              ),
          });
      (question.items ?? []).forEach((item, i) => {
        const withItem = (d: Def, change: (it: typeof item) => typeof item) =>
          withQ(d, (x) => ({ ...x, items: (x.items ?? []).map((it, j) => (j === i ? change(it) : it)) }));
        add({
          key: `pages.${p}.questions.${q}.items.${i}.label`,
          field: "itemLabel",
          owner: `${question.name} › ${item.name}`,
          selection,
          texts: item.label,
          required: true,
          set: (d, l, v) => withItem(d, (it) => ({ ...it, label: setText(it.label, l, v) })),
        });
        add({
          key: `pages.${p}.questions.${q}.items.${i}.easyRead`,
          field: "itemEasyRead",
          owner: `${question.name} › ${item.name}`,
          selection,
          texts: item.easyRead,
          required: false,
          set: (d, l, v) => withItem(d, (it) => ({ ...it, easyRead: setOptionalText(it.easyRead, l, v) })),
        });
      });
    });
  });
  definition.choiceLists.forEach((list, l) => {
    list.choices.forEach((choice, c) => {
      const withChoice = (d: Def, change: (ch: typeof choice) => typeof choice): Def => ({
        ...d,
        choiceLists: d.choiceLists.map((x, i) =>
          i === l ? { ...x, choices: x.choices.map((ch, j) => (j === c ? change(ch) : ch)) } : x,
        ),
      });
      const selection: Selection = { kind: "list", name: list.name };
      add({
        key: `choiceLists.${l}.choices.${c}.label`,
        field: "choiceLabel",
        owner: `${list.name} › ${choice.value}`,
        selection,
        texts: choice.label,
        required: true,
        set: (d, lang, v) => withChoice(d, (ch) => ({ ...ch, label: setText(ch.label, lang, v) })),
      });
      add({
        key: `choiceLists.${l}.choices.${c}.easyRead`,
        field: "choiceEasyRead",
        owner: `${list.name} › ${choice.value}`,
        selection,
        texts: choice.easyRead,
        required: false,
        set: (d, lang, v) =>
          withChoice(d, (ch) => ({ ...ch, easyRead: setOptionalText(ch.easyRead, lang, v) })),
      });
    });
  });
  return entries;
}

const filled = (texts: Texts | undefined, language: string) => !!texts?.[language]?.trim();

/** The texts to translate: those written in the default language. */
export function translatableTexts(definition: Def): TextEntry[] {
  return collectTexts(definition).filter((e) => filled(e.texts, definition.defaultLanguage));
}

export const isUntranslated = (entry: TextEntry, language: string): boolean => !filled(entry.texts, language);

/** How many texts each non-default language still lacks. */
export function untranslatedCounts(definition: Def): Record<string, number> {
  const entries = translatableTexts(definition);
  return Object.fromEntries(
    definition.languages
      .filter((l) => l !== definition.defaultLanguage)
      .map((l) => [l, entries.filter((e) => isUntranslated(e, l)).length]),
  );
}
