import { Anchor, Badge, Group, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import { STEP_GUIDANCE } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import { EmptyHint } from "../components/EmptyHint.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { formatDate } from "../lib/format.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";
import { useLocale } from "../lib/useLocale.ts";

const STATUS_COLOURS = { done: "teal", in_progress: "blue", not_started: "gray" } as const;

/** A support organisation follows its cohort: each consenting structure's evaluations and deliverables. */
export function CohortPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const org = useCurrentOrganisation();
  const cohort = useQuery({
    queryKey: ["organisation", org.id, "cohort"],
    queryFn: () => endpoints.cohort(org.id),
  });
  if (cohort.isPending) return <PageLoader />;
  if (cohort.isError) return <ErrorAlert error={cohort.error} />;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("cohort.title")}</Title>
        <Text c="dimmed">{t("cohort.subtitle")}</Text>
      </div>
      {cohort.data.length === 0 ? (
        <EmptyHint title={t("cohort.empty")}>{t("cohort.emptyHint")}</EmptyHint>
      ) : (
        cohort.data.map((s) => (
          <Paper
            key={s.organisationId}
            withBorder
            p="md"
            radius="md"
            bg="white"
            component="section"
            aria-label={s.name}
          >
            <Group justify="space-between" mb="sm">
              <div>
                <Title order={2} size="h3">
                  {s.name}
                </Title>
                <Text size="sm" c="dimmed">
                  {[
                    s.cohort,
                    s.territory,
                    s.startsOn ? t("cohort.since", { date: formatDate(s.startsOn, locale) }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </div>
            </Group>
            {s.evaluations.length === 0 ? (
              <Text c="dimmed">{t("cohort.noEvaluation")}</Text>
            ) : (
              <Stack gap="sm">
                {s.evaluations.map((e) => (
                  <Paper key={e.id} withBorder p="sm" radius="sm">
                    <Group justify="space-between" align="flex-start" wrap="wrap">
                      <div>
                        <Text fw={600}>{e.title}</Text>
                        <Text size="sm">
                          {t("evaluation.currentStep", { step: pick(STEP_GUIDANCE[e.currentStep].title) })} ·{" "}
                          {t("evaluation.progress", { done: e.doneCount, total: e.steps.length })}
                        </Text>
                      </div>
                      <Group gap={4} aria-label={t("cohort.stepsLabel")} role="list">
                        {e.steps.map((step, index) => (
                          <Tooltip
                            key={step.step}
                            label={`${pick(STEP_GUIDANCE[step.step].title)} : ${t(`evaluation.status.${step.status}`)}`}
                          >
                            <Badge
                              role="listitem"
                              circle
                              size="lg"
                              color={STATUS_COLOURS[step.status]}
                              variant={step.status === "done" ? "filled" : "light"}
                              aria-label={`${index + 1}. ${pick(STEP_GUIDANCE[step.step].title)} : ${t(`evaluation.status.${step.status}`)}`}
                            >
                              {index + 1}
                            </Badge>
                          </Tooltip>
                        ))}
                      </Group>
                    </Group>
                    <Group gap="lg" mt="xs">
                      <Text size="sm">
                        {t("cohort.toc", {
                          nodes: e.deliverables.theoryOfChange.nodes,
                          versions: e.deliverables.theoryOfChange.versions,
                        })}{" "}
                        {e.deliverables.theoryOfChange.nodes > 0 ? (
                          <Anchor
                            href={endpoints.cohortTocUrl(org.id, s.organisationId, e.id)}
                            target="_blank"
                            rel="noopener"
                          >
                            {t("cohort.viewToc")}
                          </Anchor>
                        ) : null}
                      </Text>
                      <Text size="sm">
                        {t("cohort.framework", {
                          indicators: e.deliverables.framework.indicators,
                          uncovered: e.deliverables.framework.outcomesWithoutIndicator,
                        })}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t("evaluation.updated", { date: formatDate(e.updatedAt, locale) })}
                      </Text>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
          </Paper>
        ))
      )}
    </Stack>
  );
}
