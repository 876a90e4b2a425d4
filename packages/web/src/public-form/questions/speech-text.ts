import { type Choice, pickText, type Question } from "@ricochet/domain/forms/public-runtime";
import { choiceLabel, type FormContext, shown } from "../context.ts";
import { fmt } from "../i18n.ts";

const sentence = (text: string) => (/[.!?:…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** What "Listen to the question" reads: the question (or its easy-read text), the hint, the answers offered. */
export function speechText(ctx: FormContext, question: Question, choices: Choice[]): string {
  const parts = [shown(ctx, question.label, question.easyRead)];
  const hint = pickText(question.hint, ctx.language, ctx.defaultLanguage);
  if (hint) parts.push(hint);
  for (const item of question.items ?? []) parts.push(shown(ctx, item.label, item.easyRead));
  if (question.type === "rating") {
    const scale = question.scale ?? { min: 0, max: 10 };
    const ends = [scale.minLabel, scale.maxLabel].map((l) => pickText(l, ctx.language, ctx.defaultLanguage));
    parts.push(
      `${ctx.t.possibleAnswers} ${fmt(ctx.t.from, {
        min: ends[0] ? `${scale.min} (${ends[0]})` : scale.min,
        max: ends[1] ? `${scale.max} (${ends[1]})` : scale.max,
      })}`,
    );
  } else if (choices.length > 0 && question.type !== "ranking") {
    parts.push(`${ctx.t.possibleAnswers} ${choices.map((c) => choiceLabel(ctx, c)).join(", ")}`);
  } else if (question.type === "ranking") {
    parts.push(choices.map((c) => choiceLabel(ctx, c)).join(", "));
  }
  return parts.filter(Boolean).map(sentence).join(" ");
}
