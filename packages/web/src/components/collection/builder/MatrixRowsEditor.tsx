import { ActionIcon, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { pickText } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { questionPath } from "../../../lib/builderSelection.ts";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { generatedName, takenNames } from "../../../lib/questionnaireNames.ts";
import {
  moveItem,
  renameQuestion,
  setOptionalText,
  setText,
  withQuestion,
} from "../../../lib/questionnaireOps.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { LocalisedInput } from "./LocalisedInput.tsx";
import { NameField } from "./NameField.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

/** The rows of a matrix: each is a statement answered on the same scale, with its own name. */
export function MatrixRowsEditor({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, update, change, question, language, issues, canWrite } = useQuestionAt(page, index);
  if (!question) return null;
  const items = question.items ?? [];
  const path = questionPath(page, index);
  const error = issuesAt(issues, `${path}.items`).map(pick).join(" ") || undefined;
  const others = (except: string) => {
    const taken = takenNames(draft);
    taken.delete(except);
    return taken;
  };
  const setLabel = (i: number, value: string) =>
    update((d) => {
      const item = d.pages[page]?.questions[index]?.items?.[i];
      if (!item) return d;
      const taken = takenNames(d);
      taken.delete(item.name);
      const changed = withQuestion(d, page, index, (q) => ({
        ...q,
        items: (q.items ?? []).map((it, j) =>
          j === i ? { ...it, label: setText(it.label, language, value) } : it,
        ),
      }));
      if (language !== d.defaultLanguage) return changed;
      const auto = (label: string) => generatedName(label, taken, `${question.name}_ligne`);
      return item.name === auto(item.label[d.defaultLanguage] ?? "")
        ? renameQuestion(changed, item.name, auto(value))
        : changed;
    });
  return (
    <Stack gap="xs">
      <Text size="sm">{t("builder.matrix.intro")}</Text>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
      <Stack component="ol" gap="xs" p={0} m={0} aria-label={t("builder.matrix.rows")}>
        {items.map((item, i) => {
          const name = pickText(item.label, language, draft.defaultLanguage) || item.name;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row's name changes as its label is typed.
            <Paper key={i} withBorder p="xs" radius="sm" component="li" style={{ listStyle: "none" }}>
              <LocalisedInput
                label={t("builder.matrix.row", { n: i + 1 })}
                texts={item.label}
                onChange={(value) => setLabel(i, value)}
                required
                error={issuesAt(issues, `${path}.items.${i}.label`).map(pick).join(" ") || undefined}
              />
              <LocalisedInput
                label={t("builder.matrix.rowEasyRead", { n: i + 1 })}
                texts={item.easyRead}
                onChange={(value) =>
                  change((q) => ({
                    ...q,
                    items: (q.items ?? []).map((it, j) =>
                      j === i ? { ...it, easyRead: setOptionalText(it.easyRead, language, value) } : it,
                    ),
                  }))
                }
              />
              <Group justify="space-between" align="flex-end" mt={4}>
                <NameField
                  label={t("builder.matrix.rowName", { n: i + 1 })}
                  description={t("builder.matrix.rowNameHelp")}
                  name={item.name}
                  taken={others(item.name)}
                  readOnly={!canWrite}
                  onRename={(next) => update((d) => renameQuestion(d, item.name, next))}
                />
                {canWrite ? (
                  <Group gap={2}>
                    <ActionIcon
                      variant="subtle"
                      disabled={i === 0}
                      onClick={() => change((q) => ({ ...q, items: moveItem(q.items ?? [], i, -1) }))}
                      aria-label={t("builder.choices.up", { name })}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      disabled={i === items.length - 1}
                      onClick={() => change((q) => ({ ...q, items: moveItem(q.items ?? [], i, 1) }))}
                      aria-label={t("builder.choices.down", { name })}
                    >
                      ↓
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        change((q) => ({ ...q, items: (q.items ?? []).filter((_, j) => j !== i) }))
                      }
                      aria-label={t("builder.choices.remove", { name })}
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                ) : null}
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {canWrite ? (
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              const taken = takenNames(draft);
              change((q) => ({
                ...q,
                items: [...(q.items ?? []), { name: generatedName("", taken, `${q.name}_ligne`), label: {} }],
              }));
            }}
          >
            {t("builder.matrix.add")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
