import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";

/** Download the counted answers as Excel or CSV, in words (to read) or in codes (to analyse). */
export function ExportButtons({
  orgId,
  evaluationId,
  campaignId,
}: {
  orgId: string;
  evaluationId: string;
  campaignId: string;
}) {
  const { t } = useTranslation();
  const link = (format: "xlsx" | "csv", labels: boolean) => (
    <Button
      component="a"
      href={endpoints.submissionsExportUrl(orgId, evaluationId, campaignId, format, labels)}
      download
      variant={labels ? "light" : "default"}
      size="sm"
    >
      {t(`answers.export.${format}`)} ·{" "}
      {labels ? t("answers.export.withLabels") : t("answers.export.withCodes")}
    </Button>
  );
  return (
    <Stack gap={6} component="section" aria-labelledby="answers-export">
      <Title order={3} size="h5" id="answers-export">
        {t("answers.export.title")}
      </Title>
      <Text size="sm" maw={760}>
        {t("answers.export.explain")}
      </Text>
      <Group gap="xs">
        {link("xlsx", true)}
        {link("csv", true)}
        {link("xlsx", false)}
        {link("csv", false)}
      </Group>
      <Text size="xs" c="dimmed">
        {t("answers.export.note")}
      </Text>
    </Stack>
  );
}
