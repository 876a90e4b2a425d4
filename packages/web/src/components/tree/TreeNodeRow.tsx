import { ActionIcon, Badge, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import type { TreeNode } from "@ricochet/domain";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../api/types.ts";
import { KindBadge } from "../KindBadge.tsx";

export type OrgNode = TreeNode<Organisation>;

export interface TreeActions {
  open: (node: Organisation) => void;
  addChild?: (node: Organisation) => void;
  edit?: (node: Organisation) => void;
  move?: (node: Organisation) => void;
  toggle: (id: string) => void;
}

interface Props {
  node: OrgNode;
  level: number;
  expanded: Set<string>;
  visible: Set<string> | null;
  currentId: string;
  actions: TreeActions;
}

/** One organisation of the tree with its children: a disclosure list, usable with the keyboard. */
export const TreeNodeRow = memo(function TreeNodeRow({
  node,
  level,
  expanded,
  visible,
  currentId,
  actions,
}: Props) {
  const { t } = useTranslation();
  const children = visible ? node.children.filter((c) => visible.has(c.id)) : node.children;
  const hasChildren = children.length > 0;
  const isOpen = hasChildren && (visible !== null || expanded.has(node.id));
  const groupId = `tree-group-${node.id}`;
  const canMove = actions.move && node.id !== currentId;

  return (
    <li>
      <Group
        className="tree-row"
        data-current={node.id === currentId}
        gap="xs"
        wrap="nowrap"
        px="xs"
        py={6}
        justify="space-between"
      >
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
          {hasChildren ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={() => actions.toggle(node.id)}
              aria-expanded={isOpen}
              aria-controls={isOpen ? groupId : undefined}
              aria-label={t(isOpen ? "tree.collapse" : "tree.expand", { name: node.name })}
            >
              <span aria-hidden="true">{isOpen ? "▾" : "▸"}</span>
            </ActionIcon>
          ) : (
            <span style={{ width: 22, display: "inline-block" }} aria-hidden="true" />
          )}
          <UnstyledButton onClick={() => actions.open(node)} style={{ minWidth: 0 }}>
            <Text fw={level === 1 ? 700 : 600} truncate>
              {node.name}
            </Text>
          </UnstyledButton>
          <KindBadge kind={node.kind} />
          {node.territory ? (
            <Text size="sm" c="dimmed" truncate visibleFrom="sm">
              {node.territory}
            </Text>
          ) : null}
          <Group gap={4} visibleFrom="md" wrap="nowrap">
            {node.sectorTags.slice(0, 3).map((tag) => (
              <Badge key={tag} variant="default" size="sm" tt="none" radius="sm">
                {tag}
              </Badge>
            ))}
            {node.sectorTags.length > 3 ? (
              <Text size="xs" c="dimmed">
                +{node.sectorTags.length - 3}
              </Text>
            ) : null}
          </Group>
          {hasChildren ? (
            <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              {t("tree.childCount", { count: node.children.length })}
            </Text>
          ) : null}
        </Group>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t("tree.actionsFor", { name: node.name })}>
              <span aria-hidden="true">⋯</span>
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => actions.open(node)}>{t("tree.open")}</Menu.Item>
            {actions.addChild ? (
              <Menu.Item onClick={() => actions.addChild?.(node)}>{t("tree.addChild")}</Menu.Item>
            ) : null}
            {actions.edit ? (
              <Menu.Item onClick={() => actions.edit?.(node)}>{t("tree.edit")}</Menu.Item>
            ) : null}
            {canMove ? <Menu.Item onClick={() => actions.move?.(node)}>{t("tree.move")}</Menu.Item> : null}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {isOpen ? (
        <ul className="tree-list" id={groupId} aria-label={t("tree.childrenOf", { name: node.name })}>
          {children.map((child) => (
            <TreeNodeRow
              key={child.id}
              node={child}
              level={level + 1}
              expanded={expanded}
              visible={visible}
              currentId={currentId}
              actions={actions}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
});
