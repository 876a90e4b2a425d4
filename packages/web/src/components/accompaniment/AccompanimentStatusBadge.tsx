import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Accompaniment } from "../../api/types.ts";

const COLORS: Record<Accompaniment["status"], string> = {
  requested: "blue",
  active: "teal",
  declined: "gray",
  ended: "gray",
};

export function AccompanimentStatusBadge({ status }: { status: Accompaniment["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none" style={{ minWidth: "max-content" }}>
      {t(`accompaniment.status.${status}`)}
    </Badge>
  );
}
