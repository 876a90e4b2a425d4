import { Badge, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../api/types.ts";
import { formatDate } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { KindBadge } from "../KindBadge.tsx";

/** Read-only details of an organisation of the tree I am not a member of. */
export function NodeDetailsModal({ node, onClose }: { node: Organisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened={node !== null}
      onClose={onClose}
      title={node?.name ?? ""}
    >
      {node ? (
        <Stack gap="sm">
          <Group gap="xs">
            <KindBadge kind={node.kind} />
          </Group>
          <Text size="sm">
            <strong>{t("organisation.territory")} :</strong> {node.territory || t("common.notProvided")}
          </Text>
          <Group gap={4}>
            <Text size="sm" fw={700}>
              {t("organisation.sectorTags")} :
            </Text>
            {node.sectorTags.length ? (
              node.sectorTags.map((tag) => (
                <Badge key={tag} variant="default" tt="none" radius="sm">
                  {tag}
                </Badge>
              ))
            ) : (
              <Text size="sm">{t("common.notProvided")}</Text>
            )}
          </Group>
          <Text size="sm">
            <strong>{t("overview.createdAt")} :</strong> {formatDate(node.createdAt, locale)}
          </Text>
          <Text size="sm" c="dimmed">
            {t("tree.notMember")}
          </Text>
        </Stack>
      ) : null}
    </Modal>
  );
}
