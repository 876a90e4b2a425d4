import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { questionPath } from "../../../lib/builderSelection.ts";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { generatedName, takenNames } from "../../../lib/questionnaireNames.ts";
import { renameQuestion, setOptionalText, setText, withQuestion } from "../../../lib/questionnaireOps.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { LocalisedInput } from "./LocalisedInput.tsx";
import { NameField } from "./NameField.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

/** The question's wording, its help text and its name; the name follows the label by default. */
export function QuestionTextFields({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, update, change, question, language, issues, canWrite } = useQuestionAt(page, index);
  if (!question) return null;
  const fallback = question.type === "calculate" ? "calcul" : "question";
  const taken = takenNames(draft, question.name);
  const path = questionPath(page, index);
  const labelError = issuesAt(issues, `${path}.label`).map(pick).join(" ") || undefined;
  const nameError = issuesAt(issues, `${path}.name`).map(pick).join(" ") || undefined;

  const setLabel = (value: string) =>
    update((d) => {
      const current = d.pages[page]?.questions[index];
      if (!current) return d;
      const others = takenNames(d, current.name);
      const changed = withQuestion(d, page, index, (q) => ({
        ...q,
        label: setText(q.label, language, value),
      }));
      if (language !== d.defaultLanguage) return changed;
      const wasGenerated =
        current.name === generatedName(current.label[d.defaultLanguage] ?? "", others, fallback);
      if (!wasGenerated) return changed;
      return renameQuestion(changed, current.name, generatedName(value, others, fallback));
    });

  return (
    <Stack gap="sm">
      <LocalisedInput
        label={question.type === "note" ? t("builder.question.noteText") : t("builder.question.label")}
        texts={question.label}
        onChange={setLabel}
        multiline
        required={question.type !== "calculate"}
        error={labelError}
      />
      {question.type !== "calculate" ? (
        <LocalisedInput
          label={t("builder.question.hint")}
          description={t("builder.question.hintHelp")}
          texts={question.hint}
          onChange={(value) => change((q) => ({ ...q, hint: setOptionalText(q.hint, language, value) }))}
        />
      ) : null}
      <div>
        <NameField
          label={t("builder.name.label")}
          description={t("builder.name.help", { ref: `\${${question.name}}` })}
          name={question.name}
          taken={taken}
          readOnly={!canWrite}
          onRename={(next) => update((d) => renameQuestion(d, question.name, next))}
        />
        {nameError ? (
          <div role="alert" style={{ color: "var(--mantine-color-red-9)", fontSize: 13, marginTop: 4 }}>
            {nameError}
          </div>
        ) : null}
      </div>
    </Stack>
  );
}
