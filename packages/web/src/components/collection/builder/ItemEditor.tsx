import { Paper, Text, Title } from "@mantine/core";
import { pickText } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { useBuilder } from "./BuilderContext.tsx";
import { ChoiceListPanel } from "./ChoiceListPanel.tsx";
import { PageEditor } from "./PageEditor.tsx";
import { QuestionEditor } from "./QuestionEditor.tsx";
import { SettingsEditor } from "./SettingsEditor.tsx";

/** The editor of what is selected in the outline. */
export function ItemEditor() {
  const { t } = useTranslation();
  const { draft, selection, language } = useBuilder();
  const text = (texts: Record<string, string> | undefined) =>
    pickText(texts, language, draft.defaultLanguage);
  let heading = t("builder.settings.heading");
  let body = <SettingsEditor />;
  if (selection.kind === "page" && draft.pages[selection.page]) {
    heading = t("builder.page.heading", {
      n: selection.page + 1,
      title: text(draft.pages[selection.page]?.title),
    });
    body = <PageEditor page={selection.page} />;
  } else if (selection.kind === "question") {
    const q = draft.pages[selection.page]?.questions[selection.question];
    if (q) {
      heading = t("builder.question.heading", {
        type: t(`builder.types.${q.type}.label`),
        label: text(q.label) || q.name,
      });
      body = <QuestionEditor page={selection.page} index={selection.question} />;
    }
  } else if (selection.kind === "list") {
    heading = t("builder.choices.heading", { name: selection.name });
    body = <ChoiceListPanel name={selection.name} />;
  }
  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="item-editor-title">
      <Title order={3} size="h4" id="item-editor-title" mb={4} style={{ overflowWrap: "anywhere" }}>
        {heading}
      </Title>
      {selection.kind === "question" ? (
        <Text size="xs" c="dimmed" mb="sm">
          {t("builder.question.saveHint")}
        </Text>
      ) : null}
      {body}
    </Paper>
  );
}
