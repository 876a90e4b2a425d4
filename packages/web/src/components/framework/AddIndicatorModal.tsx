import {
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { INDICATOR_TYPE_LABELS } from "@ricochet/domain";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Framework } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

export interface OutcomeOption {
  id: string;
  label: string;
}

/**
 * Picks a library indicator for the framework. Opened from an outcome of the theory of change,
 * the outcome is preset; an indicator already in the framework is linked instead of added twice.
 */
export function AddIndicatorModal({
  orgId,
  evaluationId,
  framework,
  outcomes,
  presetOutcomeId,
  opened,
  onClose,
  onDone,
}: {
  orgId: string;
  evaluationId: string;
  framework: Framework;
  outcomes: OutcomeOption[];
  presetOutcomeId?: string;
  opened: boolean;
  onClose: () => void;
  onDone: (framework: Framework) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const [criterionId, setCriterionId] = useState<string | null>(null);
  const [outcomeIds, setOutcomeIds] = useState<string[]>(presetOutcomeId ? [presetOutcomeId] : []);
  const results = useQuery({
    queryKey: ["organisation", orgId, "indicators", { q: debounced, limit: "20" }],
    queryFn: () => endpoints.indicators(orgId, { q: debounced || undefined, limit: "20" }),
    placeholderData: keepPreviousData,
    enabled: opened,
  });
  const all = [
    ...framework.unplaced,
    ...framework.questions.flatMap((q) => q.criteria.flatMap((c) => c.indicators)),
  ];
  const add = useMutation({
    mutationFn: async () => {
      if (!chosen) throw new Error(t("framework.chooseIndicator"));
      const existing = all.find((i) => i.indicatorId === chosen);
      if (existing) {
        return endpoints.updateFrameworkIndicator(orgId, evaluationId, existing.id, {
          criterionId: criterionId ?? existing.criterionId,
          baselineValue: existing.baselineValue,
          baselineDate: existing.baselineDate,
          baselineNote: existing.baselineNote,
          targetValue: existing.targetValue,
          targetDate: existing.targetDate,
          outcomeNodeIds: [...new Set([...existing.outcomeNodeIds, ...outcomeIds])],
        });
      }
      return endpoints.addFrameworkIndicator(orgId, evaluationId, {
        indicatorId: chosen,
        criterionId,
        outcomeNodeIds: outcomeIds,
      });
    },
    onSuccess: (next) => {
      onDone(next);
      setChosen(null);
      setQ("");
    },
  });
  const criteria = framework.questions.flatMap((question) =>
    question.criteria.map((c) => ({ value: c.id, label: `${c.label} — ${question.text}` })),
  );
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t("framework.addIndicator")}>
      <Stack>
        <TextInput
          label={t("indicators.search")}
          placeholder={t("indicators.searchPlaceholder")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          type="search"
          data-autofocus
        />
        <Radio.Group value={chosen} onChange={setChosen} label={t("framework.results")}>
          <Stack gap={6} mt={6} mah={320} style={{ overflowY: "auto" }}>
            {(results.data ?? []).map((i) => (
              <Paper key={i.id} withBorder p="xs" radius="sm">
                <Radio
                  value={i.id}
                  label={
                    <Group gap={6}>
                      <Badge variant="outline" color="dark" radius="sm" ff="monospace">
                        {i.content.code}
                      </Badge>
                      <Text size="sm" fw={600}>
                        {pick(i.content.name)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {pick(INDICATOR_TYPE_LABELS[i.content.type])} · {pick(i.content.unit)}
                      </Text>
                      {all.some((a) => a.indicatorId === i.id) ? (
                        <Badge size="xs" color="teal">
                          {t("framework.alreadyIn")}
                        </Badge>
                      ) : null}
                    </Group>
                  }
                />
              </Paper>
            ))}
          </Stack>
        </Radio.Group>
        <Group grow align="flex-start">
          <Select
            label={t("framework.criterion")}
            placeholder={t("framework.unplacedOption")}
            data={criteria}
            value={criterionId}
            onChange={setCriterionId}
            clearable
          />
          <MultiSelect
            label={t("framework.outcomes")}
            description={t("framework.outcomesHint")}
            data={outcomes.map((o) => ({ value: o.id, label: o.label }))}
            value={outcomeIds}
            onChange={setOutcomeIds}
            searchable
          />
        </Group>
        <ErrorAlert error={add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={() => add.mutate()} disabled={!chosen} loading={add.isPending}>
            {t("framework.addToFramework")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
