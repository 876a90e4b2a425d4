import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { setOptionalText } from "../../../lib/questionnaireOps.ts";
import { LocalisedInput } from "./LocalisedInput.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

/** The easy-to-read (FALC) wording, shown to respondents who turn "easy to read" on. */
export function EasyReadField({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { question, change, language } = useQuestionAt(page, index);
  if (!question) return null;
  return (
    <Stack gap={6}>
      <Text size="sm">{t("builder.falc.explain")}</Text>
      <LocalisedInput
        label={t("builder.falc.label")}
        description={t("builder.falc.hint")}
        texts={question.easyRead}
        onChange={(value) =>
          change((q) => ({ ...q, easyRead: setOptionalText(q.easyRead, language, value) }))
        }
        multiline
      />
    </Stack>
  );
}
