import { Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** An empty state that tells what to do next. */
export function EmptyHint({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md" ta="center" bg="white">
      <Stack align="center" gap="xs">
        <Text fw={700} fz="lg">
          {title}
        </Text>
        {children ? (
          <Text c="dimmed" maw={520}>
            {children}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
