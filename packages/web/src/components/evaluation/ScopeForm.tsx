import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  EVALUATION_PURPOSES,
  EVALUATION_SUBJECT_KINDS,
  type EvaluationPurpose,
  type EvaluationSubjectKind,
  PURPOSE_LABELS,
  SUBJECT_KIND_LABELS,
  type TEvaluationScope,
  ZEvaluationScope,
} from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { EvaluationDetail } from "../../api/types.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

interface Values {
  title: string;
  subject: string;
  subjectKind: EvaluationSubjectKind;
  purposes: EvaluationPurpose[];
  audiences: string[];
  periodStart: string;
  periodEnd: string;
  territory: string;
  steeringCommittee: Array<{ name: string; role: string }>;
  /** `network`: a question of a network framework, shown but not editable. */
  questions: Array<{ id?: string; text: string; network?: string | null }>;
}

const fromEvaluation = (e: EvaluationDetail): Values => ({
  title: e.title,
  subject: e.subject ?? "",
  subjectKind: e.subjectKind,
  purposes: e.purposes as EvaluationPurpose[],
  audiences: e.audiences,
  periodStart: e.periodStart ?? "",
  periodEnd: e.periodEnd ?? "",
  territory: e.territory ?? "",
  steeringCommittee: e.steeringCommittee.map((m) => ({ name: m.name, role: m.role ?? "" })),
  questions: e.questions.map((q) => ({ id: q.id, text: q.text, network: q.network })),
});

const toBody = (v: Values): TEvaluationScope => ({
  title: v.title,
  subject: v.subject.trim() || null,
  subjectKind: v.subjectKind,
  purposes: v.purposes,
  audiences: v.audiences,
  periodStart: v.periodStart || null,
  periodEnd: v.periodEnd || null,
  territory: v.territory.trim() || null,
  steeringCommittee: v.steeringCommittee
    .filter((m) => m.name.trim())
    .map((m) => ({ name: m.name, role: m.role.trim() || null })),
  questions: v.questions
    .filter((q) => q.text.trim())
    .map((q) => (q.id ? { id: q.id, text: q.text } : { text: q.text })),
});

