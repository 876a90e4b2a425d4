import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { InterviewGuide } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import {
  blankTheme,
  draftOf,
  type GuideProblem,
  guideInput,
  guideProblems,
  moved,
  replaced,
  without,
} from "./guideDraft.ts";
import { ThemeEditor } from "./ThemeEditor.tsx";

/** Writes or changes an interview guide: themes → main questions → follow-up prompts. */
export function GuideEditorModal({
  orgId,
  evaluationId,
  guide,
  onClose,
}: {
  orgId: string;
  evaluationId: string;
  guide: InterviewGuide | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(guide));
  const [problems, setProblems] = useState<Set<GuideProblem>>(new Set());
  const save = useMutation({
    mutationFn: () => endpoints.saveInterviewGuide(orgId, evaluationId, guideInput(draft), guide?.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.interviewGuides(orgId, evaluationId) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = guideProblems(draft);
    setProblems(found);
    if (found.size === 0) save.mutate();
  };
  const themes = draft.themes;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={guide ? t("interviews.guide.editTitle", { title: guide.title }) : t("interviews.guide.newTitle")}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t("interviews.guide.explain")}</Text>
          <TextInput
            label={t("interviews.guide.title")}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            required
            error={problems.has("title") ? t("interviews.guide.titleRequired") : undefined}
          />
          <Textarea
            label={t("interviews.guide.introduction")}
            description={t("interviews.guide.introductionHint")}
            value={draft.introduction}
            onChange={(e) => setDraft({ ...draft, introduction: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          {themes.map((theme, i) => (
            <ThemeEditor
              key={theme.key}
              theme={theme}
              index={i}
              count={themes.length}
              problems={problems}
              onChange={(next) => setDraft({ ...draft, themes: replaced(themes, i, next) })}
              onMove={(delta) => setDraft({ ...draft, themes: moved(themes, i, delta) })}
              onRemove={() => setDraft({ ...draft, themes: without(themes, i) })}
            />
          ))}
          <Group>
            <Button variant="light" onClick={() => setDraft({ ...draft, themes: [...themes, blankTheme()] })}>
              {t("interviews.guide.addTheme")}
            </Button>
          </Group>
          {problems.size > 0 ? (
            <Text size="sm" c="red.8" role="alert">
              {t("interviews.guide.fixProblems")}
            </Text>
          ) : null}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("interviews.guide.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
