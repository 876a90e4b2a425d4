import { Badge } from "@mantine/core";
import type { StepStatus } from "@ricochet/domain";
import { useTranslation } from "react-i18next";

const COLORS: Record<StepStatus, string> = { not_started: "gray", in_progress: "blue", done: "teal" };

export function StepStatusBadge({ status }: { status: StepStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === "done" ? "filled" : "light"}>
      {t(`evaluation.status.${status}`)}
    </Badge>
  );
}
