/** @jsxImportSource preact */
import type { Choice } from "@ricochet/domain/forms/public-runtime";
import { useEffect, useRef, useState } from "preact/hooks";
import { choiceLabel, useForm } from "../context.ts";
import { fmt } from "../i18n.ts";
import { controlId, type QuestionProps } from "./question-props.ts";

export const rankHintId = (name: string) => `rh-${name}`;

/** The order shown: the answer's, with choices newly offered at the end; else the choices' order. */
function currentOrder(choices: Choice[], value: unknown): Choice[] {
  if (!Array.isArray(value)) return choices;
  const byValue = new Map(choices.map((c) => [c.value, c]));
  const ranked = value.flatMap((v) => byValue.get(String(v)) ?? []);
  return [...ranked, ...choices.filter((c) => !value.includes(c.value))];
}

/**
 * ranking: an ordered list with "Move up" / "Move down" buttons (keyboard and screen reader
 * friendly: no dragging), the new position announced in a live region. Untouched, the question
 * stays unanswered; "Keep this order" answers with the order shown.
 */
export function RankingQuestion({ question, value, onChange, choices }: QuestionProps) {
  const ctx = useForm();
  const { t } = ctx;
  const order = currentOrder(choices, value);
  const [announce, setAnnounce] = useState("");
  const focusNext = useRef<string | null>(null);
  const buttonId = (index: number, direction: "up" | "down") =>
    `${controlId(question.name, index)}-${direction}`;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const move = (from: number, by: -1 | 1) => {
    const to = from + by;
    const next = order.map((c) => c.value);
    const [moved] = next.splice(from, 1);
    if (moved === undefined || to < 0 || to > order.length - 1) return;
    next.splice(to, 0, moved);
    onChange(next);
    const label = choiceLabel(ctx, order[from] as Choice);
    setAnnounce(fmt(t.rankMoved, { label, n: to + 1, total: order.length }));
    // Keep the focus on the item moved: on the same button unless it reached that end.
    const atEnd = (by === -1 && to === 0) || (by === 1 && to === order.length - 1);
    const direction = by === -1 ? (atEnd ? "down" : "up") : atEnd ? "up" : "down";
    focusNext.current = buttonId(to, direction);
  };

  return (
    <div class="ranking">
      <ol class="rank-list">
        {order.map((choice, index) => {
          const label = choiceLabel(ctx, choice);
          return (
            <li key={choice.value} class="rank-item">
              <span class="rank-pos" aria-hidden="true">
                {index + 1}
              </span>
              <span class="rank-label">{label}</span>
              <span class="rank-buttons">
                <button
                  type="button"
                  class="btn btn-small"
                  id={buttonId(index, "up")}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑ </span>
                  {t.moveUp}
                  <span class="sr-only"> : {label}</span>
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  id={buttonId(index, "down")}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓ </span>
                  {t.moveDown}
                  <span class="sr-only"> : {label}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {Array.isArray(value) ? null : (
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            onChange(order.map((c) => c.value));
            setAnnounce(t.orderKept);
          }}
        >
          {t.keepOrder}
        </button>
      )}
      <p class="sr-only" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
