import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { setText, withPage } from "../../../lib/questionnaireOps.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { ConditionEditor } from "./ConditionEditor.tsx";
import { conditionSources } from "./conditionSources.ts";
import { LocalisedInput } from "./LocalisedInput.tsx";

/** A page: its title, and when it is shown at all. */
export function PageEditor({ page: p }: { page: number }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, update, language, issues } = useBuilder();
  const page = draft.pages[p];
  if (!page) return null;
  const sources = conditionSources(draft, { page: p }, language, {
    yes: t("common.yes"),
    no: t("common.no"),
  });
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" radius="sm" component="section">
        <Title order={4} size="h5" mb="xs">
          {t("builder.page.titleSection")}
        </Title>
        <Text size="sm" mb="xs">
          {t("builder.page.explain")}
        </Text>
        <LocalisedInput
          label={t("builder.page.title")}
          texts={page.title}
          onChange={(value) =>
            update((d) => withPage(d, p, (pg) => ({ ...pg, title: setText(pg.title, language, value) })))
          }
          required
          error={issuesAt(issues, `pages.${p}.title`).map(pick).join(" ") || undefined}
        />
      </Paper>
      <Paper withBorder p="sm" radius="sm" component="section">
        <Title order={4} size="h5" mb="xs">
          {t("builder.sections.logic")}
        </Title>
        <ConditionEditor
          key={`pages.${p}:${page.name}`}
          path={`pages.${p}.relevant`}
          value={page.relevant ?? ""}
          onChange={(relevant) =>
            update((d) =>
              withPage(d, p, (pg) => ({ ...pg, relevant: relevant === "" ? undefined : relevant })),
            )
          }
          sources={sources}
          subject="page"
        />
      </Paper>
    </Stack>
  );
}
