import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { canBePlacedUnder, ORGANISATION_KIND_LABELS } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Organisation } from "../../api/types.ts";
import { subtreeIds } from "../../lib/treeFilter.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

const ROOT = "__root__";

interface Props {
  node: Organisation | null;
  nodes: Organisation[];
  onClose: () => void;
}

/** Moves a node (and its subtree) under another node of the tree where its kind fits. */
export function MoveModal({ node, nodes, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened={node !== null}
      onClose={onClose}
      title={node ? t("tree.moveTitle", { name: node.name }) : ""}
    >
      {node ? <MoveForm node={node} nodes={nodes} onClose={onClose} /> : null}
    </Modal>
  );
}

function MoveForm({
  node,
  nodes,
  onClose,
}: {
  node: Organisation;
  nodes: Organisation[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<string | null>(null);
  const inside = subtreeIds(nodes, node.id);
  const candidates = nodes
    .filter((n) => !inside.has(n.id) && n.id !== node.parentId && canBePlacedUnder(node.kind, n.kind))
    .sort((a, b) => a.name.localeCompare(b.name));
  const data = [
    ...(canBePlacedUnder(node.kind, null) && node.parentId
      ? [{ value: ROOT, label: t("tree.moveToRoot") }]
      : []),
    ...candidates.map((n) => ({
      value: n.id,
      label: `${n.name} — ${pick(ORGANISATION_KIND_LABELS[n.kind])}`,
    })),
  ];
  const move = useMutation({
    mutationFn: (parentId: string | null) => endpoints.moveOrganisation(node.id, parentId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["organisation"] });
      notifications.show({ color: "teal", message: t("tree.moved", { name: node.name }) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) move.mutate(target === ROOT ? null : target);
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("tree.moveHelp", { kind: pick(ORGANISATION_KIND_LABELS[node.kind]) })}
        </Text>
        <ErrorAlert error={move.error} title={t("tree.moveFailed")} />
        {data.length ? (
          <Select
            label={t("tree.newParent")}
            data={data}
            value={target}
            onChange={setTarget}
            searchable
            required
            nothingFoundMessage={t("common.nothingFound")}
          />
        ) : (
          <Text role="status">{t("tree.noCandidate")}</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" disabled={!target} loading={move.isPending}>
            {t("tree.moveSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
