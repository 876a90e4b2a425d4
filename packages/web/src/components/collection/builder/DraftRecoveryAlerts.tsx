import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** Someone saved while these edits were made: the edits are kept until the person chooses. */
export function ConflictAlert({
  onReload,
  onOverwrite,
  busy,
}: {
  onReload: () => void;
  onOverwrite: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t("builder.conflict.title")} role="alert">
      <Text size="sm">{t("builder.conflict.explain")}</Text>
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="default"
          loading={busy}
          onClick={() => window.confirm(t("builder.conflict.confirmReload")) && onReload()}
        >
          {t("builder.conflict.reload")}
        </Button>
        <Button
          size="xs"
          color="red"
          loading={busy}
          onClick={() => window.confirm(t("builder.conflict.confirmOverwrite")) && onOverwrite()}
        >
          {t("builder.conflict.overwrite")}
        </Button>
      </Group>
    </Alert>
  );
}

/** Edits not saved last time were found on this device: take them back, or drop them. */
export function BackupAlert({
  at,
  onRestore,
  onDiscard,
}: {
  at: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Alert color="yellow" variant="light" title={t("builder.backup.title")}>
      <Text size="sm">{t("builder.backup.explain", { date: formatDateTime(at, locale) })}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={onRestore}>
          {t("builder.backup.restore")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => window.confirm(t("builder.backup.confirmDiscard")) && onDiscard()}
        >
          {t("builder.backup.discard")}
        </Button>
      </Group>
    </Alert>
  );
}
