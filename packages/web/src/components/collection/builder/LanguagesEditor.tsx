import { ActionIcon, Autocomplete, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { LANGUAGE_CODE_PATTERN } from "@ricochet/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMMON_LANGUAGES, languageName } from "../../../lib/languageNames.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { useBuilder } from "./BuilderContext.tsx";

/** The questionnaire's languages: French by default; any other added by its code (es, ar, pt-BR…). */
export function LanguagesEditor() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { draft, update, canWrite } = useBuilder();
  const [code, setCode] = useState("");
  const candidate = code.trim().split(/\s/)[0] ?? "";
  const invalid = candidate !== "" && !LANGUAGE_CODE_PATTERN.test(candidate);
  const already = draft.languages.includes(candidate);
  const add = () => {
    if (!candidate || invalid || already) return;
    update((d) => ({ ...d, languages: [...d.languages, candidate] }));
    setCode("");
  };
  const options = COMMON_LANGUAGES.filter((l) => !draft.languages.includes(l)).map(
    (l) => `${l} — ${languageName(l, locale)}`,
  );
  return (
    <Stack gap="xs">
      <Text size="sm">{t("builder.languages.explain")}</Text>
      <Group gap="xs">
        {draft.languages.map((l) => (
          <Badge
            key={l}
            size="lg"
            variant="light"
            color={l === draft.defaultLanguage ? "teal" : "gray"}
            rightSection={
              canWrite && l !== draft.defaultLanguage ? (
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="dark"
                  aria-label={t("builder.languages.remove", { language: languageName(l, locale) })}
                  onClick={() => {
                    if (
                      window.confirm(
                        t("builder.languages.confirmRemove", { language: languageName(l, locale) }),
                      )
                    )
                      update((d) => ({ ...d, languages: d.languages.filter((x) => x !== l) }));
                  }}
                >
                  ✕
                </ActionIcon>
              ) : null
            }
          >
            {languageName(l, locale)} ({l})
            {l === draft.defaultLanguage ? ` · ${t("builder.languages.default")}` : ""}
          </Badge>
        ))}
      </Group>
      {canWrite ? (
        <Group align="flex-end" gap="xs">
          <Autocomplete
            label={t("builder.languages.add")}
            description={t("builder.languages.addHint")}
            placeholder="es, ar, pt-BR…"
            data={options}
            value={code}
            onChange={setCode}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            error={
              invalid ? t("builder.languages.invalid") : already ? t("builder.languages.already") : undefined
            }
            w={280}
          />
          <Button variant="light" onClick={add} disabled={!candidate || invalid || already}>
            {t("builder.languages.addButton")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
