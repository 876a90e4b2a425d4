import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../api/types.ts";

const COLORS = { draft: "gray", open: "teal", closed: "red" } as const;

export function CampaignStatusBadge({ status }: { status: Campaign["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`campaign.status.${status}`)}
    </Badge>
  );
}
