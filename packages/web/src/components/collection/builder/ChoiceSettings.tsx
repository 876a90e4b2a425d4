import { Button, Checkbox, Group, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { questionPath } from "../../../lib/builderSelection.ts";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { slugName } from "../../../lib/questionnaireNames.ts";
import { addChoiceList, withQuestion } from "../../../lib/questionnaireOps.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { ChoiceListEditor } from "./ChoiceListEditor.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

const SHUFFLABLE = ["single_choice", "multiple_choice", "ranking"];

/** Which list of choices the question offers (lists are shared), and that list's choices. */
export function ChoiceSettings({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, update, change, question, issues, canWrite } = useQuestionAt(page, index);
  if (!question) return null;
  const error =
    issuesAt(issues, `${questionPath(page, index)}.choiceList`)
      .map(pick)
      .join(" ") || undefined;
  const createList = () =>
    update((d) => {
      const label = d.pages[page]?.questions[index]?.label[d.defaultLanguage] ?? "";
      const created = addChoiceList(d, slugName(label, 2) || question.name);
      return withQuestion(created.definition, page, index, (q) => ({ ...q, choiceList: created.name }));
    });
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t(question.type === "matrix" ? "builder.choices.matrixIntro" : "builder.choices.intro")}
      </Text>
      <Group align="flex-end" gap="xs">
        <Select
          label={t("builder.choices.pickList")}
          placeholder={t("builder.choices.noList")}
          data={draft.choiceLists.map((l) => ({
            value: l.name,
            label: t("builder.choices.listOption", { name: l.name, count: l.choices.length }),
          }))}
          value={question.choiceList ?? null}
          onChange={(name) => change((q) => ({ ...q, choiceList: name ?? undefined }))}
          allowDeselect={false}
          error={error}
          readOnly={!canWrite}
          w={300}
        />
        {canWrite ? (
          <Button variant="light" onClick={createList}>
            {t("builder.choices.newList")}
          </Button>
        ) : null}
      </Group>
      {SHUFFLABLE.includes(question.type) ? (
        <Checkbox
          label={t("builder.choices.randomize")}
          description={t("builder.choices.randomizeHint")}
          checked={!!question.randomizeChoices}
          disabled={!canWrite}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            change((q) => ({ ...q, randomizeChoices: on || undefined }));
          }}
        />
      ) : null}
      {question.choiceList && draft.choiceLists.some((l) => l.name === question.choiceList) ? (
        <ChoiceListEditor name={question.choiceList} />
      ) : null}
    </Stack>
  );
}
