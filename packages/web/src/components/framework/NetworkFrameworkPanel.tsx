import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { canPublishNetworkFramework } from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Framework, NetworkFramework, OrganisationWithAccess } from "../../api/types.ts";
import { formatDate } from "../../lib/format.ts";
import { allowed } from "../../lib/grants.ts";
import { adoptionSummary } from "../../lib/networkFrameworkText.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { errorMessage } from "../ErrorAlert.tsx";
import { PublishNetworkFrameworkModal } from "./PublishNetworkFrameworkModal.tsx";

/**
 * The network side of step 4. A network or regional body publishes its framework for its
 * members; a member adopts one its network published and follows its new versions. Only
 * counts of adoptions ever reach the network, never what a member measured.
 */
export function NetworkFrameworkPanel({
  org,
  evaluation,
  framework,
  canWrite,
  onFramework,
}: {
  org: OrganisationWithAccess;
  evaluation: { id: string; title: string };
  framework: Framework;
  canWrite: boolean;
  onFramework: (next: Framework) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const key = ["organisation", org.id, "network-frameworks"];
  const list = useQuery({ queryKey: key, queryFn: () => endpoints.networkFrameworks(org.id) });
  const [publishing, setPublishing] = useState<{ previous: NetworkFramework | null } | null>(null);
  const adopt = useMutation({
    mutationFn: (networkFrameworkId: string) =>
      endpoints.adoptNetworkFramework(org.id, evaluation.id, networkFrameworkId),
    onSuccess: (result) => {
      onFramework(result.framework);
      notifications.show({
        color: "teal",
        title: t("networkFramework.adoptedTitle", {
          name: result.adoption.name,
          version: result.adoption.toVersion,
        }),
        message: adoptionSummary(result.adoption, t),
        autoClose: 12_000,
      });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });

  const canPublish = canPublishNetworkFramework(org.kind) && allowed(org, "framework.publish");
  const frameworks = list.data ?? [];
  const published = frameworks.filter((f) => f.relation === "published");
  const fromThisEvaluation = published.filter((f) => f.sourceEvaluationId === evaluation.id);
  const adoptedIds = new Set(framework.adoptions.map((a) => a.networkFrameworkId));
  const adoptable = frameworks.filter((f) => f.relation === "adoptable" && !adoptedIds.has(f.id));
  if (!canPublish && framework.adoptions.length === 0 && adoptable.length === 0) return null;

  const confirmAdopt = (f: NetworkFramework) => {
    if (window.confirm(t("networkFramework.confirmAdopt", { name: f.name, network: f.network.name })))
      adopt.mutate(f.id);
  };

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="network-fw-title">
      <Title order={2} size="h4" id="network-fw-title" mb={4}>
        {t("networkFramework.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {canPublish ? t("networkFramework.introPublisher") : t("networkFramework.introMember")}
      </Text>
      <Stack gap="sm">
        {framework.adoptions.map((a) => (
          <Alert
            key={a.networkFrameworkId}
            color="grape"
            variant="light"
            title={t("networkFramework.follows", {
              name: a.name,
              network: a.network,
              version: a.adoptedVersion,
            })}
          >
            <Text size="sm">{t("networkFramework.followsHint")}</Text>
            {a.updateAvailable ? (
              <>
                <Text size="sm" fw={600} mt="xs">
                  {t("networkFramework.updateAvailable", { version: a.currentVersion })}
                </Text>
                {a.changeNote ? (
                  <Text size="sm" fs="italic">
                    « {a.changeNote} »
                  </Text>
                ) : null}
                {canWrite ? (
                  <Button
                    size="xs"
                    mt="xs"
                    loading={adopt.isPending && adopt.variables === a.networkFrameworkId}
                    onClick={() => adopt.mutate(a.networkFrameworkId)}
                  >
                    {t("networkFramework.update", { version: a.currentVersion })}
                  </Button>
                ) : null}
              </>
            ) : null}
          </Alert>
        ))}

        {adoptable.map((f) => (
          <Paper key={f.id} withBorder p="sm" radius="sm" component="article" aria-label={f.name}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Text fw={700}>{f.name}</Text>
                <Text size="sm" c="dimmed">
                  {t("networkFramework.by", {
                    network: f.network.name,
                    version: f.currentVersion,
                    date: formatDate(f.publishedAt, locale),
                  })}
                </Text>
                {f.description ? <Text size="sm">{f.description}</Text> : null}
                <Text size="sm" mt={4}>
                  {t("networkFramework.counts", {
                    questions: f.counts.questions,
                    criteria: f.counts.criteria,
                    indicators: f.counts.indicators,
                  })}
                </Text>
                <Group gap={4} mt={4}>
                  {f.indicators.map((i) => (
                    <Code key={i.code}>{i.code}</Code>
                  ))}
                </Group>
              </div>
              {canWrite ? (
                <Button
                  variant="light"
                  loading={adopt.isPending && adopt.variables === f.id}
                  onClick={() => confirmAdopt(f)}
                  aria-label={t("networkFramework.adoptNamed", { name: f.name })}
                >
                  {t("networkFramework.adopt")}
                </Button>
              ) : null}
            </Group>
          </Paper>
        ))}

        {canPublish
          ? fromThisEvaluation.map((f) => (
              <Paper key={f.id} withBorder p="sm" radius="sm" component="article" aria-label={f.name}>
                <Group justify="space-between" align="flex-start">
                  <div>
                    <Group gap="xs">
                      <Text fw={700}>{f.name}</Text>
                      <Badge variant="light" color="grape">
                        {t("networkFramework.version", { version: f.currentVersion })}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {t("networkFramework.publishedOn", { date: formatDate(f.publishedAt, locale) })}
                    </Text>
                    <Text size="sm" mt={4}>
                      {t("networkFramework.counts", {
                        questions: f.counts.questions,
                        criteria: f.counts.criteria,
                        indicators: f.counts.indicators,
                      })}
                    </Text>
                    <Text size="sm" mt={4}>
                      {(f.adoptions ?? []).length === 0
                        ? t("networkFramework.noAdoption")
                        : (f.adoptions ?? [])
                            .map((a) =>
                              t("networkFramework.adoptionCount", {
                                count: a.evaluations,
                                organisations: a.organisations,
                                version: a.version,
                              }),
                            )
                            .join(" · ")}
                    </Text>
                  </div>
                  <Button variant="light" onClick={() => setPublishing({ previous: f })}>
                    {t("networkFramework.publishNext")}
                  </Button>
                </Group>
              </Paper>
            ))
          : null}
        {canPublish ? (
          <Group>
            <Button
              variant={fromThisEvaluation.length > 0 ? "subtle" : "filled"}
              onClick={() => setPublishing({ previous: null })}
            >
              {fromThisEvaluation.length > 0
                ? t("networkFramework.publishAnother")
                : t("networkFramework.publishNew")}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {publishing ? (
        <PublishNetworkFrameworkModal
          orgId={org.id}
          evaluationId={evaluation.id}
          evaluationTitle={evaluation.title}
          previous={publishing.previous}
          onClose={() => setPublishing(null)}
          onDone={(result) => {
            setPublishing(null);
            void queryClient.invalidateQueries({ queryKey: key });
            notifications.show({
              color: "teal",
              title: t("networkFramework.publishedTitle", {
                name: result.networkFramework.name,
                version: result.networkFramework.currentVersion,
              }),
              message: t("networkFramework.publishedMessage", {
                indicators: result.networkFramework.counts.indicators,
              }),
            });
          }}
        />
      ) : null}
    </Paper>
  );
}
