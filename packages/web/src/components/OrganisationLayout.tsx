import { Box, Group, NavLink, Stack, Text } from "@mantine/core";
import type { Permission } from "@ricochet/domain";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useParams } from "react-router";
import { rememberOrganisation } from "../lib/currentOrg.ts";
import { allowed } from "../lib/grants.ts";
import { useOrganisation } from "../lib/queries.ts";
import type { OrganisationContext } from "../lib/useCurrentOrganisation.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { KindBadge } from "./KindBadge.tsx";
import { PageLoader } from "./PageLoader.tsx";

const SECTIONS: { path: string; key: string; permission: Permission; kinds?: string[] }[] = [
  { path: "", key: "nav.overview", permission: "organisation.read" },
  { path: "evaluations", key: "nav.evaluations", permission: "evaluation.read" },
  { path: "indicators", key: "nav.indicators", permission: "evaluation.read" },
  { path: "cohort", key: "nav.cohort", permission: "cohort.read", kinds: ["support_organisation"] },
  { path: "tree", key: "nav.tree", permission: "organisation.read" },
  { path: "members", key: "nav.members", permission: "member.read" },
  { path: "join-requests", key: "nav.joinRequests", permission: "joinRequest.create" },
  { path: "audit", key: "nav.audit", permission: "audit.read" },
];

export function OrganisationLayout() {
  const { t } = useTranslation();
  const { orgId = "" } = useParams();
  const location = useLocation();
  const query = useOrganisation(orgId);
  const org = query.data;

  useEffect(() => {
    if (org?.myRole) rememberOrganisation(org.id);
  }, [org]);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!org) return null;

  const visible = SECTIONS.filter(
    (s) =>
      (!s.kinds || s.kinds.includes(org.kind)) &&
      (allowed(org, s.permission) || (s.path === "join-requests" && allowed(org, "joinRequest.decide"))),
  );
  const base = `/o/${org.id}`;
  const context: OrganisationContext = { org };

  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <Box component="nav" aria-label={t("nav.label")} w={{ base: "100%", sm: 220 }}>
        <Stack
          gap={4}
          p="sm"
          bg="white"
          style={{ borderRadius: 8, border: "1px solid var(--mantine-color-gray-3)" }}
        >
          <Text fw={700} size="sm" lineClamp={2}>
            {org.name}
          </Text>
          <Box mb="xs">
            <KindBadge kind={org.kind} />
          </Box>
          {visible.map((section) => {
            const to = section.path ? `${base}/${section.path}` : base;
            const active =
              location.pathname === to ||
              location.pathname === `${to}/` ||
              (section.path !== "" && location.pathname.startsWith(`${to}/`));
            return (
              <NavLink
                key={section.key}
                component={Link}
                to={to}
                label={t(section.key)}
                active={active}
                aria-current={active ? "page" : undefined}
                variant="light"
              />
            );
          })}
        </Stack>
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }} maw={1100}>
        <Outlet context={context} />
      </Box>
    </Group>
  );
}
