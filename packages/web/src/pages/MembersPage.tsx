import { Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import { EmptyHint } from "../components/EmptyHint.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { InvitationsTable } from "../components/members/InvitationsTable.tsx";
import { InviteForm } from "../components/members/InviteForm.tsx";
import { MembersTable } from "../components/members/MembersTable.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { allowed } from "../lib/grants.ts";
import { keys, useMe } from "../lib/queries.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";

export function MembersPage() {
  const { t } = useTranslation();
  const org = useCurrentOrganisation();
  const me = useMe();
  const canRead = allowed(org, "member.read");
  const canInvite = allowed(org, "member.invite");
  const members = useQuery({
    queryKey: keys.members(org.id),
    queryFn: () => endpoints.members(org.id),
    enabled: canRead,
  });

  if (!canRead) {
    return <EmptyHint title={t("members.title")}>{t("members.notAllowed")}</EmptyHint>;
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("members.title")}</Title>
        <Text c="dimmed">{t("members.subtitle", { org: org.name })}</Text>
      </div>
      <Paper withBorder p="md" radius="md" bg="white">
        {members.isPending ? (
          <PageLoader />
        ) : members.isError ? (
          <ErrorAlert error={members.error} />
        ) : (
          <MembersTable
            orgId={org.id}
            orgName={org.name}
            members={members.data}
            myUserId={me.data?.id ?? ""}
            myRole={org.myRole}
            canUpdate={allowed(org, "member.updateRole")}
            canRemove={allowed(org, "member.remove")}
          />
        )}
        {members.data?.length === 1 && canInvite ? (
          <Text size="sm" c="dimmed" mt="sm">
            {t("members.aloneHint")}
          </Text>
        ) : null}
      </Paper>
      {canInvite && org.myRole ? (
        <>
          <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="invite-title">
            <Title order={2} size="h3" id="invite-title">
              {t("members.inviteTitle")}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t("members.inviteHelp")}
            </Text>
            <InviteForm orgId={org.id} myRole={org.myRole} />
          </Paper>
          <Paper
            withBorder
            p="md"
            radius="md"
            bg="white"
            component="section"
            aria-labelledby="invitations-title"
          >
            <Title order={2} size="h3" id="invitations-title" mb="sm">
              {t("members.invitationsTitle")}
            </Title>
            <InvitationsTable orgId={org.id} />
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}
