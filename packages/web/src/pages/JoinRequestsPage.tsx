import { Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import { AccompanimentSection } from "../components/accompaniment/AccompanimentSection.tsx";
import { ErrorAlert, errorMessage } from "../components/ErrorAlert.tsx";
import { AskToJoinForm } from "../components/join/AskToJoinForm.tsx";
import { JoinRequestStatusBadge } from "../components/join/JoinRequestStatusBadge.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { formatDate } from "../lib/format.ts";
import { allowed } from "../lib/grants.ts";
import { keys } from "../lib/queries.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";
import { useLocale } from "../lib/useLocale.ts";

export function JoinRequestsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const org = useCurrentOrganisation();
  const queryClient = useQueryClient();
  const canAsk = allowed(org, "joinRequest.create");
  const canDecide = allowed(org, "joinRequest.decide");
  const receives =
    org.kind === "network" || org.kind === "regional_body" || org.kind === "support_organisation";
  const lists = useQuery({
    queryKey: keys.joinRequests(org.id),
    queryFn: () => endpoints.joinRequests(org.id),
  });
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: "accept" | "reject" }) =>
      endpoints.decideJoinRequest(org.id, id, decision),
    onSuccess: (request) => {
      notifications.show({
        color: "teal",
        message: t(request.status === "accepted" ? "join.acceptedNotice" : "join.rejectedNotice", {
          name: request.organisationName,
        }),
      });
      return queryClient.invalidateQueries({ queryKey: ["organisation"] });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });

  if (lists.isPending) return <PageLoader />;
  if (lists.isError) return <ErrorAlert error={lists.error} />;
  const { incoming, outgoing } = lists.data;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("join.title")}</Title>
        <Text c="dimmed">{t("join.subtitle")}</Text>
      </div>

      {canDecide && (receives || incoming.length > 0) ? (
        <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="incoming-title">
          <Title order={2} size="h3" id="incoming-title" mb="sm">
            {t("join.incomingTitle")}
          </Title>
          {incoming.length === 0 ? (
            <Text c="dimmed">{t("join.noIncoming")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("join.organisation")}</Table.Th>
                    <Table.Th>{t("join.message")}</Table.Th>
                    <Table.Th>{t("join.date")}</Table.Th>
                    <Table.Th>{t("join.status")}</Table.Th>
                    <Table.Th>
                      <span className="visually-hidden">{t("common.actions")}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {incoming.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td fw={600}>{r.organisationName}</Table.Td>
                      <Table.Td>{r.message || "—"}</Table.Td>
                      <Table.Td>{formatDate(r.createdAt, locale)}</Table.Td>
                      <Table.Td>
                        <JoinRequestStatusBadge status={r.status} />
                      </Table.Td>
                      <Table.Td>
                        {r.status === "pending" ? (
                          <Group gap="xs" wrap="nowrap">
                            <Button size="xs" onClick={() => decide.mutate({ id: r.id, decision: "accept" })}>
                              {t("join.accept")}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => decide.mutate({ id: r.id, decision: "reject" })}
                            >
                              {t("join.reject")}
                            </Button>
                          </Group>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      ) : null}

      {canAsk ? (
        <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="ask-title">
          <Title order={2} size="h3" id="ask-title">
            {t("join.askTitle")}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t("join.askHelp")}
          </Text>
          <AskToJoinForm orgId={org.id} kind={org.kind} />
        </Paper>
      ) : null}

      {canAsk || outgoing.length > 0 ? (
        <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="outgoing-title">
          <Title order={2} size="h3" id="outgoing-title" mb="sm">
            {t("join.outgoingTitle")}
          </Title>
          {outgoing.length === 0 ? (
            <Text c="dimmed">{t("join.noOutgoing")}</Text>
          ) : (
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("join.network")}</Table.Th>
                  <Table.Th>{t("join.date")}</Table.Th>
                  <Table.Th>{t("join.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outgoing.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td fw={600}>{r.targetOrganisationName}</Table.Td>
                    <Table.Td>{formatDate(r.createdAt, locale)}</Table.Td>
                    <Table.Td>
                      <JoinRequestStatusBadge status={r.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      ) : null}
      {allowed(org, "accompaniment.manage") && org.kind !== "network" && org.kind !== "regional_body" ? (
        <AccompanimentSection org={org} />
      ) : null}
    </Stack>
  );
}
