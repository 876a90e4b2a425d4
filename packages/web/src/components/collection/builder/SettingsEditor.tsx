import { Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { setOptionalText, setText } from "../../../lib/questionnaireOps.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { LanguagesEditor } from "./LanguagesEditor.tsx";
import { LocalisedInput } from "./LocalisedInput.tsx";

/** The questionnaire as a whole: its title, its introduction, its languages. */
export function SettingsEditor() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, update, language, issues } = useBuilder();
  const error = (path: string) => issuesAt(issues, path).map(pick).join(" ") || undefined;
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" radius="sm" component="section">
        <Title order={4} size="h5" mb="xs">
          {t("builder.settings.texts")}
        </Title>
        <Stack gap="sm">
          <LocalisedInput
            label={t("builder.settings.title")}
            texts={draft.title}
            onChange={(value) => update((d) => ({ ...d, title: setText(d.title, language, value) }))}
            required
            error={error("title")}
          />
          <LocalisedInput
            label={t("builder.settings.description")}
            description={t("builder.settings.descriptionHint")}
            texts={draft.description}
            onChange={(value) =>
              update((d) => ({ ...d, description: setOptionalText(d.description, language, value) }))
            }
            multiline
          />
        </Stack>
      </Paper>
      <Paper withBorder p="sm" radius="sm" component="section">
        <Title order={4} size="h5" mb="xs">
          {t("builder.languages.title")}
        </Title>
        <LanguagesEditor />
        {error("languages") ? (
          <div role="alert" style={{ color: "var(--mantine-color-red-9)", fontSize: 14 }}>
            {error("languages")}
          </div>
        ) : null}
      </Paper>
    </Stack>
  );
}
