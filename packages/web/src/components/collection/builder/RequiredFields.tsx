import { Checkbox, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { setOptionalText } from "../../../lib/questionnaireOps.ts";
import { LocalisedInput } from "./LocalisedInput.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

/** Whether an answer is needed to go on, and what to say when it is missing. */
export function RequiredFields({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { question, change, language, canWrite } = useQuestionAt(page, index);
  if (!question) return null;
  return (
    <Stack gap="xs">
      <Checkbox
        label={t("builder.required.label")}
        description={t("builder.required.hint")}
        checked={!!question.required}
        disabled={!canWrite}
        onChange={(e) => {
          const required = e.currentTarget.checked;
          change((q) => ({ ...q, required: required || undefined }));
        }}
      />
      {question.required ? (
        <LocalisedInput
          label={t("builder.required.message")}
          description={t("builder.required.messageHint")}
          placeholder={t("builder.required.messagePlaceholder")}
          texts={question.requiredMessage}
          onChange={(value) =>
            change((q) => ({ ...q, requiredMessage: setOptionalText(q.requiredMessage, language, value) }))
          }
        />
      ) : null}
    </Stack>
  );
}
