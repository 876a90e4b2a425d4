import {
  type Choice,
  type CompiledQuestionnaire,
  type FormState,
  pickText,
  type RuntimeClock,
  type Texts,
} from "@ricochet/domain/forms/public-runtime";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { frenchSpacing, type Strings } from "./i18n.ts";

/** What every screen and question reads: the form, the language, the easy-read switch. */
export interface FormContext {
  compiled: CompiledQuestionnaire;
  state: FormState;
  clock: RuntimeClock;
  language: string;
  defaultLanguage: string;
  easyRead: boolean;
  seed: string;
  t: Strings;
}

export const FormCtx = createContext<FormContext | null>(null);

export function useForm(): FormContext {
  const ctx = useContext(FormCtx);
  if (!ctx) throw new Error("useForm outside the form");
  return ctx;
}

/**
 * The text to show: the easy-to-read wording when the switch is on and it exists in this
 * language (or the label itself is not translated), else the label, through pickText's fallbacks.
 */
export function shown(ctx: FormContext, texts: Texts | undefined, easy?: Texts): string {
  let text = pickText(texts, ctx.language, ctx.defaultLanguage);
  if (ctx.easyRead && easy) {
    if (easy[ctx.language]) text = easy[ctx.language] as string;
    else if (!texts?.[ctx.language] && easy[ctx.defaultLanguage]) text = easy[ctx.defaultLanguage] as string;
  }
  return ctx.language.startsWith("fr") ? frenchSpacing(text) : text;
}

/** A text of the questionnaire (page title, hint…) in the respondent's language. */
export const textOf = (ctx: FormContext, texts: Texts | undefined): string => shown(ctx, texts);

export const choiceLabel = (ctx: FormContext, choice: Choice) => shown(ctx, choice.label, choice.easyRead);
