import { Anchor, AppShell, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { useMe } from "../lib/queries.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { OrganisationSwitcher } from "./OrganisationSwitcher.tsx";
import { UserMenu } from "./UserMenu.tsx";

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" aria-label={t("shell.home")}>
              <Group gap={8} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Text fw={800} fz="xl" c="teal.9" visibleFrom="sm">
                  Ricochet
                </Text>
              </Group>
            </Anchor>
            {me.data ? <OrganisationSwitcher organisations={me.data.organisations} /> : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {me.data ? (
              <UserMenu name={me.data.name} email={me.data.email} />
            ) : me.isSuccess ? (
              <Anchor component={Link} to="/sign-in" fw={600}>
                {t("auth.signIn")}
              </Anchor>
            ) : null}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
