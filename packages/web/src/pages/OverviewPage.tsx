import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { ROLE_LABELS } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import { OrganisationBreadcrumb } from "../components/Breadcrumb.tsx";
import { KindBadge } from "../components/KindBadge.tsx";
import { OrganisationEditForm } from "../components/OrganisationEditForm.tsx";
import { formatDate } from "../lib/format.ts";
import { allowed } from "../lib/grants.ts";
import { keys, useMe } from "../lib/queries.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";
import { useLocale } from "../lib/useLocale.ts";

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Paper withBorder p="md" radius="md" bg="white">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const org = useCurrentOrganisation();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const tree = useQuery({ queryKey: keys.tree(org.id), queryFn: () => endpoints.tree(org.id) });
  const canSeeMembers = allowed(org, "member.read");
  const members = useQuery({
    queryKey: keys.members(org.id),
    queryFn: () => endpoints.members(org.id),
    enabled: canSeeMembers,
  });
  const accompaniments = useQuery({
    queryKey: keys.accompaniments(org.id),
    queryFn: () => endpoints.accompaniments(org.id),
  });
  const active = (accompaniments.data ?? []).filter((a) => a.status === "active");
  const myIds = new Set((me.data?.organisations ?? []).map((o) => o.id));
  const descendants = tree.data ? tree.data.nodes.filter((n) => n.id !== org.id) : [];
  const direct = descendants.filter((n) => n.parentId === org.id).length;

  return (
    <Stack gap="lg">
      {tree.data ? (
        <OrganisationBreadcrumb
          ancestors={tree.data.ancestors}
          current={org.name}
          memberOf={(id) => myIds.has(id)}
        />
      ) : null}
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1}>{org.name}</Title>
          <Group gap="xs">
            <KindBadge kind={org.kind} />
            {org.territory ? (
              <Text size="sm" c="dimmed">
                {t("organisation.territory")} : {org.territory}
              </Text>
            ) : null}
          </Group>
        </Stack>
        {allowed(org, "organisation.update") && !editing ? (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t("overview.edit")}
          </Button>
        ) : null}
      </Group>

      {editing ? (
        <Paper withBorder p="lg" radius="md" bg="white">
          <Title order={2} size="h3" mb="md">
            {t("overview.editTitle")}
          </Title>
          <OrganisationEditForm org={org} onDone={() => setEditing(false)} />
        </Paper>
      ) : null}

      <Paper withBorder p="lg" radius="md" bg="white">
        <Title order={2} size="h4" mb="sm">
          {t("overview.about")}
        </Title>
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t("overview.myRole")} :
            </Text>
            <Text size="sm">
              {org.myRole
                ? pick(ROLE_LABELS[org.myRole])
                : org.inheritedRole
                  ? t("overview.inheritedRole", { role: pick(ROLE_LABELS[org.inheritedRole]) })
                  : t("overview.noRole")}
            </Text>
          </Group>
          <Group gap="xs" align="center">
            <Text fw={600} size="sm">
              {t("organisation.sectorTags")} :
            </Text>
            {org.sectorTags.length ? (
              org.sectorTags.map((tag) => (
                <Badge key={tag} variant="default" tt="none" radius="sm">
                  {tag}
                </Badge>
              ))
            ) : (
              <Text size="sm" c="dimmed">
                {t("overview.noTags")}
              </Text>
            )}
          </Group>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t("overview.createdAt")} :
            </Text>
            <Text size="sm">{formatDate(org.createdAt, locale)}</Text>
          </Group>
        </Stack>
      </Paper>

      <section aria-labelledby="overview-figures">
        <Title order={2} size="h4" mb="sm" id="overview-figures">
          {t("overview.figures")}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Stat label={t("overview.directChildren")} value={tree.data ? direct : "…"} />
          <Stat label={t("overview.allDescendants")} value={tree.data ? descendants.length : "…"} />
          {canSeeMembers ? <Stat label={t("overview.members")} value={members.data?.length ?? "…"} /> : null}
        </SimpleGrid>
      </section>

      {active.length > 0 ? (
        <Paper withBorder p="lg" radius="md" bg="white">
          <Title order={2} size="h4" mb="sm">
            {t("overview.accompaniments")}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("overview.cohort")}</Table.Th>
                  <Table.Th>{t("overview.accompaniedStructure")}</Table.Th>
                  <Table.Th>{t("overview.supportOrganisation")}</Table.Th>
                  <Table.Th>{t("overview.period")}</Table.Th>
                  <Table.Th>{t("overview.consent")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {active.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.cohort}</Table.Td>
                    <Table.Td>{a.organisationName}</Table.Td>
                    <Table.Td>{a.supportOrganisationName}</Table.Td>
                    <Table.Td>
                      {a.startsOn ? formatDate(a.startsOn, locale) : ""} –{" "}
                      {a.endsOn ? formatDate(a.endsOn, locale) : t("overview.ongoing")}
                    </Table.Td>
                    <Table.Td>{a.consented ? t("common.yes") : t("common.no")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
    </Stack>
  );
}
