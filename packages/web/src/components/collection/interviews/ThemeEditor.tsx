import { Button, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { GuideQuestionEditor } from "./GuideQuestionEditor.tsx";
import { blankQuestion, type GuideProblem, moved, replaced, type ThemeDraft, without } from "./guideDraft.ts";
import { MoveButtons } from "./MoveButtons.tsx";

/** One theme of the guide: its title and its main questions. */
export function ThemeEditor({
  theme,
  index,
  count,
  problems,
  onChange,
  onMove,
  onRemove,
}: {
  theme: ThemeDraft;
  index: number;
  count: number;
  problems: Set<GuideProblem>;
  onChange: (theme: ThemeDraft) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const label = t("interviews.guide.themeN", { n });
  const questions = theme.questions;
  return (
    <Fieldset legend={label}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-end">
          <TextInput
            label={t("interviews.guide.themeTitle", { n })}
            value={theme.title}
            onChange={(e) => onChange({ ...theme, title: e.currentTarget.value })}
            required
            error={problems.has(`theme.${theme.key}`) ? t("interviews.guide.themeRequired") : undefined}
            style={{ flex: 1 }}
          />
          <MoveButtons
            label={label}
            index={index}
            count={count}
            onMove={onMove}
            onRemove={onRemove}
            canRemove={count > 1}
          />
        </Group>
        {questions.map((q, i) => (
          <GuideQuestionEditor
            key={q.key}
            question={q}
            number={`${n}.${i + 1}`}
            index={i}
            count={questions.length}
            invalid={problems.has(`question.${q.key}`)}
            onChange={(next) => onChange({ ...theme, questions: replaced(questions, i, next) })}
            onMove={(delta) => onChange({ ...theme, questions: moved(questions, i, delta) })}
            onRemove={() => onChange({ ...theme, questions: without(questions, i) })}
          />
        ))}
        {problems.has(`empty.${theme.key}`) ? (
          <Text size="sm" c="red.8">
            {t("interviews.guide.themeEmpty")}
          </Text>
        ) : null}
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onChange({ ...theme, questions: [...questions, blankQuestion()] })}
            aria-label={t("interviews.guide.addQuestionTo", { n })}
          >
            {t("interviews.guide.addQuestion")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
