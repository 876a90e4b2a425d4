import { Avatar, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { authApi } from "../api/auth.ts";
import { keys } from "../lib/queries.ts";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

export function UserMenu({ name, email }: { name: string; email: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const signOut = async () => {
    await authApi.signOut().catch(() => undefined);
    navigate("/sign-in");
    queryClient.setQueryData(keys.me, null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "me" });
  };

  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <UnstyledButton title={t("shell.userMenu", { name })}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" variant="filled" radius="xl" aria-hidden="true">
              {initials(name)}
            </Avatar>
            <Text size="sm" fw={600} maw={180} truncate visibleFrom="sm">
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/organisations/new">
          {t("shell.newOrganisation")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={signOut}>{t("auth.signOut")}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
