import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CONTRIBUTION_KIND_LABELS,
  CONTRIBUTION_KINDS,
  INVOLVEMENT_LABELS,
  type InvolvementLevel,
  STAKEHOLDER_CATEGORY_LABELS,
  type StakeholderCategory,
  type TActivityInput,
  type TContributionInput,
  type TStakeholderInput,
} from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Activity, Contribution, Stakeholder } from "../../api/types.ts";
import { formatEuros, formatNumber } from "../../lib/format.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { serverFieldErrors } from "../../lib/validation.ts";
import { EmptyHint } from "../EmptyHint.tsx";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";
import { ActivityForm, ContributionForm, StakeholderForm } from "./ValueChainForms.tsx";
import { ValueChainMatrix } from "./ValueChainMatrix.tsx";

type Segment = "stakeholders" | "activities" | "contributions";
type Editing =
  | { segment: "stakeholders"; item?: Stakeholder }
  | { segment: "activities"; item?: Activity }
  | { segment: "contributions"; item?: Contribution }
  | null;

/** Step 2: stakeholders, the project's activities, who brings what to each, and the value chain. */
export function ValueChainEditor({
  orgId,
  evaluationId,
  canWrite,
}: {
  orgId: string;
  evaluationId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const query = useQuery({
    queryKey: keys.valueChain(orgId, evaluationId),
    queryFn: () => endpoints.valueChain(orgId, evaluationId),
  });
  const onChanged = (data: Awaited<ReturnType<typeof endpoints.valueChain>>) => {
    queryClient.setQueryData(keys.valueChain(orgId, evaluationId), data);
    void queryClient.invalidateQueries({ queryKey: keys.evaluation(orgId, evaluationId) });
  };
  const save = useMutation({
    mutationFn: ({
      segment,
      body,
      id,
    }: {
      segment: Segment;
      body: TStakeholderInput | TActivityInput | TContributionInput;
      id?: string;
    }) => endpoints.saveValueChainItem(orgId, evaluationId, segment, body, id),
    onSuccess: (data) => {
      onChanged(data);
      setEditing(null);
      notifications.show({ color: "teal", message: t("valueChain.saved") });
    },
  });
  const remove = useMutation({
    mutationFn: ({ segment, id }: { segment: Segment; id: string }) =>
      endpoints.deleteValueChainItem(orgId, evaluationId, segment, id),
    onSuccess: onChanged,
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });
  const confirmRemove = (segment: Segment, id: string, name: string) => {
    if (window.confirm(t(`valueChain.confirmDelete.${segment}`, { name }))) remove.mutate({ segment, id });
  };

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const data = query.data;
  const stakeholderName = (id: string) => data.stakeholders.find((s) => s.id === id)?.name ?? "";
  const activityName = (id: string) => data.activities.find((a) => a.id === id)?.name ?? "";
  const open = (next: Editing) => {
    save.reset();
    setEditing(next);
  };
  const formProps = {
    onCancel: () => setEditing(null),
    pending: save.isPending,
    serverErrors: serverFieldErrors(save.error),
  };

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        p="md"
        radius="md"
        bg="white"
        component="section"
        aria-labelledby="stakeholders-title"
      >
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="stakeholders-title">
            {t("valueChain.stakeholdersTitle")}
          </Title>
          {canWrite ? (
            <Button onClick={() => open({ segment: "stakeholders" })}>
              {t("valueChain.addStakeholder")}
            </Button>
          ) : null}
        </Group>
        {data.stakeholders.length === 0 ? (
          <Text c="dimmed">{t("valueChain.noStakeholders")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("valueChain.name")}</Table.Th>
                  <Table.Th>{t("valueChain.category")}</Table.Th>
                  <Table.Th ta="right">{t("valueChain.estimatedSize")}</Table.Th>
                  <Table.Th>{t("valueChain.involvement")}</Table.Th>
                  <Table.Th>{t("valueChain.expectedChanges")}</Table.Th>
                  {canWrite ? (
                    <Table.Th>
                      <span className="visually-hidden">{t("common.actions")}</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.stakeholders.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td fw={600}>{s.name}</Table.Td>
                    <Table.Td>
                      {pick(
                        STAKEHOLDER_CATEGORY_LABELS[s.category as StakeholderCategory] ?? {
                          fr: s.category,
                          en: s.category,
                        },
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(s.estimatedSize, locale)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">
                        {pick(
                          INVOLVEMENT_LABELS[s.involvement as InvolvementLevel] ?? {
                            fr: s.involvement,
                            en: s.involvement,
                          },
                        )}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {s.expectedChanges}
                      </Text>
                    </Table.Td>
                    {canWrite ? (
                      <Table.Td>
                        <RowActions
                          label={s.name}
                          onEdit={() => open({ segment: "stakeholders", item: s })}
                          onDelete={() => confirmRemove("stakeholders", s.id, s.name)}
                        />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="activities-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="activities-title">
            {t("valueChain.activitiesTitle")}
          </Title>
          {canWrite ? (
            <Button onClick={() => open({ segment: "activities" })}>{t("valueChain.addActivity")}</Button>
          ) : null}
        </Group>
        {data.activities.length === 0 ? (
          <Text c="dimmed">{t("valueChain.noActivities")}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} style={{ listStyle: "none" }}>
            {data.activities.map((a) => (
              <Group component="li" key={a.id} justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600}>{a.name}</Text>
                  {a.description ? (
                    <Text size="sm" c="dimmed">
                      {a.description}
                    </Text>
                  ) : null}
                </div>
                {canWrite ? (
                  <RowActions
                    label={a.name}
                    onEdit={() => open({ segment: "activities", item: a })}
                    onDelete={() => confirmRemove("activities", a.id, a.name)}
                  />
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
      </Paper>

      <Paper
        withBorder
        p="md"
        radius="md"
        bg="white"
        component="section"
        aria-labelledby="contributions-title"
      >
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={2} size="h3" id="contributions-title">
              {t("valueChain.contributionsTitle")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("valueChain.contributionsHint")}
            </Text>
          </div>
          {canWrite ? (
            <Button
              onClick={() => open({ segment: "contributions" })}
              disabled={data.stakeholders.length === 0 || data.activities.length === 0}
            >
              {t("valueChain.addContribution")}
            </Button>
          ) : null}
        </Group>
        {data.contributions.length === 0 ? (
          <EmptyHint title={t("valueChain.noContributions")}>{t("valueChain.noContributionsHint")}</EmptyHint>
        ) : (
          <Stack gap="lg">
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("valueChain.stakeholder")}</Table.Th>
                    <Table.Th>{t("valueChain.activity")}</Table.Th>
                    <Table.Th>{t("valueChain.kind")}</Table.Th>
                    <Table.Th>{t("valueChain.detail")}</Table.Th>
                    <Table.Th ta="right">{t("valueChain.value")}</Table.Th>
                    {canWrite ? (
                      <Table.Th>
                        <span className="visually-hidden">{t("common.actions")}</span>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.contributions.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{stakeholderName(c.stakeholderId)}</Table.Td>
                      <Table.Td>{activityName(c.activityId)}</Table.Td>
                      <Table.Td>{pick(CONTRIBUTION_KIND_LABELS[c.kind])}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {c.hours
                            ? t("valueChain.hoursAt", {
                                hours: formatNumber(c.hours, locale),
                                rate: formatEuros(c.hourlyValue, locale),
                              })
                            : c.description}
                        </Text>
                        {c.valueSource ? (
                          <Text size="xs" c="dimmed">
                            {t("valueChain.sourceIs", { source: c.valueSource })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td ta="right">{formatEuros(c.value, locale)}</Table.Td>
                      {canWrite ? (
                        <Table.Td>
                          <RowActions
                            label={`${stakeholderName(c.stakeholderId)} → ${activityName(c.activityId)}`}
                            onEdit={() => open({ segment: "contributions", item: c })}
                            onDelete={() =>
                              confirmRemove(
                                "contributions",
                                c.id,
                                `${stakeholderName(c.stakeholderId)} → ${activityName(c.activityId)}`,
                              )
                            }
                          />
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Title order={3} size="h4">
              {t("valueChain.matrixTitle")}
            </Title>
            <ValueChainMatrix data={data} />
            <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
              {CONTRIBUTION_KINDS.map((k) => (
                <Total
                  key={k}
                  label={pick(CONTRIBUTION_KIND_LABELS[k])}
                  value={formatEuros(data.chain.byKind[k], locale)}
                />
              ))}
              <Total
                label={t("valueChain.totalInputs")}
                value={formatEuros(data.chain.total, locale)}
                strong
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t("valueChain.totalsNote", { hours: formatNumber(data.chain.hours, locale) })}
            </Text>
          </Stack>
        )}
      </Paper>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t(`valueChain.${editing.item ? "edit" : "add"}.${editing.segment}`) : ""}
        size="lg"
      >
        {editing?.segment === "stakeholders" ? (
          <StakeholderForm
            initial={editing.item}
            onSubmit={(body) => save.mutate({ segment: "stakeholders", body, id: editing.item?.id })}
            {...formProps}
          />
        ) : editing?.segment === "activities" ? (
          <ActivityForm
            initial={editing.item}
            onSubmit={(body) => save.mutate({ segment: "activities", body, id: editing.item?.id })}
            {...formProps}
          />
        ) : editing?.segment === "contributions" ? (
          <ContributionForm
            initial={editing.item}
            stakeholders={data.stakeholders}
            activities={data.activities}
            onSubmit={(body) => save.mutate({ segment: "contributions", body, id: editing.item?.id })}
            {...formProps}
          />
        ) : null}
        {save.error && Object.keys(serverFieldErrors(save.error)).length === 0 ? (
          <ErrorAlert error={save.error} />
        ) : null}
      </Modal>
    </Stack>
  );
}

function RowActions({
  label,
  onEdit,
  onDelete,
}: {
  label: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button
        variant="subtle"
        size="xs"
        onClick={onEdit}
        aria-label={t("valueChain.editNamed", { name: label })}
      >
        {t("common.edit")}
      </Button>
      <ActionIcon
        variant="subtle"
        color="red"
        onClick={onDelete}
        aria-label={t("valueChain.deleteNamed", { name: label })}
      >
        ✕
      </ActionIcon>
    </Group>
  );
}

function Total({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Paper withBorder p="sm" radius="md" bg={strong ? "teal.0" : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 800 : 600}>{value}</Text>
    </Paper>
  );
}
