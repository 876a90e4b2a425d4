import { Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { OrganisationWithAccess } from "../../api/types.ts";
import { formatDate } from "../../lib/format.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import { AcceptIntoCohortForm } from "./AcceptIntoCohortForm.tsx";
import { AccompanimentStatusBadge } from "./AccompanimentStatusBadge.tsx";
import { RequestAccompanimentForm } from "./RequestAccompanimentForm.tsx";

/**
 * Accompaniment by a support organisation (incubator), for its administrators: a structure asks
 * and can withdraw its consent; an incubator answers requests and ends accompaniments.
 */
export function AccompanimentSection({ org }: { org: OrganisationWithAccess }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const isSupport = org.kind === "support_organisation";
  const list = useQuery({
    queryKey: keys.accompaniments(org.id),
    queryFn: () => endpoints.accompaniments(org.id),
  });
  const end = useMutation({
    mutationFn: (id: string) => endpoints.endAccompaniment(org.id, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.accompaniments(org.id) }),
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });
  const all = list.data ?? [];
  const requests = isSupport ? all.filter((a) => a.status === "requested") : [];
  const rows = isSupport ? all.filter((a) => a.status !== "requested") : all;
  const lastCohort = all.find((a) => a.cohort)?.cohort ?? "";
  const period = (a: (typeof all)[number]) =>
    a.startsOn
      ? `${formatDate(a.startsOn, locale)} – ${a.endsOn ? formatDate(a.endsOn, locale) : t("overview.ongoing")}`
      : "—";

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="accompaniment-title">
      <Stack>
        <div>
          <Title order={2} size="h3" id="accompaniment-title">
            {isSupport ? t("accompaniment.cohortTitle") : t("accompaniment.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {isSupport ? t("accompaniment.cohortSubtitle") : t("accompaniment.subtitle")}
          </Text>
        </div>
        {list.isError ? <ErrorAlert error={list.error} /> : null}
        {requests.map((request) => (
          <Paper key={request.id} withBorder p="sm" radius="sm">
            <Text fw={600}>{t("accompaniment.requestFrom", { name: request.organisationName })}</Text>
            {request.message ? (
              <Text size="sm" fs="italic" mb="xs">
                « {request.message} »
              </Text>
            ) : null}
            <AcceptIntoCohortForm orgId={org.id} request={request} defaultCohort={lastCohort} />
          </Paper>
        ))}
        {rows.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    {isSupport ? t("overview.accompaniedStructure") : t("overview.supportOrganisation")}
                  </Table.Th>
                  <Table.Th>{t("overview.cohort")}</Table.Th>
                  <Table.Th>{t("overview.period")}</Table.Th>
                  <Table.Th>{t("accompaniment.statusLabel")}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t("accompaniment.actions")}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{isSupport ? a.organisationName : a.supportOrganisationName}</Table.Td>
                    <Table.Td>{a.cohort ?? "—"}</Table.Td>
                    <Table.Td>{period(a)}</Table.Td>
                    <Table.Td>
                      <AccompanimentStatusBadge status={a.status} />
                    </Table.Td>
                    <Table.Td>
                      {a.status === "active" || a.status === "requested" ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={end.isPending && end.variables === a.id}
                          onClick={() => end.mutate(a.id)}
                        >
                          {isSupport
                            ? t("accompaniment.end")
                            : a.status === "requested"
                              ? t("accompaniment.cancelRequest")
                              : t("accompaniment.withdraw")}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {isSupport && all.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("accompaniment.emptyCohort")}
          </Text>
        ) : null}
        {!isSupport ? <RequestAccompanimentForm orgId={org.id} /> : null}
      </Stack>
    </Paper>
  );
}
