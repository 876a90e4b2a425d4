import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { INDICATOR_SECTOR_LABELS, type IndicatorSector } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { PageLoader } from "../PageLoader.tsx";

/** An empty theory of change offers ready-made ones to start from, or a blank canvas. */
export function TocTemplatePicker({
  onPick,
  onBlank,
  pending,
}: {
  onPick: (key: string) => void;
  onBlank: () => void;
  pending: string | null;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const templates = useQuery({
    queryKey: ["toc-templates"],
    queryFn: endpoints.tocTemplates,
    staleTime: Infinity,
  });
  if (templates.isPending) return <PageLoader />;
  return (
    <Stack>
      <div>
        <Title order={2} size="h3">
          {t("toc.startTitle")}
        </Title>
        <Text c="dimmed">{t("toc.startText")}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {(templates.data ?? []).map((tpl) => (
          <Paper key={tpl.key} withBorder p="md" radius="md" bg="white">
            <Stack gap="xs" h="100%" justify="space-between">
              <div>
                <Text fw={700}>{pick(tpl.name)}</Text>
                <Badge variant="light" color="teal" my={4}>
                  {pick(
                    INDICATOR_SECTOR_LABELS[tpl.sector as IndicatorSector] ?? {
                      fr: tpl.sector,
                      en: tpl.sector,
                    },
                  )}
                </Badge>
                <Text size="sm">{pick(tpl.description)}</Text>
              </div>
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  {t("toc.templateSize", { nodes: tpl.nodes, edges: tpl.edges })}
                </Text>
                <Button
                  size="xs"
                  onClick={() => onPick(tpl.key)}
                  loading={pending === tpl.key}
                  aria-label={t("toc.useTemplateNamed", { name: pick(tpl.name) })}
                >
                  {t("toc.useTemplate")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Group>
        <Button variant="default" onClick={onBlank}>
          {t("toc.blank")}
        </Button>
      </Group>
    </Stack>
  );
}
