import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Up, down and remove for one item of a list, each named after the item for screen readers. */
export function MoveButtons({
  label,
  index,
  count,
  onMove,
  onRemove,
  canRemove = true,
}: {
  label: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
  canRemove?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        variant="subtle"
        disabled={index === 0}
        onClick={() => onMove(-1)}
        aria-label={t("interviews.guide.moveUp", { label })}
      >
        {t("interviews.guide.up")}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={t("interviews.guide.moveDown", { label })}
      >
        {t("interviews.guide.down")}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        disabled={!canRemove}
        onClick={onRemove}
        aria-label={t("interviews.guide.removeNamed", { label })}
      >
        {t("interviews.guide.remove")}
      </Button>
    </Group>
  );
}
