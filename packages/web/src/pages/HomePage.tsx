import { Button, Container, Stack, Title } from "@mantine/core";
import { ROLES } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { EmptyHint } from "../components/EmptyHint.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { rememberedOrganisation } from "../lib/currentOrg.ts";
import { useMe } from "../lib/queries.ts";

/**
 * Goes to the last organisation used, else the one where the person holds the strongest role,
 * highest in its tree (a network head lands on the network); without any, invites to create one.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <PageLoader />;
  const organisations = me.data.organisations;
  const remembered = rememberedOrganisation();
  const byWeight = [...organisations].sort(
    (a, b) => ROLES.indexOf(a.myRole) - ROLES.indexOf(b.myRole) || a.depth - b.depth,
  );
  const target = organisations.find((o) => o.id === remembered) ?? byWeight[0];
  if (target) return <Navigate to={`/o/${target.id}`} replace />;
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t("home.welcome", { name: me.data.name })}</Title>
        <EmptyHint
          title={t("home.noOrganisationTitle")}
          action={
            <Button component={Link} to="/organisations/new" size="md">
              {t("home.createFirst")}
            </Button>
          }
        >
          {t("home.noOrganisationText")}
        </EmptyHint>
      </Stack>
    </Container>
  );
}
