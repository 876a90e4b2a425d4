import { Badge, Button, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import {
  COLLECTION_METHOD_LABELS,
  IMP_DIMENSION_LABELS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_FREQUENCY_LABELS,
  INDICATOR_SCOPE_LABELS,
  INDICATOR_SECTOR_LABELS,
  INDICATOR_TYPE_LABELS,
  type IndicatorSector,
} from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import { formatDate } from "../../lib/format.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="32%" style={{ verticalAlign: "top" }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** Everything a definition says, its versions and where it is used. */
export function IndicatorDetailView({
  orgId,
  indicatorId,
  canWrite,
  onEdit,
}: {
  orgId: string;
  indicatorId: string;
  canWrite: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const query = useQuery({
    queryKey: keys.indicator(orgId, indicatorId),
    queryFn: () => endpoints.indicator(orgId, indicatorId),
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const i = query.data;
  const c = i.content;
  return (
    <Stack>
      <div>
        <Group gap="xs">
          <Badge variant="outline" color="dark" ff="monospace">
            {c.code}
          </Badge>
          <Badge variant="light">{pick(INDICATOR_SCOPE_LABELS[i.scope])}</Badge>
          <Text size="sm" c="dimmed">
            {t("indicators.versionOf", { version: i.version, total: i.currentVersion })}
          </Text>
        </Group>
        <Title order={2} size="h3" mt="xs">
          {pick(c.name)}
        </Title>
        {i.ownerName ? (
          <Text size="sm" c="dimmed">
            {t("indicators.ownedBy", { owner: i.ownerName })}
          </Text>
        ) : null}
      </div>
      <Table withRowBorders verticalSpacing="xs">
        <Table.Tbody>
          <Row label={t("indicators.field.definition")}>{pick(c.definition)}</Row>
          <Row label={t("indicators.field.type")}>
            {pick(INDICATOR_TYPE_LABELS[c.type])} · {pick(c.unit)}
          </Row>
          <Row label={t("indicators.field.direction")}>{pick(INDICATOR_DIRECTION_LABELS[c.direction])}</Row>
          <Row label={t("indicators.field.source")}>{pick(c.source)}</Row>
          <Row label={t("indicators.field.method")}>{pick(COLLECTION_METHOD_LABELS[c.collectionMethod])}</Row>
          {c.questionWording ? (
            <Row label={t("indicators.field.question")}>
              <Text fs="italic">« {pick(c.questionWording)} »</Text>
            </Row>
          ) : null}
          <Row label={t("indicators.field.frequency")}>{pick(INDICATOR_FREQUENCY_LABELS[c.frequency])}</Row>
          <Row label={t("indicators.field.disaggregations")}>
            {c.disaggregations.length === 0
              ? "—"
              : c.disaggregations
                  .map((d) => t(`indicators.disaggregation.${d}`, { defaultValue: d }))
                  .join(", ")}
          </Row>
          <Row label={t("indicators.field.sectors")}>
            {c.sectors.length === 0
              ? t("indicators.generic")
              : c.sectors
                  .map((s) => pick(INDICATOR_SECTOR_LABELS[s as IndicatorSector] ?? { fr: s, en: s }))
                  .join(", ")}
          </Row>
          <Row label={t("indicators.field.dimension")}>{pick(IMP_DIMENSION_LABELS[c.impDimension])}</Row>
          {c.tags.length > 0 ? <Row label={t("indicators.field.tags")}>{c.tags.join(", ")}</Row> : null}
          {c.irisId ? (
            <Row label="IRIS+">
              {c.irisId} ({c.irisVersion})
            </Row>
          ) : null}
        </Table.Tbody>
      </Table>
      <div>
        <Title order={3} size="h5">
          {t("indicators.versions")}
        </Title>
        <List size="sm" spacing={2}>
          {i.versions.map((v) => (
            <List.Item key={v.id}>
              v{v.version} · {formatDate(v.createdAt, locale)}
              {v.changeNote ? ` — ${v.changeNote}` : ""}
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed" mt="xs">
          {t("indicators.usage", { count: i.usage.evaluations })}
        </Text>
      </div>
      {i.editable && canWrite ? (
        <Group justify="flex-end">
          <Button onClick={onEdit}>{t("common.edit")}</Button>
        </Group>
      ) : null}
    </Stack>
  );
}
