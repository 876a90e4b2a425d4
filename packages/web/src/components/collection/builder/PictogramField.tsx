import { Button, FileButton, Group, Image, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { readPictogram } from "../../../lib/files.ts";

/** An optional picture next to a question or a choice: PNG, JPEG, GIF, WebP or SVG of 300 KB at most. */
export function PictogramField({
  label,
  image,
  onChange,
  readOnly,
  compact = false,
}: {
  label: string;
  image: string | null | undefined;
  onChange: (image: string | null) => void;
  readOnly: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string | null>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    const read = await readPictogram(file);
    if (read.ok) {
      setRefused(null);
      onChange(read.dataUrl);
    } else setRefused(t(`builder.pictogram.refused.${read.reason}`, { file: file.name }));
  };
  return (
    <Stack gap={4}>
      {compact ? null : (
        <Text size="sm" fw={500}>
          {label}
        </Text>
      )}
      <Group gap="xs" align="center">
        {image ? (
          <Image
            src={image}
            alt={t("builder.pictogram.current")}
            w={compact ? 32 : 56}
            h={compact ? 32 : 56}
            fit="contain"
          />
        ) : null}
        {readOnly ? null : (
          <>
            <FileButton
              accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml"
              onChange={(f) => void pick(f)}
            >
              {(props) => (
                <Button
                  size="compact-sm"
                  variant="light"
                  {...props}
                  aria-label={`${image ? t("builder.pictogram.replace") : t("builder.pictogram.add")} — ${label}`}
                >
                  {image ? t("builder.pictogram.replace") : t("builder.pictogram.add")}
                </Button>
              )}
            </FileButton>
            {image ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => onChange(null)}
                aria-label={`${t("builder.pictogram.remove")} — ${label}`}
              >
                {t("builder.pictogram.remove")}
              </Button>
            ) : null}
          </>
        )}
      </Group>
      {compact ? null : (
        <Text size="xs" c="dimmed">
          {t("builder.pictogram.rules")}
        </Text>
      )}
      {refused ? (
        <Text size="sm" c="red.9" role="alert">
          {refused}
        </Text>
      ) : null}
    </Stack>
  );
}
