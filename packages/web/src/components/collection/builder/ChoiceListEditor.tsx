import { Button, Group, Stack, Text } from "@mantine/core";
import { type Choice, NAME_PATTERN } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { slugName, uniqueName } from "../../../lib/questionnaireNames.ts";
import {
  listUsers,
  moveItem,
  renameChoiceList,
  setText,
  withChoiceList,
} from "../../../lib/questionnaireOps.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { ChoiceRow } from "./ChoiceRow.tsx";
import { NameField } from "./NameField.tsx";

/**
 * A choice list, shared by every question that uses it: its name, and its choices in order.
 * A choice's value follows its label until it is changed by hand.
 */
export function ChoiceListEditor({ name }: { name: string }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, update, issues, language, canWrite } = useBuilder();
  const l = draft.choiceLists.findIndex((x) => x.name === name);
  const list = draft.choiceLists[l];
  if (!list) return null;
  const users = listUsers(draft, name).length;
  const otherLists = new Set(draft.choiceLists.filter((x) => x.name !== name).map((x) => x.name));
  const change = (edit: (choices: Choice[]) => Choice[]) =>
    update((d) => withChoiceList(d, name, (x) => ({ ...x, choices: edit(x.choices) })));
  const problem = (c: number, field: string) =>
    issuesAt(issues, `choiceLists.${l}.choices.${c}.${field}`).map(pick).join(" ") || undefined;

  const setLabel = (c: number, value: string) =>
    change((choices) =>
      choices.map((choice, i) => {
        if (i !== c) return choice;
        const next = { ...choice, label: setText(choice.label, language, value) };
        if (language !== draft.defaultLanguage) return next;
        const others = new Set(choices.filter((_, j) => j !== c).map((x) => x.value));
        const auto = (label: string) => uniqueName(slugName(label) || `choix_${c + 1}`, others);
        const generated =
          choice.value === auto(choice.label[draft.defaultLanguage] ?? "") ||
          /^choix_\d+$/.test(choice.value);
        return generated ? { ...next, value: auto(value) } : next;
      }),
    );

  return (
    <Stack gap="xs">
      <NameField
        label={t("builder.choices.listName")}
        description={t("builder.choices.listNameHelp")}
        name={list.name}
        taken={otherLists}
        readOnly={!canWrite}
        onRename={(next) => NAME_PATTERN.test(next) && update((d) => renameChoiceList(d, name, next))}
      />
      {users > 1 ? (
        <Text size="sm" c="#9a3a00">
          {t("builder.choices.shared", { count: users })}
        </Text>
      ) : null}
      <Stack
        component="ol"
        gap="xs"
        p={0}
        m={0}
        aria-label={t("builder.choices.listAria", { name: list.name })}
      >
        {list.choices.map((choice, c) => (
          <ChoiceRow
            // biome-ignore lint/suspicious/noArrayIndexKey: values change as they are typed.
            key={c}
            choice={choice}
            index={c}
            count={list.choices.length}
            problems={{ value: problem(c, "value"), label: problem(c, "label") }}
            onLabel={(value) => setLabel(c, value)}
            onChange={(next) => change((choices) => choices.map((x, i) => (i === c ? next : x)))}
            onMove={(delta) => change((choices) => moveItem(choices, c, delta))}
            onRemove={() => change((choices) => choices.filter((_, i) => i !== c))}
          />
        ))}
      </Stack>
      {canWrite ? (
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() =>
              change((choices) => [
                ...choices,
                {
                  value: uniqueName(`choix_${choices.length + 1}`, new Set(choices.map((x) => x.value))),
                  label: {},
                },
              ])
            }
          >
            {t("builder.choices.add")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
