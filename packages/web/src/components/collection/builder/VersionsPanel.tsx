import { Anchor, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { QuestionnaireDetail } from "../../../api/types.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** The frozen versions campaigns use, with who published them and when, each exportable. */
export function VersionsPanel({
  orgId,
  evaluationId,
  detail,
}: {
  orgId: string;
  evaluationId: string;
  detail: QuestionnaireDetail;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="versions-title">
      <Title order={3} size="h4" id="versions-title" mb="xs">
        {t("builder.versions.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("builder.versions.explain")}
      </Text>
      {detail.versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("builder.versions.none")}
        </Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("builder.versions.version")}</Table.Th>
              <Table.Th>{t("builder.versions.publishedAt")}</Table.Th>
              <Table.Th>{t("builder.versions.publishedBy")}</Table.Th>
              <Table.Th>{t("builder.versions.export")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{t("builder.versions.versionN", { version: v.version })}</Table.Td>
                <Table.Td>{formatDateTime(v.publishedAt, locale)}</Table.Td>
                <Table.Td>{v.publishedBy ?? t("builder.versions.unknown")}</Table.Td>
                <Table.Td>
                  <Anchor
                    href={endpoints.xlsformExportUrl(orgId, evaluationId, detail.id, v.version)}
                    download
                    size="sm"
                    aria-label={t("builder.versions.exportNamed", { version: v.version })}
                  >
                    {t("builder.versions.exportXlsform")}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
