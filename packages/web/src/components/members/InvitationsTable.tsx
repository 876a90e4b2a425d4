import { Badge, Button, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ROLE_LABELS } from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { InvitationStatus } from "../../api/types.ts";
import { formatDate } from "../../lib/format.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";

const STATUS_COLOURS: Record<InvitationStatus, string> = {
  pending: "blue",
  accepted: "teal",
  expired: "gray",
  revoked: "red",
};

export function InvitationsTable({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: keys.invitations(orgId),
    queryFn: () => endpoints.invitations(orgId),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => endpoints.revokeInvitation(orgId, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.invitations(orgId) }),
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }),
  });

  if (invitations.isPending) return <PageLoader />;
  if (invitations.isError) return <ErrorAlert error={invitations.error} />;
  if (invitations.data.length === 0) return <Text c="dimmed">{t("members.noInvitations")}</Text>;

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("members.role")}</Table.Th>
            <Table.Th>{t("members.restrictedTo")}</Table.Th>
            <Table.Th>{t("members.status")}</Table.Th>
            <Table.Th>{t("members.createdAt")}</Table.Th>
            <Table.Th>{t("members.expiresAt")}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t("common.actions")}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.data.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>{pick(ROLE_LABELS[inv.role])}</Table.Td>
              <Table.Td>{inv.email ?? t("members.anyone")}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOURS[inv.status]} variant="light" tt="none">
                  {t(`invitationStatus.${inv.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(inv.createdAt, locale)}</Table.Td>
              <Table.Td>{formatDate(inv.expiresAt, locale)}</Table.Td>
              <Table.Td>
                {inv.status === "pending" ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={revoke.isPending && revoke.variables === inv.id}
                    onClick={() => revoke.mutate(inv.id)}
                  >
                    {t("members.revoke")}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
