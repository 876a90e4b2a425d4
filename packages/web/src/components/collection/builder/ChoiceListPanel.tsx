import { Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { pickText } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { removeChoiceList } from "../../../lib/questionnaireOps.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { ChoiceListEditor } from "./ChoiceListEditor.tsx";

/** A choice list on its own: the questions that use it, its choices, its removal when unused. */
export function ChoiceListPanel({ name }: { name: string }) {
  const { t } = useTranslation();
  const { draft, update, select, language, canWrite } = useBuilder();
  const users = draft.pages.flatMap((page, p) =>
    page.questions.flatMap((q, i) => (q.choiceList === name ? [{ q, p, i }] : [])),
  );
  if (!draft.choiceLists.some((l) => l.name === name)) return null;
  return (
    <Paper withBorder p="sm" radius="sm" component="section">
      <Stack gap="sm">
        <Title order={4} size="h5">
          {t("builder.choices.usedBy")}
        </Title>
        {users.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("builder.choices.unused")}
          </Text>
        ) : (
          <List size="sm">
            {users.map(({ q, p, i }) => (
              <List.Item key={q.name}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => select({ kind: "question", page: p, question: i })}
                >
                  {pickText(q.label, language, draft.defaultLanguage) || q.name}
                </Button>
              </List.Item>
            ))}
          </List>
        )}
        <ChoiceListEditor name={name} />
        {canWrite && users.length === 0 ? (
          <Group>
            <Button
              color="red"
              variant="subtle"
              onClick={() => {
                if (window.confirm(t("builder.choices.confirmRemoveList", { name }))) {
                  update((d) => removeChoiceList(d, name));
                  select({ kind: "settings" });
                }
              }}
            >
              {t("builder.choices.removeList")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
