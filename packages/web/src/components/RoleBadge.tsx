import { Badge } from "@mantine/core";
import { ROLE_LABELS, type Role } from "@ricochet/domain";
import { useLocale } from "../lib/useLocale.ts";

export function RoleBadge({ role }: { role: Role }) {
  const { pick } = useLocale();
  return (
    <Badge
      variant="outline"
      color={role === "owner" || role === "admin" ? "teal" : "gray"}
      radius="sm"
      tt="none"
    >
      {pick(ROLE_LABELS[role])}
    </Badge>
  );
}
