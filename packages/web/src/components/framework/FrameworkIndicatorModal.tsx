import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type TFrameworkIndicatorUpdate, ZFrameworkIndicatorUpdate } from "@ricochet/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Framework, FrameworkIndicator } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";
import type { OutcomeOption } from "./AddIndicatorModal.tsx";

/** Baseline and target of one indicator in this evaluation, where it sits, and what it measures. */
export function FrameworkIndicatorModal({
  orgId,
  evaluationId,
  framework,
  indicator,
  outcomes,
  onClose,
  onDone,
}: {
  orgId: string;
  evaluationId: string;
  framework: Framework;
  indicator: FrameworkIndicator;
  outcomes: OutcomeOption[];
  onClose: () => void;
  onDone: (framework: Framework) => void;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [v, setV] = useState({
    criterionId: indicator.criterionId,
    baselineValue: indicator.baselineValue ?? "",
    baselineDate: indicator.baselineDate ?? "",
    baselineNote: indicator.baselineNote ?? "",
    targetValue: indicator.targetValue ?? "",
    targetDate: indicator.targetDate ?? "",
    outcomeNodeIds: indicator.outcomeNodeIds,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: TFrameworkIndicatorUpdate) =>
      endpoints.updateFrameworkIndicator(orgId, evaluationId, indicator.id, body),
    onSuccess: onDone,
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: TFrameworkIndicatorUpdate = {
      ...v,
      baselineValue: v.baselineValue || null,
      baselineDate: v.baselineDate || null,
      targetValue: v.targetValue || null,
      targetDate: v.targetDate || null,
    };
    const checked = validate(ZFrameworkIndicatorUpdate, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) save.mutate(body);
  };
  const criteria = framework.questions.flatMap((question) =>
    question.criteria.map((c) => ({ value: c.id, label: `${c.label} — ${question.text}` })),
  );
  return (
    <Modal opened onClose={onClose} size="lg" title={`${indicator.code} · ${pick(indicator.name)}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={Object.keys(serverFieldErrors(save.error)).length ? null : save.error} />
          <Select
            label={t("framework.criterion")}
            placeholder={t("framework.unplacedOption")}
            data={criteria}
            value={v.criterionId}
            onChange={(criterionId) => setV({ ...v, criterionId })}
            clearable={!indicator.origin}
            disabled={!!indicator.origin}
            description={
              indicator.origin
                ? t("networkFramework.lockedPlace", { network: indicator.origin.networkName })
                : undefined
            }
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("framework.baseline", { unit: pick(indicator.unit) })}
              value={v.baselineValue}
              onChange={(e) => setV({ ...v, baselineValue: e.currentTarget.value })}
              error={errors.baselineValue}
              inputMode="decimal"
            />
            <TextInput
              type="date"
              label={t("framework.baselineDate")}
              value={v.baselineDate}
              onChange={(e) => setV({ ...v, baselineDate: e.currentTarget.value })}
              error={errors.baselineDate}
            />
            <TextInput
              label={t("framework.target", { unit: pick(indicator.unit) })}
              value={v.targetValue}
              onChange={(e) => setV({ ...v, targetValue: e.currentTarget.value })}
              error={errors.targetValue}
              inputMode="decimal"
            />
            <TextInput
              type="date"
              label={t("framework.targetDate")}
              value={v.targetDate}
              onChange={(e) => setV({ ...v, targetDate: e.currentTarget.value })}
              error={errors.targetDate}
            />
          </SimpleGrid>
          <Textarea
            label={t("framework.baselineNote")}
            value={v.baselineNote}
            onChange={(e) => setV({ ...v, baselineNote: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          <MultiSelect
            label={t("framework.outcomes")}
            description={t("framework.outcomesHint")}
            data={outcomes.map((o) => ({ value: o.id, label: o.label }))}
            value={v.outcomeNodeIds}
            onChange={(outcomeNodeIds) => setV({ ...v, outcomeNodeIds })}
            error={errors.outcomeNodeIds}
            searchable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
