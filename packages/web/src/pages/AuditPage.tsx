import { Button, Code, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import { EmptyHint } from "../components/EmptyHint.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { describeAuditEvent } from "../lib/auditText.ts";
import { formatDateTime } from "../lib/format.ts";
import { allowed } from "../lib/grants.ts";
import { keys } from "../lib/queries.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";
import { useLocale } from "../lib/useLocale.ts";

export function AuditPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const org = useCurrentOrganisation();
  const canRead = allowed(org, "audit.read");
  const pages = useInfiniteQuery({
    queryKey: keys.audit(org.id),
    queryFn: ({ pageParam }) => endpoints.auditEvents(org.id, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: canRead,
  });

  if (!canRead) return <EmptyHint title={t("audit.title")}>{t("audit.notAllowed")}</EmptyHint>;
  if (pages.isPending) return <PageLoader />;
  if (pages.isError) return <ErrorAlert error={pages.error} />;
  const events = pages.data.pages.flatMap((p) => p.events);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("audit.title")}</Title>
        <Text c="dimmed">{t("audit.subtitle")}</Text>
      </div>
      {events.length === 0 ? (
        <EmptyHint title={t("audit.emptyTitle")}>{t("audit.emptyText")}</EmptyHint>
      ) : (
        <Paper withBorder p="md" radius="md" bg="white">
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("audit.date")}</Table.Th>
                  <Table.Th>{t("audit.who")}</Table.Th>
                  <Table.Th>{t("audit.what")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((event) => {
                  const described = describeAuditEvent(event, t, locale);
                  return (
                    <Table.Tr key={event.id}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {formatDateTime(event.createdAt, locale)}
                      </Table.Td>
                      <Table.Td>{event.actorLabel}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{described.sentence}</Text>
                        {described.details ? (
                          <Text size="xs" c="dimmed">
                            {described.details}
                          </Text>
                        ) : null}
                        {described.unknown ? <Code>{event.action}</Code> : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages.hasNextPage ? (
            <Button
              mt="md"
              variant="default"
              onClick={() => pages.fetchNextPage()}
              loading={pages.isFetchingNextPage}
            >
              {t("audit.loadMore")}
            </Button>
          ) : (
            <Text size="sm" c="dimmed" mt="md">
              {t("audit.end")}
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
