import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  hasValidCheckCharacter,
  STAKEHOLDER_CATEGORIES,
  STAKEHOLDER_CATEGORY_LABELS,
} from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { endpoints } from "../../../api/endpoints.ts";
import type { Interview, InterviewGuide } from "../../../api/types.ts";
import { todayIso } from "../../../lib/days.ts";
import { keys, useMe } from "../../../lib/queries.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import { ConsentChoice, type ConsentForm } from "./ConsentChoice.tsx";
import { TranscriptField } from "./TranscriptField.tsx";

type Problems = Partial<Record<"heldOn" | "interviewer" | "stakeholderCategory" | "consentGiven", string>>;

/** Records an interview (or changes one): when, by whom, with whom, the consent, the transcript. */
export function InterviewFormModal({
  orgId,
  evaluationId,
  interview,
  guides,
  onClose,
}: {
  orgId: string;
  evaluationId: string;
  interview: Interview | null;
  guides: InterviewGuide[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const me = useMe();
  const queryClient = useQueryClient();
  const [guideId, setGuideId] = useState(interview?.guideId ?? "");
  const [heldOn, setHeldOn] = useState(interview?.heldOn ?? todayIso());
  const [interviewer, setInterviewer] = useState(interview?.interviewer ?? me.data?.name ?? "");
  const [category, setCategory] = useState(interview?.stakeholderCategory ?? "");
  const [code, setCode] = useState(interview?.respondentCode ?? "");
  const [consent, setConsent] = useState<ConsentForm | "">(interview?.consentGiven ?? "");
  const [notes, setNotes] = useState(interview?.notes ?? "");
  const [transcript, setTranscript] = useState(interview?.transcript ?? "");
  const [fileName, setFileName] = useState<string | null>(interview?.transcriptFileName ?? null);
  const [problems, setProblems] = useState<Problems>({});
  // A field's message goes as soon as it is changed; the others stay until the next try.
  const fixed = (field: keyof Problems) =>
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== field)) as Problems);
  const save = useMutation({
    mutationFn: () =>
      endpoints.saveInterview(
        orgId,
        evaluationId,
        {
          guideId: guideId || null,
          heldOn,
          interviewer: interviewer.trim(),
          stakeholderCategory: category as (typeof STAKEHOLDER_CATEGORIES)[number],
          respondentCode: code.trim() || null,
          consentGiven: consent as ConsentForm,
          notes: notes.trim() || null,
          transcript: transcript.trim() || null,
          transcriptFileName: fileName,
        },
        interview?.id,
      ),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: keys.interviews(orgId, evaluationId) });
      notifications.show({
        color: "teal",
        message: interview
          ? t("interviews.form.updated")
          : t("interviews.form.recorded", { count: saved.words }),
      });
      onClose();
    },
  });
  const server = (field: string) =>
    save.error instanceof ApiError ? save.error.fieldMessage(field) : undefined;
  const typedCode = code.trim().toUpperCase();
  const codeWarning =
    /-[2-9A-Z]{4}-[2-9A-Z]{4}$/.test(typedCode) && !hasValidCheckCharacter(typedCode)
      ? t("codes.rights.mistyped")
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {
      ...(!/^\d{4}-\d{2}-\d{2}$/.test(heldOn) ? { heldOn: t("interviews.form.dateRequired") } : {}),
      ...(interviewer.trim().length < 2 ? { interviewer: t("interviews.form.interviewerRequired") } : {}),
      ...(!category ? { stakeholderCategory: t("interviews.form.categoryRequired") } : {}),
      ...(!consent ? { consentGiven: t("interviews.form.consentRequired") } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={interview ? t("interviews.form.editTitle") : t("interviews.form.newTitle")}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t("interviews.form.heldOn")}
              value={heldOn}
              onChange={(e) => {
                setHeldOn(e.currentTarget.value);
                fixed("heldOn");
              }}
              required
              error={problems.heldOn ?? server("heldOn")}
            />
            <TextInput
              label={t("interviews.form.interviewer")}
              value={interviewer}
              onChange={(e) => {
                setInterviewer(e.currentTarget.value);
                fixed("interviewer");
              }}
              required
              error={problems.interviewer ?? server("interviewer")}
            />
            <NativeSelect
              label={t("interviews.form.category")}
              description={t("interviews.form.categoryHint")}
              value={category}
              onChange={(e) => {
                setCategory(e.currentTarget.value);
                fixed("stakeholderCategory");
              }}
              required
              error={problems.stakeholderCategory ?? server("stakeholderCategory")}
              data={[
                { value: "", label: t("interviews.form.choose") },
                ...STAKEHOLDER_CATEGORIES.map((c) => ({
                  value: c,
                  label: pick(STAKEHOLDER_CATEGORY_LABELS[c]),
                })),
              ]}
            />
            <TextInput
              label={t("interviews.form.code")}
              description={t("interviews.form.codeHint")}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
              error={server("respondentCode")}
              autoComplete="off"
            />
          </SimpleGrid>
          {codeWarning ? <Alert color="yellow">{codeWarning}</Alert> : null}
          <NativeSelect
            label={t("interviews.form.guide")}
            value={guideId}
            onChange={(e) => setGuideId(e.currentTarget.value)}
            data={[
              { value: "", label: t("interviews.form.noGuide") },
              ...guides.map((g) => ({ value: g.id, label: g.title })),
            ]}
          />
          <ConsentChoice
            value={consent}
            onChange={(v) => {
              setConsent(v);
              fixed("consentGiven");
            }}
            error={problems.consentGiven ?? server("consentGiven")}
          />
          <Textarea
            label={t("interviews.form.notes")}
            description={t("interviews.form.notesHint")}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <TranscriptField
            text={transcript}
            fileName={fileName}
            onChange={(text, name) => {
              setTranscript(text);
              setFileName(name);
            }}
            error={server("transcript")}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {interview ? t("common.save") : t("interviews.form.record")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