/** Step 1: what is evaluated, why, for whom, when, where, the questions and who steers. */
export function ScopeForm({
  orgId,
  evaluation,
  canWrite,
}: {
  orgId: string;
  evaluation: EvaluationDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => fromEvaluation(evaluation));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const save = useMutation({
    mutationFn: (body: TEvaluationScope) => endpoints.updateEvaluationScope(orgId, evaluation.id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.evaluation(orgId, evaluation.id), updated);
      void queryClient.invalidateQueries({ queryKey: keys.evaluations(orgId) });
      setValues(fromEvaluation(updated));
      notifications.show({ color: "teal", message: t("evaluation.scope.saved") });
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = toBody(values);
    const checked = validate(ZEvaluationScope, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) save.mutate(body);
  };
  const readOnly = !canWrite;

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="scope-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="scope-title">
            {t("evaluation.scope.title")}
          </Title>
          <ErrorAlert error={save.error} />
          <TextInput
            label={t("evaluation.title")}
            value={values.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={errors.title}
            readOnly={readOnly}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("evaluation.subjectKind")}
              data={EVALUATION_SUBJECT_KINDS.map((k) => ({ value: k, label: pick(SUBJECT_KIND_LABELS[k]) }))}
              value={values.subjectKind}
              onChange={(v) => v && set("subjectKind", v as EvaluationSubjectKind)}
              allowDeselect={false}
              readOnly={readOnly}
            />
            <TextInput
              label={t("evaluation.scope.territory")}
              placeholder={t("evaluation.scope.territoryPlaceholder")}
              value={values.territory}
              onChange={(e) => set("territory", e.currentTarget.value)}
              error={errors.territory}
              readOnly={readOnly}
            />
          </SimpleGrid>
          <Textarea
            label={t("evaluation.scope.subject")}
            description={t("evaluation.scope.subjectHint")}
            value={values.subject}
            onChange={(e) => set("subject", e.currentTarget.value)}
            error={errors.subject}
            autosize
            minRows={2}
            readOnly={readOnly}
          />
          <Checkbox.Group
            label={t("evaluation.scope.purposes")}
            description={t("evaluation.scope.purposesHint")}
            value={values.purposes}
            onChange={(v) => set("purposes", v as EvaluationPurpose[])}
            error={errors.purposes}
          >
            <Group mt="xs">
              {EVALUATION_PURPOSES.map((p) => (
                <Checkbox key={p} value={p} label={pick(PURPOSE_LABELS[p])} disabled={readOnly} />
              ))}
            </Group>
          </Checkbox.Group>
          <TagsInput
            label={t("evaluation.scope.audiences")}
            description={t("evaluation.scope.audiencesHint")}
            value={values.audiences}
            onChange={(v) => set("audiences", v)}
            error={errors.audiences}
            readOnly={readOnly}
            clearable
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t("evaluation.scope.periodStart")}
              value={values.periodStart}
              onChange={(e) => set("periodStart", e.currentTarget.value)}
              error={errors.periodStart}
              readOnly={readOnly}
            />
            <TextInput
              type="date"
              label={t("evaluation.scope.periodEnd")}
              value={values.periodEnd}
              onChange={(e) => set("periodEnd", e.currentTarget.value)}
              error={errors.periodEnd}
              readOnly={readOnly}
            />
          </SimpleGrid>

          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t("evaluation.scope.questions")}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t("evaluation.scope.questionsHint")}
            </Text>
            <Stack gap="xs">
              {values.questions.map((q, index) => (
                <Group key={q.id ?? `new-${index}`} gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={t("evaluation.scope.questionN", { n: index + 1 })}
                    value={q.text}
                    onChange={(e) => {
                      const text = e.currentTarget.value;
                      set(
                        "questions",
                        values.questions.map((x, i) => (i === index ? { ...x, text } : x)),
                      );
                    }}
                    readOnly={readOnly || !!q.network}
                    description={
                      q.network ? t("networkFramework.sharedQuestion", { name: q.network }) : undefined
                    }
                  />
                  {canWrite && !q.network ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={t("evaluation.scope.removeQuestion", { n: index + 1 })}
                      onClick={() =>
                        set(
                          "questions",
                          values.questions.filter((_, i) => i !== index),
                        )
                      }
                    >
                      ✕
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
              {errors.questions ? (
                <Text c="red" size="sm">
                  {errors.questions}
                </Text>
              ) : null}
              {canWrite ? (
                <Button
                  variant="light"
                  size="xs"
                  w="fit-content"
                  onClick={() => set("questions", [...values.questions, { text: "" }])}
                >
                  {t("evaluation.scope.addQuestion")}
                </Button>
              ) : null}
            </Stack>
          </fieldset>

          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t("evaluation.scope.committee")}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t("evaluation.scope.committeeHint")}
            </Text>
            <Stack gap="xs">
              {values.steeringCommittee.map((m, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
                <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={t("evaluation.scope.memberName", { n: index + 1 })}
                    placeholder={t("evaluation.scope.memberNamePlaceholder")}
                    value={m.name}
                    onChange={(e) => {
                      const name = e.currentTarget.value;
                      set(
                        "steeringCommittee",
                        values.steeringCommittee.map((x, i) => (i === index ? { ...x, name } : x)),
                      );
                    }}
                    readOnly={readOnly}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={t("evaluation.scope.memberRole", { n: index + 1 })}
                    placeholder={t("evaluation.scope.memberRolePlaceholder")}
                    value={m.role}
                    onChange={(e) => {
                      const role = e.currentTarget.value;
                      set(
                        "steeringCommittee",
                        values.steeringCommittee.map((x, i) => (i === index ? { ...x, role } : x)),
                      );
                    }}
                    readOnly={readOnly}
                  />
                  {canWrite ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={t("evaluation.scope.removeMember", { n: index + 1 })}
                      onClick={() =>
                        set(
                          "steeringCommittee",
                          values.steeringCommittee.filter((_, i) => i !== index),
                        )
                      }
                    >
                      ✕
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
              {canWrite ? (
                <Button
                  variant="light"
                  size="xs"
                  w="fit-content"
                  onClick={() =>
                    set("steeringCommittee", [...values.steeringCommittee, { name: "", role: "" }])
                  }
                >
                  {t("evaluation.scope.addMember")}
                </Button>
              ) : null}
            </Stack>
          </fieldset>
          {canWrite ? (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t("evaluation.scope.save")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
