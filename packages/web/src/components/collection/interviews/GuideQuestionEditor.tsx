import { Button, Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { moved, newKey, type QuestionDraft, replaced, without } from "./guideDraft.ts";
import { MoveButtons } from "./MoveButtons.tsx";

/** One main question with its follow-up prompts (relances), each movable and removable. */
export function GuideQuestionEditor({
  question,
  number,
  index,
  count,
  invalid,
  onChange,
  onMove,
  onRemove,
}: {
  question: QuestionDraft;
  /** "2.1": theme 2, question 1. */
  number: string;
  index: number;
  count: number;
  invalid: boolean;
  onChange: (question: QuestionDraft) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const label = t("interviews.guide.questionN", { n: number });
  const prompts = question.prompts;
  return (
    <Paper withBorder p="xs" radius="sm" bg="gray.0">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Textarea
            label={label}
            value={question.text}
            onChange={(e) => onChange({ ...question, text: e.currentTarget.value })}
            autosize
            minRows={1}
            required
            error={invalid ? t("interviews.guide.questionRequired") : undefined}
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
        {prompts.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t("interviews.guide.promptsHint")}
          </Text>
        ) : null}
        {prompts.map((prompt, i) => {
          const promptLabel = t("interviews.guide.promptN", { question: number, n: i + 1 });
          return (
            <Group key={prompt.key} gap="xs" wrap="nowrap" align="flex-end" pl="md">
              <TextInput
                label={promptLabel}
                value={prompt.text}
                onChange={(e) =>
                  onChange({
                    ...question,
                    prompts: replaced(prompts, i, { ...prompt, text: e.currentTarget.value }),
                  })
                }
                style={{ flex: 1 }}
                size="xs"
              />
              <MoveButtons
                label={promptLabel}
                index={i}
                count={prompts.length}
                onMove={(delta) => onChange({ ...question, prompts: moved(prompts, i, delta) })}
                onRemove={() => onChange({ ...question, prompts: without(prompts, i) })}
              />
            </Group>
          );
        })}
        <Group pl="md">
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => onChange({ ...question, prompts: [...prompts, { key: newKey(), text: "" }] })}
            aria-label={t("interviews.guide.addPromptTo", { question: number })}
          >
            {t("interviews.guide.addPrompt")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
