import { Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../ErrorAlert.tsx";

/** Before publishing: what a version is, and that answers keep the version they were given on. */
export function PublishModal({
  next,
  dirty,
  publishing,
  error,
  onConfirm,
  onClose,
}: {
  next: number;
  dirty: boolean;
  publishing: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} size="lg" title={t("builder.publish.title", { version: next })}>
      <Stack>
        <Text size="sm">{t("builder.publish.explain", { version: next })}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t("builder.publish.rule1")}</List.Item>
          <List.Item>{t("builder.publish.rule2")}</List.Item>
          <List.Item>{t("builder.publish.rule3", { version: next + 1 })}</List.Item>
        </List>
        {dirty ? (
          <Text size="sm" fw={600}>
            {t("builder.publish.savesFirst")}
          </Text>
        ) : null}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={onConfirm} loading={publishing}>
            {t("builder.publish.confirm", { version: next })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
