import { Badge, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Framework } from "../../api/types.ts";

export type NetworkOrigin = Framework["questions"][number]["origin"];

/**
 * Marks an item copied from a network framework: it is the same in every member's evaluation,
 * so it cannot be removed, moved or renamed here. The visible text says so for screen readers too.
 */
export function NetworkOriginBadge({ origin }: { origin: NetworkOrigin }) {
  const { t } = useTranslation();
  if (!origin) return null;
  const explanation = t("networkFramework.lockedHint", {
    framework: origin.frameworkName,
    network: origin.networkName,
  });
  return (
    <Tooltip label={explanation} multiline w={280} withArrow>
      <Badge variant="outline" color="grape" size="sm" tabIndex={0} aria-label={explanation}>
        {t("networkFramework.badge", { network: origin.networkName })}
      </Badge>
    </Tooltip>
  );
}
