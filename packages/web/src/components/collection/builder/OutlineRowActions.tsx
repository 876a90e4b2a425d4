import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Move, copy and remove buttons of the selected outline line, named after what they act on. */
export function OutlineRowActions({
  name,
  canUp,
  canDown,
  onUp,
  onDown,
  onDuplicate,
  onRemove,
  canRemove = true,
}: {
  name: string;
  canUp: boolean;
  canDown: boolean;
  onUp: () => void;
  onDown: () => void;
  onDuplicate?: () => void;
  onRemove: () => void;
  canRemove?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={2} pl={34} mt={2} mb={4}>
      <Button
        size="compact-xs"
        variant="subtle"
        disabled={!canUp}
        onClick={onUp}
        aria-label={t("builder.outline.up", { label: name })}
      >
        {t("builder.outline.upShort")}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        disabled={!canDown}
        onClick={onDown}
        aria-label={t("builder.outline.down", { label: name })}
      >
        {t("builder.outline.downShort")}
      </Button>
      {onDuplicate ? (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={onDuplicate}
          aria-label={t("builder.outline.duplicate", { label: name })}
        >
          {t("builder.outline.duplicateShort")}
        </Button>
      ) : null}
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        disabled={!canRemove}
        onClick={onRemove}
        aria-label={t("builder.outline.remove", { label: name })}
      >
        {t("builder.outline.removeShort")}
      </Button>
    </Group>
  );
}
