import { pickText, type Question } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { questionPath, sameSelection } from "../../../lib/builderSelection.ts";
import { duplicateQuestion, moveQuestion, removeQuestion } from "../../../lib/questionnaireOps.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { OutlineItemButton } from "./OutlineItemButton.tsx";
import { OutlineRowActions } from "./OutlineRowActions.tsx";
import { TYPE_ICONS } from "./questionTypes.ts";

/** Whether other expressions read this question's answer. */
function referencedElsewhere(draft: ReturnType<typeof useBuilder>["draft"], name: string): boolean {
  const ref = `\${${name}}`;
  return draft.pages.some(
    (p) =>
      p.relevant?.includes(ref) ||
      p.questions.some(
        (q) =>
          q.name !== name &&
          [q.relevant, q.constraint, q.calculation, q.choiceFilter].some((e) => e?.includes(ref)),
      ),
  );
}

/** One question of the outline: select it, move it, copy it, remove it — all by keyboard too. */
export function OutlineQuestionRow({
  question,
  page,
  index,
  number,
  last,
}: {
  question: Question;
  page: number;
  index: number;
  number: number;
  last: boolean;
}) {
  const { t } = useTranslation();
  const { draft, update, select, selection, issues, language, canWrite } = useBuilder();
  const label = pickText(question.label, language, draft.defaultLanguage) || question.name;
  const path = questionPath(page, index);
  const problems = issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).length;
  const here = { kind: "question" as const, page, question: index };
  const moveBy = (delta: -1 | 1) => {
    const moved = moveQuestion(draft, page, index, delta);
    update(() => moved.definition);
    select({ kind: "question", page: moved.page, question: moved.question });
  };
  const remove = () => {
    const warning = referencedElsewhere(draft, question.name) ? ` ${t("builder.outline.referenced")}` : "";
    if (!window.confirm(`${t("builder.outline.confirmRemove", { label })}${warning}`)) return;
    update((d) => removeQuestion(d, page, index));
    select({ kind: "page", page });
  };
  const selected = sameSelection(selection, here);
  return (
    <li style={{ listStyle: "none" }}>
      <OutlineItemButton
        selected={selected}
        onClick={() => select(here)}
        problems={problems}
        icon={TYPE_ICONS[question.type]}
      >
        {number}. {label}
        <span className="visually-hidden"> — {t(`builder.types.${question.type}.label`)}</span>
      </OutlineItemButton>
      {selected && canWrite ? (
        <OutlineRowActions
          name={label}
          canUp={page > 0 || index > 0}
          canDown={!last}
          onUp={() => moveBy(-1)}
          onDown={() => moveBy(1)}
          onDuplicate={() => {
            update((d) => duplicateQuestion(d, page, index));
            select({ kind: "question", page, question: index + 1 });
          }}
          onRemove={remove}
        />
      ) : null}
    </li>
  );
}
