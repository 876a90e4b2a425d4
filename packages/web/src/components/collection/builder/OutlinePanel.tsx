import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { pickText, type QuestionType } from "@ricochet/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { sameSelection } from "../../../lib/builderSelection.ts";
import { addPage, addQuestion, movePage, removePage } from "../../../lib/questionnaireOps.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { OutlineItemButton } from "./OutlineItemButton.tsx";
import { OutlineQuestionRow } from "./OutlineQuestionRow.tsx";
import { OutlineRowActions } from "./OutlineRowActions.tsx";
import { QuestionTypePicker } from "./QuestionTypePicker.tsx";

/** The questionnaire's plan: settings, pages and their questions, choice lists. */
export function OutlinePanel() {
  const { t } = useTranslation();
  const { draft, update, select, selection, issues, language, canWrite } = useBuilder();
  const [picking, setPicking] = useState<number | null>(null);
  const text = (texts: Record<string, string> | undefined) =>
    pickText(texts, language, draft.defaultLanguage);
  const count = (prefix: string) =>
    issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)).length;
  const lastPage = draft.pages.length - 1;
  let number = 0;

  const add = (type: QuestionType) => {
    if (picking === null) return;
    const added = addQuestion(draft, picking, type);
    update(() => added.definition);
    select({ kind: "question", page: picking, question: added.question });
    setPicking(null);
  };

  return (
    <Paper withBorder p="sm" radius="md" bg="white" component="section" aria-labelledby="outline-title">
      <Title order={3} size="h4" id="outline-title" mb="xs">
        {t("builder.outline.title")}
      </Title>
      <Stack gap="sm">
        <OutlineItemButton
          selected={selection.kind === "settings"}
          onClick={() => select({ kind: "settings" })}
          problems={count("title") + count("languages")}
          icon="⚙"
        >
          {t("builder.outline.settings")}
        </OutlineItemButton>
        <Stack component="ol" gap="sm" p={0} m={0}>
          {draft.pages.map((page, p) => {
            const here = { kind: "page" as const, page: p };
            const title = text(page.title) || page.name;
            const selected = sameSelection(selection, here);
            const pageLabel =
              title === t("builder.outline.newPageTitle", { n: p + 1 }) || title === page.name
                ? t("builder.outline.newPageTitle", { n: p + 1 })
                : t("builder.outline.page", { n: p + 1, title });
            const pageProblems = issues.filter(
              (i) =>
                i.path === `pages.${p}.title` ||
                i.path === `pages.${p}.relevant` ||
                i.path === `pages.${p}.name`,
            ).length;
            return (
              <li key={page.name} style={{ listStyle: "none" }}>
                <OutlineItemButton selected={selected} onClick={() => select(here)} problems={pageProblems}>
                  <Text span fw={700} size="sm">
                    {pageLabel}
                  </Text>
                  {page.relevant ? (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      · {t("builder.outline.conditional")}
                    </Text>
                  ) : null}
                </OutlineItemButton>
                {selected && canWrite ? (
                  <OutlineRowActions
                    name={pageLabel}
                    canUp={p > 0}
                    canDown={p < lastPage}
                    canRemove={draft.pages.length > 1}
                    onUp={() => {
                      update((d) => movePage(d, p, -1));
                      select({ kind: "page", page: p - 1 });
                    }}
                    onDown={() => {
                      update((d) => movePage(d, p, 1));
                      select({ kind: "page", page: p + 1 });
                    }}
                    onRemove={() => {
                      if (
                        window.confirm(
                          t("builder.outline.confirmRemovePage", {
                            title: pageLabel,
                            count: page.questions.length,
                          }),
                        )
                      ) {
                        update((d) => removePage(d, p));
                        select({ kind: "settings" });
                      }
                    }}
                  />
                ) : null}
                <Stack component="ol" gap={2} p={0} m={0} pl="md" mt={4}>
                  {page.questions.map((q, i) => {
                    if (q.type !== "calculate" && q.type !== "note") number += 1;
                    return (
                      <OutlineQuestionRow
                        // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat in a draft with problems.
                        key={`${q.name}-${i}`}
                        question={q}
                        page={p}
                        index={i}
                        number={number}
                        last={p === lastPage && i === page.questions.length - 1}
                      />
                    );
                  })}
                </Stack>
                {page.questions.length === 0 ? (
                  <Text size="xs" c="dimmed" pl="md" mt={4}>
                    {t("builder.outline.emptyPage")}
                  </Text>
                ) : null}
                {canWrite ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    ml="md"
                    mt={4}
                    onClick={() => setPicking(p)}
                    aria-label={t("builder.outline.addQuestionTo", { title })}
                  >
                    {t("builder.outline.addQuestion")}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </Stack>
        {canWrite ? (
          <Group>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                const added = addPage(
                  draft,
                  t("builder.outline.newPageTitle", { n: draft.pages.length + 1 }),
                );
                update(() => added.definition);
                select({ kind: "page", page: added.page });
              }}
            >
              {t("builder.outline.addPage")}
            </Button>
          </Group>
        ) : null}
        <Title order={4} size="h5" mt="xs">
          {t("builder.outline.lists")}
        </Title>
        {draft.choiceLists.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("builder.outline.noLists")}
          </Text>
        ) : (
          <Stack gap={2}>
            {draft.choiceLists.map((l, i) => (
              <OutlineItemButton
                key={l.name}
                selected={selection.kind === "list" && selection.name === l.name}
                onClick={() => select({ kind: "list", name: l.name })}
                problems={count(`choiceLists.${i}`)}
                icon="☰"
              >
                {t("builder.outline.list", { name: l.name, count: l.choices.length })}
              </OutlineItemButton>
            ))}
          </Stack>
        )}
      </Stack>
      {picking !== null ? <QuestionTypePicker onPick={add} onClose={() => setPicking(null)} /> : null}
    </Paper>
  );
}
