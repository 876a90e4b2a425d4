import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CRITERION_KIND_EXPLANATIONS,
  CRITERION_KIND_LABELS,
  CRITERION_KINDS,
  type CriterionKind,
  isMeasurableNodeType,
  TOC_NODE_TYPE_LABELS,
} from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { Framework, FrameworkIndicator, OrganisationWithAccess } from "../../api/types.ts";
import { formatNumber } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";
import { AddIndicatorModal, type OutcomeOption } from "./AddIndicatorModal.tsx";
import { FrameworkIndicatorModal } from "./FrameworkIndicatorModal.tsx";
import { NetworkFrameworkPanel } from "./NetworkFrameworkPanel.tsx";
import { NetworkOriginBadge } from "./NetworkOriginBadge.tsx";

/** Step 4: evaluative questions → criteria → indicators, with baselines, targets and coverage. */
export function FrameworkEditor({
  org,
  evaluation,
  canWrite,
}: {
  org: OrganisationWithAccess;
  evaluation: { id: string; title: string };
  canWrite: boolean;
}) {
  const orgId = org.id;
  const evaluationId = evaluation.id;
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const key = ["organisation", orgId, "evaluations", evaluationId, "framework"];
  const framework = useQuery({ queryKey: key, queryFn: () => endpoints.framework(orgId, evaluationId) });
  const toc = useQuery({
    queryKey: ["organisation", orgId, "evaluations", evaluationId, "toc"],
    queryFn: () => endpoints.theoryOfChange(orgId, evaluationId),
  });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<FrameworkIndicator | null>(null);
  const [newCriterion, setNewCriterion] = useState<Record<string, { kind: CriterionKind; label: string }>>(
    {},
  );
  const done = (next: Framework) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ["organisation", orgId, "evaluations", evaluationId] });
  };
  const act = useMutation({
    mutationFn: (run: () => Promise<Framework>) => run(),
    onSuccess: done,
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });

  if (framework.isPending || toc.isPending) return <PageLoader />;
  if (framework.isError) return <ErrorAlert error={framework.error} />;
  const data = framework.data;
  const outcomes: OutcomeOption[] = (toc.data?.graph.nodes ?? [])
    .filter((n) => isMeasurableNodeType(n.type))
    .map((n) => ({ id: n.id, label: `${n.label} (${pick(TOC_NODE_TYPE_LABELS[n.type])})` }));
  const outcomeLabel = (id: string) => outcomes.find((o) => o.id === id)?.label ?? t("framework.missingNode");
  const value = (v: string | null, unit: string) => (v == null ? "—" : `${formatNumber(v, locale)} ${unit}`);

  const indicatorRows = (indicators: FrameworkIndicator[]) =>
    indicators.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t("framework.noIndicator")}
      </Text>
    ) : (
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("framework.indicator")}</Table.Th>
              <Table.Th>{t("framework.baselineShort")}</Table.Th>
              <Table.Th>{t("framework.targetShort")}</Table.Th>
              <Table.Th>{t("framework.measures")}</Table.Th>
              {canWrite ? (
                <Table.Th>
                  <span className="visually-hidden">{t("common.actions")}</span>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    <Code style={{ overflowWrap: "anywhere" }}>{i.code}</Code>
                    <Text size="sm" fw={600}>
                      {pick(i.name)}
                    </Text>
                  </Group>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {t("framework.pinned", { version: i.pinnedVersion })}
                    </Text>
                    <NetworkOriginBadge origin={i.origin} />
                  </Group>
                  {i.upgradeAvailable ? (
                    <Alert color="yellow" p={6} mt={4}>
                      <Text size="xs">
                        {t("framework.upgrade", { version: i.currentVersion })}
                        {i.changeNote ? ` — ${i.changeNote}` : ""}
                      </Text>
                      {canWrite ? (
                        <Button
                          size="compact-xs"
                          mt={4}
                          onClick={() =>
                            act.mutate(() => endpoints.upgradeFrameworkIndicator(orgId, evaluationId, i.id))
                          }
                        >
                          {t("framework.upgradeButton")}
                        </Button>
                      ) : null}
                    </Alert>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{value(i.baselineValue, pick(i.unit))}</Text>
                  {i.baselineDate ? (
                    <Text size="xs" c="dimmed">
                      {i.baselineDate}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{value(i.targetValue, pick(i.unit))}</Text>
                  {i.targetDate ? (
                    <Text size="xs" c="dimmed">
                      {i.targetDate}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {i.outcomeNodeIds.length === 0 ? (
                    <Text size="sm" c="#9a3a00">
                      {t("framework.measuresNothing")}
                    </Text>
                  ) : (
                    <List size="xs">
                      {i.outcomeNodeIds.map((id) => (
                        <List.Item key={id}>{outcomeLabel(id)}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(i)}>
                        {t("common.edit")}
                      </Button>
                      {i.origin ? null : (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("framework.removeNamed", { code: i.code })}
                          onClick={() => {
                            if (window.confirm(t("framework.confirmRemove", { code: i.code })))
                              act.mutate(() => endpoints.removeFrameworkIndicator(orgId, evaluationId, i.id));
                          }}
                        >
                          ✕
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="coverage-title">
        <Title order={2} size="h4" id="coverage-title" mb="xs">
          {t("framework.coverage")}
        </Title>
        {data.coverage.outcomesWithoutIndicator.length === 0 &&
        data.coverage.indicatorsMeasuringNothing.length === 0 &&
        outcomes.length > 0 ? (
          <Text size="sm" c="teal.9">
            {t("framework.coverageOk")}
          </Text>
        ) : null}
        {outcomes.length === 0 ? <Text size="sm">{t("framework.noToc")}</Text> : null}
        {data.coverage.outcomesWithoutIndicator.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t("framework.outcomesWithout", { count: data.coverage.outcomesWithoutIndicator.length })}
            </Text>
            <List size="sm">
              {data.coverage.outcomesWithoutIndicator.map((o) => (
                <List.Item key={o.nodeId}>
                  {o.label} ({pick(TOC_NODE_TYPE_LABELS[o.type])})
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        {data.coverage.indicatorsMeasuringNothing.length > 0 ? (
          <Text size="sm" mt="xs">
            {t("framework.indicatorsNothing", { count: data.coverage.indicatorsMeasuringNothing.length })}
          </Text>
        ) : null}
      </Paper>

      <NetworkFrameworkPanel
        org={org}
        evaluation={evaluation}
        framework={data}
        canWrite={canWrite}
        onFramework={done}
      />

      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("framework.title")}
        </Title>
        {canWrite ? <Button onClick={() => setAdding(true)}>{t("framework.addIndicator")}</Button> : null}
      </Group>
      {data.questions.length === 0 ? (
        <Alert color="blue">
          {t("framework.noQuestions")}{" "}
          <Anchor component={Link} to="../scope" relative="path">
            {t("framework.goToScope")}
          </Anchor>
        </Alert>
      ) : null}
      {data.questions.map((question, qIndex) => {
        const draft = newCriterion[question.id] ?? { kind: "effectiveness" as CriterionKind, label: "" };
        return (
          <Paper
            key={question.id}
            withBorder
            p="md"
            radius="md"
            bg="white"
            component="section"
            aria-label={question.text}
          >
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {t("framework.question", { n: qIndex + 1 })}
            </Text>
            <Group gap="xs" mb="sm" align="center">
              <Title order={3} size="h4">
                {question.text}
              </Title>
              <NetworkOriginBadge origin={question.origin} />
            </Group>
            <Stack gap="md">
              {question.criteria.map((criterion) => (
                <div key={criterion.id}>
                  <Group justify="space-between">
                    <Group gap="xs">
                      <Badge variant="light">{pick(CRITERION_KIND_LABELS[criterion.kind])}</Badge>
                      <Text fw={600}>{criterion.label}</Text>
                      <NetworkOriginBadge origin={criterion.origin} />
                    </Group>
                    {canWrite && !criterion.origin ? (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("framework.removeCriterion", { label: criterion.label })}
                        onClick={() => {
                          if (
                            window.confirm(t("framework.confirmRemoveCriterion", { label: criterion.label }))
                          )
                            act.mutate(() => endpoints.deleteCriterion(orgId, evaluationId, criterion.id));
                        }}
                      >
                        ✕
                      </ActionIcon>
                    ) : null}
                  </Group>
                  {indicatorRows(criterion.indicators)}
                </div>
              ))}
              {canWrite ? (
                <Group gap="xs" align="flex-end" wrap="wrap">
                  <Select
                    label={t("framework.newCriterion")}
                    description={pick(CRITERION_KIND_EXPLANATIONS[draft.kind])}
                    data={CRITERION_KINDS.map((k) => ({ value: k, label: pick(CRITERION_KIND_LABELS[k]) }))}
                    value={draft.kind}
                    onChange={(kind) =>
                      kind &&
                      setNewCriterion({
                        ...newCriterion,
                        [question.id]: { ...draft, kind: kind as CriterionKind },
                      })
                    }
                    allowDeselect={false}
                    w={320}
                  />
                  <TextInput
                    label={t("framework.criterionLabel")}
                    placeholder={pick(CRITERION_KIND_LABELS[draft.kind])}
                    value={draft.label}
                    onChange={(e) =>
                      setNewCriterion({
                        ...newCriterion,
                        [question.id]: { ...draft, label: e.currentTarget.value },
                      })
                    }
                    w={260}
                  />
                  <Button
                    variant="light"
                    onClick={() =>
                      act.mutate(async () => {
                        const next = await endpoints.addCriterion(orgId, evaluationId, {
                          questionId: question.id,
                          kind: draft.kind,
                          label: draft.label || null,
                        });
                        setNewCriterion({ ...newCriterion, [question.id]: { kind: draft.kind, label: "" } });
                        return next;
                      })
                    }
                  >
                    {t("framework.addCriterion")}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
      <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="unplaced-title">
        <Title order={3} size="h4" id="unplaced-title" mb="xs">
          {t("framework.unplaced")}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t("framework.unplacedHint")}
        </Text>
        {indicatorRows(data.unplaced)}
      </Paper>
      {adding ? (
        <AddIndicatorModal
          orgId={orgId}
          evaluationId={evaluationId}
          framework={data}
          outcomes={outcomes}
          opened
          onClose={() => setAdding(false)}
          onDone={(next) => {
            done(next);
            setAdding(false);
            notifications.show({ color: "teal", message: t("framework.added") });
          }}
        />
      ) : null}
      {editing ? (
        <FrameworkIndicatorModal
          orgId={orgId}
          evaluationId={evaluationId}
          framework={data}
          indicator={editing}
          outcomes={outcomes}
          onClose={() => setEditing(null)}
          onDone={(next) => {
            done(next);
            setEditing(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
