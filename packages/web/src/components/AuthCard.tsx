import { Container, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  return (
    <Container size={460} py="xl">
      <Stack gap="xs" mb="lg" ta="center">
        <Title order={1}>{title}</Title>
        {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
      </Stack>
      <Paper withBorder shadow="sm" p="xl" radius="md" bg="white">
        {children}
      </Paper>
    </Container>
  );
}
