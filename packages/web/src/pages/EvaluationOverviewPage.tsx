import { Anchor, Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { STEP_GUIDANCE } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import { StepStatusBadge } from "../components/evaluation/StepStatusBadge.tsx";
import { useCurrentEvaluation } from "../lib/useCurrentEvaluation.ts";
import { useLocale } from "../lib/useLocale.ts";

/** Where the evaluation stands: every step with its status, what is done, what is next. */
export function EvaluationOverviewPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { org, evaluation } = useCurrentEvaluation();
  const base = `/o/${org.id}/evaluations/${evaluation.id}`;
  return (
    <Stack gap="md">
      {evaluation.subject ? <Text>{evaluation.subject}</Text> : null}
      <Title order={2} size="h3">
        {t("evaluation.pathTitle")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ol" p={0} style={{ listStyle: "none" }}>
        {evaluation.steps.map((s, index) => {
          const guidance = STEP_GUIDANCE[s.step];
          const isNext = evaluation.currentStep === s.step && s.status !== "done";
          return (
            <Paper
              component="li"
              key={s.step}
              withBorder
              p="md"
              radius="md"
              bg="white"
              style={isNext ? { borderColor: "var(--mantine-color-blue-6)", borderWidth: 2 } : undefined}
            >
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={`${base}/steps/${s.step}`} fw={700}>
                    {index + 1}. {pick(guidance.title)}
                  </Anchor>
                  <Box style={{ flexShrink: 0 }}>
                    <StepStatusBadge status={s.status} />
                  </Box>
                </Group>
                <Text size="sm">{pick(guidance.summary)}</Text>
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {t("evaluation.checklistCount", {
                      done: s.checked.length,
                      total: guidance.checklist.length,
                    })}
                  </Text>
                  {isNext ? (
                    <Badge size="sm" variant="outline">
                      {t("evaluation.next")}
                    </Badge>
                  ) : null}
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t("evaluation.counts", evaluation.counts)}
        </Text>
        <Anchor href={endpoints.cidsExportUrl(org.id, evaluation.id)} size="sm">
          {t("evaluation.exportCids")}
        </Anchor>
      </Group>
    </Stack>
  );
}
