import { ActionIcon, Group, Paper, SimpleGrid, TextInput } from "@mantine/core";
import { type Choice, pickText } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { useBuilder } from "./BuilderContext.tsx";
import { LocalisedInput } from "./LocalisedInput.tsx";
import { PictogramField } from "./PictogramField.tsx";

const VALUE = /^[^\s'"]{1,64}$/;

/** One choice of a list: the value stored and tested, its label, its easy-to-read label, a pictogram. */
export function ChoiceRow({
  choice,
  index,
  count,
  problems,
  onLabel,
  onChange,
  onMove,
  onRemove,
}: {
  choice: Choice;
  index: number;
  count: number;
  problems: { value?: string; label?: string };
  onLabel: (value: string) => void;
  onChange: (next: Choice) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { draft, language, canWrite } = useBuilder();
  const name = pickText(choice.label, language, draft.defaultLanguage) || choice.value;
  const valueError = VALUE.test(choice.value) ? problems.value : t("builder.choices.valueInvalid");
  return (
    <Paper withBorder p="xs" radius="sm" component="li" style={{ listStyle: "none" }}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        <LocalisedInput
          label={t("builder.choices.label", { n: index + 1 })}
          texts={choice.label}
          onChange={onLabel}
          required
          error={problems.label}
        />
        <LocalisedInput
          label={t("builder.choices.easyRead", { n: index + 1 })}
          texts={choice.easyRead}
          onChange={(value) => {
            const easyRead = { ...(choice.easyRead ?? {}) };
            if (value) easyRead[language] = value;
            else delete easyRead[language];
            onChange({ ...choice, easyRead: Object.keys(easyRead).length ? easyRead : undefined });
          }}
        />
      </SimpleGrid>
      <Group justify="space-between" align="flex-end" mt="xs" gap="xs">
        <Group align="flex-end" gap="md">
          <TextInput
            label={t("builder.choices.value", { n: index + 1 })}
            value={choice.value}
            onChange={(e) => onChange({ ...choice, value: e.currentTarget.value.trim() })}
            error={valueError}
            readOnly={!canWrite}
            w={170}
            spellCheck={false}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          />
          <PictogramField
            label={t("builder.choices.pictogram", { name })}
            image={choice.image}
            onChange={(image) => onChange({ ...choice, image })}
            readOnly={!canWrite}
            compact
          />
        </Group>
        {canWrite ? (
          <Group gap={2}>
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={t("builder.choices.up", { name })}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={t("builder.choices.down", { name })}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={count <= 1}
              onClick={onRemove}
              aria-label={t("builder.choices.remove", { name })}
            >
              ✕
            </ActionIcon>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
