import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { JoinRequestStatus } from "../../api/types.ts";

const COLOURS: Record<JoinRequestStatus, string> = {
  pending: "blue",
  accepted: "teal",
  rejected: "red",
  cancelled: "gray",
};

export function JoinRequestStatusBadge({ status }: { status: JoinRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" tt="none">
      {t(`joinStatus.${status}`)}
    </Badge>
  );
}
