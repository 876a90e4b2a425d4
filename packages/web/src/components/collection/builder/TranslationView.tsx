import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { pickText } from "@ricochet/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../../lib/languageNames.ts";
import { isUntranslated, translatableTexts, untranslatedCounts } from "../../../lib/questionnaireTexts.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { WarningBadge } from "../WarningBadge.tsx";
import { useBuilder } from "./BuilderContext.tsx";

/** Every text next to its translation; what is missing is highlighted and counted per language. */
export function TranslationView({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { draft, update, select, canWrite } = useBuilder();
  const others = draft.languages.filter((l) => l !== draft.defaultLanguage);
  const [target, setTarget] = useState(others[0] ?? "");
  // The rows missing a translation when the filter was turned on: a row stays while it is typed in.
  const [missingKeys, setMissingKeys] = useState<Set<string> | null>(null);
  const counts = untranslatedCounts(draft);
  const language = others.includes(target) ? target : (others[0] ?? "");
  if (!language)
    return (
      <Paper withBorder p="md" radius="md" bg="white">
        <Text>{t("builder.translations.noOther")}</Text>
      </Paper>
    );
  const missingNow = (l: string) =>
    new Set(
      translatableTexts(draft)
        .filter((e) => isUntranslated(e, l))
        .map((e) => e.key),
    );
  const entries = translatableTexts(draft).filter((e) => !missingKeys || missingKeys.has(e.key));
  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="translations-title">
      <Title order={3} size="h4" id="translations-title" mb="xs">
        {t("builder.translations.title")}
      </Title>
      <Group gap="xs" mb="sm">
        {others.map((l) =>
          counts[l] ? (
            <WarningBadge key={l} size="lg">
              {t("builder.translations.missing", { language: languageName(l, locale), count: counts[l] })}
            </WarningBadge>
          ) : (
            <Badge key={l} color="teal" variant="light" size="lg">
              {t("builder.translations.complete", { language: languageName(l, locale) })}
            </Badge>
          ),
        )}
      </Group>
      <Group gap="md" mb="sm" align="flex-end">
        <SegmentedControl
          aria-label={t("builder.translations.language")}
          value={language}
          onChange={(l) => {
            setTarget(l);
            if (missingKeys) setMissingKeys(missingNow(l));
          }}
          data={others.map((l) => ({ value: l, label: languageName(l, locale) }))}
        />
        <SegmentedControl
          aria-label={t("builder.translations.filter")}
          value={missingKeys ? "missing" : "all"}
          onChange={(v) => setMissingKeys(v === "missing" ? missingNow(language) : null)}
          data={[
            { value: "all", label: t("builder.translations.all") },
            { value: "missing", label: t("builder.translations.onlyMissing") },
          ]}
        />
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("builder.translations.where")}</Table.Th>
              <Table.Th>{languageName(draft.defaultLanguage, locale)}</Table.Th>
              <Table.Th>{languageName(language, locale)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => {
              const missing = isUntranslated(entry, language);
              const source = pickText(entry.texts, draft.defaultLanguage, draft.defaultLanguage);
              return (
                <Table.Tr key={entry.key} bg={missing ? "orange.0" : undefined}>
                  <Table.Td w={220}>
                    <Text size="sm" fw={600}>
                      {t(`builder.translations.fields.${entry.field}`)}
                    </Text>
                    {entry.owner ? (
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        px={0}
                        onClick={() => {
                          select(entry.selection);
                          onOpen();
                        }}
                      >
                        {entry.owner}
                      </Button>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {source}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Textarea
                        aria-label={t("builder.translations.inputLabel", {
                          language: languageName(language, locale),
                          text: source.slice(0, 80),
                        })}
                        autosize
                        minRows={1}
                        value={entry.texts?.[language] ?? ""}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          update((d) => entry.set(d, language, value));
                        }}
                        readOnly={!canWrite}
                      />
                      {missing ? (
                        <Text size="xs" c="#9a3a00" fw={600}>
                          {t("builder.translations.untranslated")}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
