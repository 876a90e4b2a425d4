import {
  Anchor,
  Button,
  FileButton,
  Group,
  Modal,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  EVALUATION_STEPS,
  EVALUATION_SUBJECT_KINDS,
  type EvaluationSubjectKind,
  STEP_GUIDANCE,
  SUBJECT_KIND_LABELS,
  ZCreateEvaluation,
} from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import { EmptyHint } from "../components/EmptyHint.tsx";
import { ErrorAlert, errorMessage } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { formatDate } from "../lib/format.ts";
import { allowed } from "../lib/grants.ts";
import { keys } from "../lib/queries.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";
import { useLocale } from "../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../lib/validation.ts";

export function EvaluationsPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const org = useCurrentOrganisation();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: keys.evaluations(org.id), queryFn: () => endpoints.evaluations(org.id) });
  const canWrite = allowed(org, "evaluation.write");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const importCids = useMutation({
    mutationFn: async (file: File) => {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch {
        throw new Error(t("evaluation.importNotJson"));
      }
      return endpoints.importCids(org.id, document);
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: keys.evaluations(org.id) });
      notifications.show({
        color: "teal",
        message: [
          t("evaluation.imported", { title: result.title }),
          ...result.warnings.map((w) => pick(w)),
        ].join(" "),
      });
      navigate(`/o/${org.id}/evaluations/${result.evaluationId}`);
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;

  const createButton = canWrite ? (
    <Group gap="xs">
      <FileButton
        onChange={(file) => file && importCids.mutate(file)}
        accept=".jsonld,.json,application/ld+json,application/json"
      >
        {(props) => (
          <Button variant="default" loading={importCids.isPending} {...props}>
            {t("evaluation.importCids")}
          </Button>
        )}
      </FileButton>
      <Button onClick={() => setCreating(true)}>{t("evaluation.create")}</Button>
    </Group>
  ) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("evaluation.listTitle")}</Title>
          <Text c="dimmed">{t("evaluation.listSubtitle")}</Text>
        </div>
        {list.data.length > 0 ? createButton : null}
      </Group>
      {list.data.length === 0 ? (
        <EmptyHint title={t("evaluation.emptyTitle")} action={createButton}>
          {t("evaluation.emptyText")}
        </EmptyHint>
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: "none" }}>
          {list.data.map((e) => (
            <Paper component="li" key={e.id} withBorder p="md" radius="md" bg="white">
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <div>
                  <Anchor component={Link} to={`/o/${org.id}/evaluations/${e.id}`} fw={700} fz="lg">
                    {e.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {pick(SUBJECT_KIND_LABELS[e.subjectKind])}
                    {e.periodStart
                      ? ` · ${formatDate(e.periodStart, locale)} → ${formatDate(e.periodEnd, locale)}`
                      : ""}
                  </Text>
                </div>
                <Stack gap={4} miw={220}>
                  <Text size="sm">
                    {e.doneCount === EVALUATION_STEPS.length
                      ? t("evaluation.allDone")
                      : t("evaluation.currentStep", { step: pick(STEP_GUIDANCE[e.currentStep].title) })}
                  </Text>
                  <Progress
                    value={(e.doneCount / EVALUATION_STEPS.length) * 100}
                    aria-label={t("evaluation.progress", {
                      done: e.doneCount,
                      total: EVALUATION_STEPS.length,
                    })}
                    color="teal"
                  />
                  <Text size="xs" c="dimmed">
                    {t("evaluation.progress", { done: e.doneCount, total: EVALUATION_STEPS.length })} ·{" "}
                    {t("evaluation.updated", { date: formatDate(e.updatedAt, locale) })}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("evaluation.create")}>
        <CreateEvaluationForm orgId={org.id} onCancel={() => setCreating(false)} />
      </Modal>
    </Stack>
  );
}

function CreateEvaluationForm({ orgId, onCancel }: { orgId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [subjectKind, setSubjectKind] = useState<EvaluationSubjectKind>("programme");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: () => endpoints.createEvaluation(orgId, { title, subjectKind }),
    onSuccess: async (evaluation) => {
      await queryClient.invalidateQueries({ queryKey: keys.evaluations(orgId) });
      navigate(`/o/${orgId}/evaluations/${evaluation.id}/steps/scope`);
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(ZCreateEvaluation, { title, subjectKind }, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        <TextInput
          label={t("evaluation.title")}
          description={t("evaluation.titleHint")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          required
          data-autofocus
        />
        <Select
          label={t("evaluation.subjectKind")}
          data={EVALUATION_SUBJECT_KINDS.map((k) => ({ value: k, label: pick(SUBJECT_KIND_LABELS[k]) }))}
          value={subjectKind}
          onChange={(v) => v && setSubjectKind(v as EvaluationSubjectKind)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("evaluation.createSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
