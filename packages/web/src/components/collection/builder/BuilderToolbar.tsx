import { Button, Group, Paper, Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { languageName } from "../../../lib/languageNames.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** Saving, the language texts are written in, and publication — always in reach at the top. */
export function BuilderToolbar({
  dirty,
  saving,
  canWrite,
  problems,
  unchanged,
  nextVersion,
  languages,
  language,
  onLanguage,
  onSave,
  onPublish,
}: {
  dirty: boolean;
  saving: boolean;
  canWrite: boolean;
  problems: number;
  /** Nothing changed since the newest version: publishing would make no new version. */
  unchanged: boolean;
  nextVersion: number;
  languages: string[];
  language: string;
  onLanguage: (language: string) => void;
  onSave: () => void;
  onPublish: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      bg="white"
      style={{ position: "sticky", top: "var(--app-shell-header-offset, 0px)", zIndex: 20 }}
      component="section"
      aria-label={t("builder.toolbar.label")}
    >
      <Group justify="space-between" gap="xs">
        <Group gap="sm">
          {languages.length > 1 ? (
            <Select
              label={t("builder.toolbar.language")}
              data={languages.map((l) => ({ value: l, label: languageName(l, locale) }))}
              value={language}
              onChange={(l) => l && onLanguage(l)}
              allowDeselect={false}
              size="xs"
              w={170}
            />
          ) : null}
          <Text
            size="sm"
            role="status"
            c={dirty ? "#9a3a00" : "teal.9"}
            fw={600}
            mt={languages.length > 1 ? 18 : 0}
          >
            {saving
              ? t("builder.toolbar.saving")
              : dirty
                ? t("builder.toolbar.unsaved")
                : t("builder.toolbar.saved")}
          </Text>
        </Group>
        {canWrite ? (
          <Group gap="xs" align="center">
            {problems > 0 || unchanged ? (
              <Text size="xs" c="dimmed" maw={260}>
                {problems > 0
                  ? t("builder.toolbar.blocked", { count: problems })
                  : t("builder.toolbar.unchanged", { version: nextVersion - 1 })}
              </Text>
            ) : null}
            <Button variant="light" onClick={onSave} loading={saving} disabled={!dirty}>
              {t("builder.toolbar.save")}
            </Button>
            <Button onClick={onPublish} disabled={problems > 0 || unchanged}>
              {t("builder.toolbar.publish", { version: nextVersion })}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
