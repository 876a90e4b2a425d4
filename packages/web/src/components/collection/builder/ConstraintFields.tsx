import { Stack, Text } from "@mantine/core";
import { VALUE_KIND_OF_TYPE } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { questionPath } from "../../../lib/builderSelection.ts";
import { setOptionalText } from "../../../lib/questionnaireOps.ts";
import { ExpressionField } from "./ExpressionField.tsx";
import { LocalisedInput } from "./LocalisedInput.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

const EXAMPLES: Record<string, string> = {
  integer: ". >= 16 and . <= 99",
  decimal: ". >= 0 and . <= 80",
  rating: ". >= 5",
  date: ". <= today()",
  text: "string-length(.) <= 200",
  long_text: "string-length(.) <= 2000",
  multiple_choice: "count-selected(.) <= 3",
};

/** A rule the answer must follow (`.` is the answer) and the message shown when it does not. */
export function ConstraintFields({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { question, change, language } = useQuestionAt(page, index);
  if (!question) return null;
  const example = EXAMPLES[question.type] ?? ". != ''";
  return (
    <Stack gap="xs">
      <Text size="sm">{t("builder.constraint.explain", { example })}</Text>
      <ExpressionField
        label={t("builder.constraint.label")}
        path={`${questionPath(page, index)}.constraint`}
        value={question.constraint ?? ""}
        placeholder={example}
        dot={VALUE_KIND_OF_TYPE[question.type]}
        onChange={(value) => change((q) => ({ ...q, constraint: value === "" ? undefined : value }))}
      />
      {question.constraint ? (
        <LocalisedInput
          label={t("builder.constraint.message")}
          description={t("builder.constraint.messageHint")}
          placeholder={t("builder.constraint.messagePlaceholder")}
          texts={question.constraintMessage}
          onChange={(value) =>
            change((q) => ({
              ...q,
              constraintMessage: setOptionalText(q.constraintMessage, language, value),
            }))
          }
        />
      ) : null}
    </Stack>
  );
}
