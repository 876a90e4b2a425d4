import { Group, Text, UnstyledButton } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A selectable line of the outline; marked as current when its editor is shown. */
export function OutlineItemButton({
  selected,
  onClick,
  children,
  problems = 0,
  icon,
}: {
  selected: boolean;
  onClick: () => void;
  children: ReactNode;
  problems?: number;
  icon?: string;
}) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      onClick={onClick}
      aria-current={selected ? "true" : undefined}
      px={8}
      py={4}
      style={{
        flex: 1,
        minWidth: 0,
        borderRadius: 6,
        background: selected ? "var(--mantine-color-teal-0)" : undefined,
        outline: selected ? "2px solid var(--mantine-color-teal-7)" : undefined,
      }}
    >
      <Group gap={6} wrap="nowrap">
        {icon ? (
          <Text span size="sm" w={26} ta="center" c="dimmed" aria-hidden>
            {icon}
          </Text>
        ) : null}
        <span style={{ flex: 1, minWidth: 0 }}>
          <Text span size="sm" display="block" style={{ overflowWrap: "break-word" }}>
            {children}
          </Text>
          {problems > 0 ? (
            <Text span size="xs" fw={700} c="red.9" display="block">
              {t("builder.outline.problems", { count: problems })}
            </Text>
          ) : null}
        </span>
      </Group>
    </UnstyledButton>
  );
}
